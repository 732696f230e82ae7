import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getManifest, injectManifest } from 'workbox-build';
import {
  COPY_LIST_FILE,
  COPY_SUMMARY_FILE,
  FALLBACK_PAGE,
  MANIFEST_FILE,
  NOT_COPIED,
  SERVICE_WORKER_FILE,
  buildId,
  servedPath,
  type CopyEntry,
  type CopyList,
  type CopySummary,
} from './offline-files';
import { ICON_FILES, webManifest } from './web-manifest';

/** The largest file the copy takes (PGlite's WebAssembly and data are several MB each). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Workbox's manifest URLs are file paths; the copy and the worker use served addresses. */
const toServed = (entries: Array<{ url: string; revision: string | null; size: number }>) => ({
  manifest: entries.map((entry) => ({ ...entry, url: servedPath(entry.url) })),
});

/** The built files the fallback page needs: what its HTML names, and the scripts those import. */
async function fallbackFiles(root: string, base: string): Promise<string[]> {
  const prefix = base.replace(/\/?$/, '/');
  const html = await readFile(join(root, FALLBACK_PAGE, 'index.html'), 'utf8');
  const files = new Set<string>([posix.join(FALLBACK_PAGE, 'index.html'), MANIFEST_FILE]);
  const pending: string[] = [];
  for (const [, url] of html.matchAll(/\s(?:href|src)="([^"#?]+)"/g)) {
    if (!url.startsWith(prefix)) continue;
    const file = url.slice(prefix.length);
    if (file && !file.endsWith('/') && (await exists(join(root, file)))) pending.push(file);
  }
  // Module scripts import their chunks by relative path ("./x.js"), which the HTML does not name.
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(join(root, file), 'utf8');
    for (const [, name] of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      pending.push(posix.join(posix.dirname(file), name));
    }
  }
  return [...files];
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

interface OfflineFilesResult {
  copy: CopyList;
  /** The service worker's size, gzip. */
  workerGzipBytes: number;
}

/**
 * Writes the offline files into a finished build: the web app manifest, the list of the full copy
 * (`offline/copy.json`: every file with its revision and size, from workbox-build's getManifest),
 * its summary (`offline/copy-summary.json`: build and size, what the save button shows at idle)
 * and the service worker (`sw.js`: ./service-worker.ts bundled, with the fallback page and its
 * files injected by workbox-build's injectManifest). Run on the finished pages, so the revisions
 * are those of the HTML as served, Content-Security-Policy included.
 */
export async function writeOfflineFiles(
  root: string,
  options: { base: string; title: string },
): Promise<OfflineFilesResult> {
  await writeFile(join(root, MANIFEST_FILE), JSON.stringify(webManifest(options.title), null, 2));

  const files: CopyEntry[] = [];
  const { warnings } = await getManifest({
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: [...NOT_COPIED],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    manifestTransforms: [
      (entries) => {
        for (const entry of entries) {
          files.push({
            url: servedPath(entry.url),
            revision: entry.revision ?? '',
            size: entry.size,
          });
        }
        return { manifest: entries };
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`offline copy: ${warnings.join('; ')}`);
  files.sort((a, b) => a.url.localeCompare(b.url));
  const copy: CopyList = {
    build: buildId(files),
    bytes: files.reduce((sum, file) => sum + file.size, 0),
    files,
  };
  await mkdir(dirname(join(root, COPY_LIST_FILE)), { recursive: true });
  await writeFile(join(root, COPY_LIST_FILE), JSON.stringify(copy));
  const summary: CopySummary = { build: copy.build, bytes: copy.bytes };
  await writeFile(join(root, COPY_SUMMARY_FILE), JSON.stringify(summary));

  const work = await mkdtemp(join(tmpdir(), 'atlas-sw-'));
  try {
    const swSrc = join(work, SERVICE_WORKER_FILE);
    await build({
      entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      logLevel: 'silent',
      define: { __ATLAS_BUILD__: JSON.stringify(copy.build) },
    });
    const shell = [...(await fallbackFiles(root, options.base)), ...ICON_FILES];
    const result = await injectManifest({
      swSrc,
      swDest: join(root, SERVICE_WORKER_FILE),
      globDirectory: root,
      globPatterns: shell,
      manifestTransforms: [toServed],
    });
    if (result.warnings.length > 0)
      throw new Error(`service worker: ${result.warnings.join('; ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const worker = await readFile(join(root, SERVICE_WORKER_FILE));
  return { copy, workerGzipBytes: gzipSync(worker).length };
}

function report(logger: AstroIntegrationLogger, { copy, workerGzipBytes }: OfflineFilesResult) {
  logger.info(
    `offline copy of ${copy.files.length} files, ${(copy.bytes / 1e6).toFixed(1)} MB (build ${copy.build}); service worker ${(workerGzipBytes / 1024).toFixed(1)} KiB gzip`,
  );
}

/**
 * Offline reading and installation: the fallback page route, then, after the build, the manifest,
 * the copy's list and the service worker. Register it after the finished-pages integration: the
 * revisions must be those of the pages as finally written.
 */
export function offlineIntegration(options: { title: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:offline',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: `/${FALLBACK_PAGE}`,
          entrypoint: new URL('./OfflinePage.astro', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        report(logger, await writeOfflineFiles(fileURLToPath(dir), { base, title: options.title }));
      },
    },
  };
}
