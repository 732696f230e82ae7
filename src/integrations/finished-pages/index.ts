import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
  scriptHash,
  withCspMeta,
} from '../../lib/csp';
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
 * site's own components did not emit (see src/integrations/content-policy); then builds one
 * site-wide Content-Security-Policy from the hashes of the trusted inline scripts, adds it to each
 * page as a <meta> and writes `_headers` for static hosts that read one.
 */
export function finishedPagesIntegration(): AstroIntegration {
  let contentDir = '';
  return {
    name: 'atlas:finished-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.srcDir));
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
        const policy = contentSecurityPolicy(hashes);
        await Promise.all(
          pages.map(({ file, html }) => writeFile(file, withCspMeta(html, policy))),
        );
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes, true)));
        logger.info(
          `Content-Security-Policy on ${pages.length} pages, ${hashes.size} inline script hashes`,
        );
      },
    },
  };
}
