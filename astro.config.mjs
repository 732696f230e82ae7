// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { siteConfig } from './src/site.config';
import { mermaidDiagrams, remarkMermaid } from './src/diagrams';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links';
import { rehypeFocusableTables } from './src/markdown/rehype-focusable-tables';
import { finishedPagesIntegration } from './src/finished-pages';
import { contentPolicy, rehypeSanitizeContent, remarkContentPolicy } from './src/content-policy';
import { acceptBuiltCustomRoutes } from './src/validation/link-check-routes';
import { searchIntegration } from './src/search/integration';
import { offlineIntegration } from './src/offline/integration';
import { inSitemap } from './src/offline/offline-files';
import { installHead } from './src/offline/web-manifest';
import { locatePluginErrors } from './src/validation/markdown';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'ignore',
  vite: {
    // The practice worker imports PGlite, which splits into chunks: only module workers can load them.
    worker: { format: 'es' },
    // PGlite finds its WebAssembly and data files beside its own modules: at build time it runs
    // from node_modules as published, not bundled into the build's server code.
    ssr: { external: ['@electric-sql/pglite'] },
    // Vite's dependency pre-bundling would move PGlite away from those files in `astro dev`.
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  },
  markdown: {
    processor: unified({
      // The content policy sees the author's own syntax first and names file and line itself; the
      // other plugins are wrapped so that an error one throws names the content file and line.
      // The sanitiser runs last, over the result.
      remarkPlugins: [remarkContentPolicy, ...locatePluginErrors([remarkMermaid])],
      rehypePlugins: [
        ...locatePluginErrors([
          rehypeBaseLinks(siteConfig.base),
          rehypeExternalLinks,
          rehypeFocusableTables,
        ]),
        rehypeSanitizeContent,
      ],
      // Keep the sources' own punctuation: the content is checked against them word for word.
      smartypants: false,
    }),
  },
  integrations: [
    // Starlight adds @astrojs/sitemap unless an integration of that name is already present, so
    // ours comes first: the same integration (Starlight sets no option of it for a one-language
    // site), with a filter that leaves out the offline fallback page, which is no page to find. A
    // sitemap needs the site's address: without ATLAS_SITE there is none to write (the integration
    // would only warn and skip), so a stand-in takes its place and the build stays quiet.
    siteConfig.site
      ? sitemap({ filter: inSitemap(siteConfig.base) })
      : { name: '@astrojs/sitemap', hooks: {} },
    starlight({
      title: siteConfig.title,
      description: siteConfig.description,
      // "Edit page" only where a repository is configured (ATLAS_REPOSITORY): never a default one.
      editLink: siteConfig.repository
        ? { baseUrl: `${siteConfig.repository}/edit/${siteConfig.branch}/` }
        : {},
      lastUpdated: true,
      // The web app manifest, theme colours and icons (src/offline/).
      head: installHead(siteConfig.base),
      // Our own 404 page (src/pages/404.astro) applies the base path to its links.
      disable404Route: true,
      plugins: [
        // Fails the build on an internal link to a page that does not exist, with file and line. Links
        // to our own routes (src/pages) count as valid when the build produced the page they name.
        starlightLinksValidator({
          exclude: acceptBuiltCustomRoutes({
            base: siteConfig.base,
            outDir: `${process.cwd()}/dist`,
          }),
          // .starlight-links-validator/errors.json, read by `npm run check` (scripts/check/links.ts).
          reporters: { json: true },
        }),
      ],
      // Each page's sidebar is its own section, built from the validated content by route middleware.
      sidebar: [],
      routeMiddleware: './src/navigation/route-middleware.ts',
      customCss: ['./src/styles/diagrams.css', './src/styles/atlas.css', './src/print/print.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Header: './src/components/overrides/Header.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        // Loads Pagefind's UI at the first sign of search intent, not on every page (src/search/).
        Search: './src/search/Search.astro',
      },
    }),
    // After Starlight: its default MDX optimisation turns inline SVG <style> into attributes.
    mdx({ optimize: false }),
    mermaidDiagrams(),
    // Before finished-pages: it learns the site's own inline scripts, which the policy then trusts.
    contentPolicy(),
    // The forgiving search module and its vocabulary, written beside Starlight's Pagefind bundle.
    searchIntegration(),
    // It adds the Content-Security-Policy to the finished pages.
    finishedPagesIntegration(),
    // After finished-pages: the offline copy's revisions are those of the pages as served.
    offlineIntegration({ title: siteConfig.title }),
  ],
});
