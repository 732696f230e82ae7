// What every built page weighs once it has sat idle, estimated from the build's files: the page,
// its stylesheets, its module scripts and what those import statically, each gzip (level 6).
// What a page fetches only later (a dynamic import: search on intent, the SQL runner on a touch)
// is left out, as it is after idle. Chromium measures the sampled pages for real (idle-weight.ts);
// this covers every page, so a budget is judged on all of them, not on a sample.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipBytes, sitePath } from './output.ts';

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
}

const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const INLINE_MODULE = /<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g;
/** `import "x"`, `import {a} from "x"`, `export … from "x"`: not `import("x")`, which is lazy. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g;

/** The gzip size of each of the build's files, read once however many pages load it. */
const sizes = new Map<string, number>();

function fileSize(dist: string, url: string, page: string): number {
  const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]));
  let size = sizes.get(file);
  if (size === undefined) {
    if (!existsSync(file)) throw new Error(`${page} loads ${url}, which the build does not have`);
    size = gzipBytes(readFileSync(file));
    sizes.set(file, size);
  }
  return size;
}

/** `url` and every module it imports statically, as site paths. */
function withImports(dist: string, url: string, found: Set<string>) {
  if (found.has(url)) return;
  found.add(url);
  const file = join(dist, decodeURIComponent(url));
  if (!existsSync(file)) return;
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
    if (spec.startsWith('.') || spec.startsWith('/'))
      withImports(dist, spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec), found);
}

/** One page's estimate; `file` is its index.html in `dist`. */
export function estimatePageWeight(dist: string, file: string): PageWeight {
  const path = sitePath(dist, file);
  const html = readFileSync(file, 'utf8');
  const stylesheets = new Set([...html.matchAll(STYLESHEET)].map(([, href]) => href));
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(MODULE_SCRIPT)) withImports(dist, src, scripts);
  for (const [, body] of html.matchAll(INLINE_MODULE))
    for (const [, spec] of body.matchAll(STATIC_IMPORT))
      if (spec.startsWith('/')) withImports(dist, spec, scripts);
  const sum = (urls: Set<string>) => [...urls].reduce((n, u) => n + fileSize(dist, u, path), 0);
  return { path, html: gzipBytes(html), css: sum(stylesheets), js: sum(scripts) };
}

/** A page's estimate with the route it was built from ("/topics/[...id]"). */
export type RoutedWeight = PageWeight & { route: string };

export const weightTotal = (w: Pick<PageWeight, 'html' | 'css' | 'js'>) => w.html + w.css + w.js;

/** Per route with parameters (one per kind of content page): how many pages, how many over `budget`, the heaviest. */
export function weightsByRoute(weights: RoutedWeight[], budget: number) {
  const routes = new Map<string, RoutedWeight[]>();
  for (const w of weights.filter((x) => x.route.includes('[')))
    routes.set(w.route, [...(routes.get(w.route) ?? []), w]);
  return [...routes]
    .map(([route, pages]) => ({
      route,
      pages: pages.length,
      over: pages.filter((p) => weightTotal(p) > budget).length,
      heaviest: pages.reduce((a, b) => (weightTotal(b) > weightTotal(a) ? b : a)),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
