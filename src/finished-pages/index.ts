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
 * site's own components did not emit (see src/content-policy); then builds one
 * Content-Security-Policy from the hashes of the trusted inline scripts, adds it to each page as a
 * <meta> and writes `_headers` for static hosts that read one. Pages differ only in the workers
 * they may start: Pagefind's search worker on every page, the SQL runner's PostgreSQL worker only
 * on pages with a runner; `_headers` carries the site-wide union (see headersFile).
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
        const hashes = new Set(pages.flatMap(({ html }) => inlineScripts(html).map(scriptHash)));
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
          pages.map(({ file, html }) => {
            const runner = hasSqlRunner(html);
            if (runner) runnerPages++;
            const policy = contentSecurityPolicy(hashes, {
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
          `Content-Security-Policy on ${pages.length} pages, ${hashes.size} inline script hashes; the SQL runner's worker (${runnerWorkers.length} scripts) allowed on ${runnerPages} pages, search's worker on all`,
        );
      },
    },
  };
}
