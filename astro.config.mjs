// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { siteConfig } from './src/site.config';
import { buildSidebar } from './src/sidebar';
import { mermaidDiagrams, remarkMermaid } from './src/integrations/mermaid';
import { rehypeBaseLinks } from './src/integrations/markdown/rehype-base-links';
import { rehypeExternalLinks } from './src/integrations/markdown/rehype-external-links';
import { rehypeFocusableTables } from './src/integrations/markdown/rehype-focusable-tables';
import { finishedPagesIntegration } from './src/integrations/finished-pages';
import { acceptBuiltCustomRoutes } from './src/integrations/links/custom-routes';
import { locatePluginErrors } from './src/integrations/validation/markdown';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  markdown: {
    processor: unified({
      // Wrapped so that an error a plugin throws names the content file and line.
      remarkPlugins: locatePluginErrors([remarkMermaid]),
      rehypePlugins: locatePluginErrors([rehypeBaseLinks(siteConfig.base), rehypeExternalLinks, rehypeFocusableTables]),
      // Keep the sources' own punctuation: the content is checked against them word for word.
      smartypants: false,
    }),
  },
  integrations: [
    starlight({
      title: siteConfig.title,
      description: 'Typed, cross-linked study material for people growing into senior data engineers: plans, projects, topics, checklists and templates.',
      editLink: { baseUrl: `${siteConfig.repository}/edit/${siteConfig.branch}/` },
      lastUpdated: true,
      // Our own 404 page (src/pages/404.astro) applies the base path to its links.
      disable404Route: true,
      pagefind: {
        // Topic pages carry their acronyms and other names as `aliases` metadata. Matching a page's
        // title or aliases outweighs repeated mentions in longer pages, so "CDC" finds the topic
        // before the project named after it (tuned against tests/e2e/search.test.ts).
        ranking: { pageLength: 0.25, metaWeights: { title: 8, aliases: 8 } },
      },
      plugins: [
        // Fails the build on an internal link to a page that does not exist, with file and line. Links
        // to our own routes (src/pages) count as valid when the build produced the page they name.
        starlightLinksValidator({
          exclude: acceptBuiltCustomRoutes({ base: siteConfig.base, outDir: `${process.cwd()}/dist` }),
          // .starlight-links-validator/errors.json, read by `npm run check` (scripts/check/links.mjs).
          reporters: { json: true },
        }),
      ],
      sidebar: buildSidebar(),
      customCss: ['./src/styles/diagrams.css', './src/styles/atlas.css', './src/styles/print.css'],
      components: { PageTitle: './src/components/overrides/PageTitle.astro' },
    }),
    // After Starlight: its default MDX optimisation turns inline SVG <style> into attributes.
    mdx({ optimize: false }),
    mermaidDiagrams(),
    // Last: it rewrites the finished pages (search button name, Content-Security-Policy).
    finishedPagesIntegration(),
  ],
});
