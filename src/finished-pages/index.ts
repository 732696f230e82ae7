import type { AstroIntegration } from 'astro';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash, withCspMeta } from './csp';
import { hasSqlRunner, runnerWorkerScripts } from '../practice/page-workers';
import { SERVICE_WORKER_FILE } from '../offline/offline-files';
import { trustedScripts } from '../content-policy';
import { untrustedScripts } from './untrusted-scripts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, over the finished pages: fails the build if a page carries an inline script that the
 * site's own components did not emit (see src/content-policy); then gives each page, as a <meta>,
 * a Content-Security-Policy that trusts only the inline scripts that page carries (by hash) and the
 * workers it may start: Pagefind's search worker on every page, the SQL runner's PostgreSQL worker
 * only on pages with a runner. `_headers`, for static hosts that read one, carries the site-wide
 * union (see headersFile): a browser enforces both, so each page gets the narrower one.
 */
/** Pagefind's worker, which its search starts on every page (the search falls back to the main thread without it). */
const SEARCH_WORKER = 'pagefind/pagefind-worker.js';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export function finishedPagesIntegration(): AstroIntegration {
  let contentDir = '';
  let base = '/';
  return {
    name: 'atlas:finished-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.srcDir));
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = await Promise.all(
          files.map(async (file) => ({
            file,
            html: await readFile(file, 'utf8'),
          })),
        );
        const foreign = await untrustedScripts(pages, trustedScripts.bodies, root, contentDir);
        if (foreign.length > 0) {
          throw new Error(
            `${foreign.length} inline script(s) on built pages were not emitted by the site's components; content may not carry scripts:\n` +
              foreign
                .map(
                  (f) =>
                    `  ${f.page}${f.source ? ` (from ${f.source})` : ''}: <script>${f.preview}</script>`,
                )
                .join('\n'),
          );
        }
        const pageHashes = pages.map(({ html }) => inlineScripts(html).map(scriptHash));
        const hashes = new Set(pageHashes.flat());
        // The offline service worker is written after this step (src/offline runs last), so it is
        // named, not looked for: every page registers it.
        const everywhere = [
          ...((await exists(join(root, SEARCH_WORKER))) ? [base + SEARCH_WORKER] : []),
          base + SERVICE_WORKER_FILE,
        ];
        const runnerWorkers = await runnerWorkerScripts(root);
        const withRunner = [...everywhere, ...runnerWorkers];
        let runnerPages = 0;
        await Promise.all(
          pages.map(({ file, html }, index) => {
            const runner = hasSqlRunner(html);
            if (runner) runnerPages++;
            const policy = contentSecurityPolicy(pageHashes[index], {
              workers: runner ? withRunner : everywhere,
            });
            return writeFile(file, withCspMeta(html, policy));
          }),
        );
        await writeFile(
          join(root, '_headers'),
          headersFile(contentSecurityPolicy(hashes, { forHeader: true, workers: withRunner })),
        );
        logger.info(
          `Content-Security-Policy on ${pages.length} pages, each trusting its own inline scripts (${hashes.size} in all, at most ${Math.max(0, ...pageHashes.map((h) => new Set(h).size))} on a page); the SQL runner's worker (${runnerWorkers.length} scripts) allowed on ${runnerPages} pages, search's worker on all`,
        );
      },
    },
  };
}
