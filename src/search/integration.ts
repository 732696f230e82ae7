import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { docsSections } from '../content-model';
import { indexedPage } from './indexed-pages';
import { buildVocabulary, type IndexedPage } from './vocabulary';

/** The site path of a built HTML file (`topics/sql/index.html` → `/topics/sql/`). */
function pagePath(root: string, file: string): string {
  const path = relative(root, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function indexedPages(root: string): Promise<IndexedPage[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const pages = await Promise.all(
    files.map(async (file) => indexedPage(pagePath(root, file), await readFile(file, 'utf8'))),
  );
  return pages.filter((page): page is IndexedPage => page !== undefined);
}

/** Page kinds (the `kind` search filter) that rank below the content they describe. */
const DEMOTED_KINDS = [docsSections.sources];

/**
 * After the build: writes `search-vocabulary.json` (names from titles, aliases, keywords and
 * headings; every other word the indexed pages hold; the kinds to demote), read from the pages
 * the way Pagefind indexes them, and builds the dialog's search module (`search/pagefind.js`,
 * see `./pagefind-proxy.ts`), which answers through Pagefind's own bundle.
 */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'atlas:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const vocabulary = buildVocabulary(await indexedPages(root), DEMOTED_KINDS);
        const json = JSON.stringify(vocabulary);
        await writeFile(join(root, 'search-vocabulary.json'), json);
        const result = await build({
          entryPoints: [fileURLToPath(new URL('./pagefind-proxy.ts', import.meta.url))],
          outfile: join(root, 'search', 'pagefind.js'),
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          logLevel: 'silent',
          write: false,
        });
        const module = result.outputFiles[0].contents;
        await mkdir(join(root, 'search'), { recursive: true });
        await writeFile(result.outputFiles[0].path, module);
        logger.info(
          `search module ${(gzipSync(module).length / 1024).toFixed(1)} KiB gzip; vocabulary of ${vocabulary.names.length} names and ${vocabulary.words.length} words from ${vocabulary.pageCount} pages, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip`,
        );
      },
    },
  };
}
