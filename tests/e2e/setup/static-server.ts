import { createServer, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, extname, join, normalize } from 'node:path';
import { SERVICE_WORKER_FILE } from '../../../src/offline/offline-files';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a built site from `root` under `base` on 127.0.0.1, the way a static host does:
 * `/x/` serves `/x/index.html`, unknown paths get the site's 404 page with status 404.
 * A fixed `port` lets a test serve a rebuilt site on the same origin (and so the same localStorage).
 */
export async function serveStatic(
  root: string,
  base = '/',
  port = 0,
): Promise<{
  url: string;
  port: number;
  /** Serves another build from now on, as a deploy swaps what a host serves. */
  setRoot: (dir: string) => void;
  /**
   * Holds back the answer for the paths (below the base, `topics/`) `delay` returns a number of
   * milliseconds for, as a connection that hangs does; `undefined` ends it.
   */
  setDelay: (delay: ((path: string) => number | undefined) | undefined) => void;
  close: () => Promise<void>;
}> {
  const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
  let delayFor: ((path: string) => number | undefined) | undefined;
  const holding = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const held = path.startsWith(`${prefix}/`)
      ? delayFor?.(path.slice(prefix.length + 1))
      : undefined;
    if (!held) return answer(path, res);
    const timer = setTimeout(() => {
      holding.delete(timer);
      if (!res.destroyed) answer(path, res);
    }, held);
    holding.add(timer);
  });
  function answer(path: string, res: ServerResponse) {
    if (prefix && !(path === prefix || path.startsWith(`${prefix}/`))) {
      res.writeHead(404).end('outside base path');
      return;
    }
    const relative = normalize(path.slice(prefix.length) || '/').replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // The service worker is never answered from a stale HTTP cache, whatever the browser does.
      ...(basename(file) === SERVICE_WORKER_FILE ? { 'Cache-Control': 'no-cache' } : {}),
    });
    createReadStream(file).pipe(res);
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}${prefix}/`,
    port: bound,
    setRoot: (dir) => {
      root = dir;
    },
    setDelay: (delay) => {
      delayFor = delay;
    },
    close: () =>
      new Promise((resolve) => {
        for (const timer of holding) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
