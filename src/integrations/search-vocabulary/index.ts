import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildVocabulary, type IndexedPage } from '../../lib/search/vocabulary';

/** Pagefind writes each page's fragment as gzip of this signature followed by JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

async function indexedPages(bundle: string): Promise<IndexedPage[]> {
  const folder = join(bundle, 'fragment');
  const files = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
  return Promise.all(
    files.map(async (name) => {
      const text = gunzipSync(await readFile(join(folder, name))).toString('utf8');
      if (!text.startsWith(FRAGMENT_SIGNATURE))
        throw new Error(`search-vocabulary: ${join(folder, name)} is not a Pagefind fragment`);
      const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Omit<IndexedPage, 'id'>;
      return {
        id: name.replace(/\.pf_fragment$/, ''),
        url: fragment.url,
        content: fragment.content,
        meta: fragment.meta ?? {},
        anchors: fragment.anchors ?? [],
      };
    }),
  );
}

interface Options {
  /** Pages (by URL as indexed, without the base path) that rank below the content they describe. */
  demote?: (url: string) => boolean;
}

/**
 * After Pagefind has indexed the site (so: after Starlight in the integrations): writes
 * `search-vocabulary.json` from the index (names from titles, aliases, keywords and headings; every
 * other word the pages hold; the pages to demote), and puts the forgiving query layer in front of
 * Pagefind's browser module, which the search dialog loads when it opens.
 */
export function searchVocabulary({
  demote = (url) => url.startsWith('/sources/'),
}: Options = {}): AstroIntegration {
  return {
    name: 'atlas:search-vocabulary',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const bundle = join(root, 'pagefind');
        const vocabulary = buildVocabulary(await indexedPages(bundle), demote);
        const json = JSON.stringify(vocabulary);
        await writeFile(join(root, 'search-vocabulary.json'), json);

        const engine = join(bundle, 'pagefind-engine.js');
        await rename(join(bundle, 'pagefind.js'), engine);
        await build({
          entryPoints: [
            fileURLToPath(new URL('../../client/search/pagefind-forgiving.ts', import.meta.url)),
          ],
          outfile: join(bundle, 'pagefind.js'),
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          external: ['./pagefind-engine.js'],
          logLevel: 'silent',
        });
        const layer = await readFile(join(bundle, 'pagefind.js'));
        logger.info(
          `forgiving search: ${(layer.length / 1024).toFixed(1)} KiB (${(gzipSync(layer).length / 1024).toFixed(1)} KiB gzip) in front of Pagefind; ` +
            `vocabulary of ${vocabulary.names.length} names and ${vocabulary.words.length} words, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip; ` +
            `${vocabulary.demoted.length} pages demoted (engine ${((await stat(engine)).size / 1024).toFixed(0)} KiB)`,
        );
      },
    },
  };
}
