// What offline reading costs (src/offline/): the full offline copy (files and bytes, from the
// build's own list), the service worker, and what its registration adds to every page, gzip:
// the registration module, the update notice's markup and its CSS rules. Also runnable alone on
// a build: `npx node scripts/bench/offline.ts [dist]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipBytes } from './output.ts';

/** The update notice's element, as the page carries it (hidden until a new build waits). */
const NOTICE = /<div class="update-notice[^"]*"[^>]*data-update-notice[\s\S]*?<\/button>\s*<\/div>/;

/** `dist` is a built site; `page` the page to weigh, relative to it. */
export function measureOffline(dist: string, page = 'index.html') {
  const copy = JSON.parse(readFileSync(join(dist, 'offline', 'copy.json'), 'utf8')) as {
    build: string;
    bytes: number;
    files: unknown[];
  };
  const html = readFileSync(join(dist, page), 'utf8');
  const local = (src: string) => join(dist, src.replace(/^.*?\/_astro\//, '_astro/'));
  const scripts = [...html.matchAll(/<script type="module" src="([^"]*OfflineSupport[^"]*)"/g)];
  const js = scripts.reduce((sum, [, src]) => sum + gzipBytes(readFileSync(local(src))), 0);
  const markup = gzipBytes(html) - gzipBytes(html.replace(NOTICE, ''));
  let css = 0;
  for (const [, href] of html.matchAll(
    /<link rel="stylesheet" href="([^"]*\/_astro\/[^"]*\.css)"/g,
  )) {
    const text = readFileSync(local(href), 'utf8');
    css += gzipBytes(text) - gzipBytes(text.replace(/[^{}]*\.update-notice[^{}]*\{[^}]*\}/g, ''));
  }
  // The install tags in <head> (manifest, theme colours, icons) ride on every page too.
  const head =
    gzipBytes(html) -
    gzipBytes(
      html.replace(
        /<link rel="manifest"[^>]*>|<meta name="theme-color"[^>]*>|<link rel="icon"[^>]*atlas-dark[^>]*>|<link rel="apple-touch-icon"[^>]*>/g,
        '',
      ),
    );
  return {
    installHeadGzip: head,
    copyFiles: copy.files.length,
    copyBytes: copy.bytes,
    workerGzip: gzipBytes(readFileSync(join(dist, 'sw.js'))),
    registration: { js, html: markup, css, total: js + markup + css },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const m = measureOffline(dist);
  console.log(
    `offline copy: ${m.copyFiles} files, ${m.copyBytes} bytes\n` +
      `service worker (sw.js): ${m.workerGzip} bytes gzip\n` +
      `added to every page, gzip: registration module ${m.registration.js} + update notice markup ${m.registration.html} + its CSS ${m.registration.css} = ${m.registration.total} bytes; install tags in <head> ${m.installHeadGzip} bytes`,
  );
}
