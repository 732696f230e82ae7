// What a build wrote: total output, HTML per page (raw and gzip), Starlight's sidebar per page,
// the heaviest page of each route, and the gzip size of any file a page loads.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** gzip at level 6, as static hosts commonly serve it. */
export const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

/** Bytes of the `<nav class="sidebar …">` element (Starlight's sidebar) in a page, 0 if none. */
export function sidebarBytes(html: string): number {
  const start = html.search(/<nav\b[^>]*\bclass="sidebar\b/);
  if (start < 0) return 0;
  const tags = /<(\/?)nav\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html));) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return Buffer.byteLength(html.slice(start, tags.lastIndex));
  }
  throw new Error('unclosed <nav class="sidebar"> element');
}

/** One built HTML page, by route. */
interface PageFigures {
  route: string;
  file: string;
  raw: number;
  gzip: number;
  sidebar: number;
}

/**
 * `dist` is the build's output folder; `routes` maps a route pattern to its built files (from
 * the build-timings hooks).
 */
export function measureOutput(dist: string, routes: Record<string, string[]>) {
  let totalBytes = 0;
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, name));
    if (stat.isFile()) totalBytes += stat.size;
  }
  const pages: PageFigures[] = [];
  for (const [route, files] of Object.entries(routes)) {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file);
      const text = html.toString('utf8');
      pages.push({
        route,
        file,
        raw: html.length,
        gzip: gzipBytes(html),
        sidebar: sidebarBytes(text),
      });
    }
  }
  const withSidebar = pages.filter((p) => p.sidebar > 0).map((p) => p.sidebar);
  return {
    totalBytes,
    htmlPages: pages.length,
    html: {
      medianRaw: median(pages.map((p) => p.raw)),
      maxRaw: Math.max(...pages.map((p) => p.raw)),
      medianGzip: median(pages.map((p) => p.gzip)),
      maxGzip: Math.max(...pages.map((p) => p.gzip)),
    },
    sidebar: { pages: withSidebar.length, medianRaw: withSidebar.length ? median(withSidebar) : 0 },
    pages,
  };
}

/**
 * Site paths ("/topics/dbt/") of the heaviest HTML page of every route that has parameters (one
 * route per kind of page: topic, week, project, …), heaviest by raw bytes.
 */
export function heaviestPerRoute(
  dist: string,
  pages: Array<Pick<PageFigures, 'route' | 'file' | 'raw'>>,
) {
  const heaviest = new Map<string, Pick<PageFigures, 'route' | 'file' | 'raw'>>();
  for (const page of pages.filter((p) => p.route.includes('['))) {
    const known = heaviest.get(page.route);
    if (!known || page.raw > known.raw) heaviest.set(page.route, page);
  }
  return [...heaviest.values()].map((p) => ({ label: p.route, path: sitePath(dist, p.file) }));
}

/** "/topics/dbt/" for `<dist>/topics/dbt/index.html`. */
export function sitePath(dist: string, file: string): string {
  const relative = file.slice(dist.replace(/\/?$/, '/').length).split('\\').join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What a page transferred, gzip bytes by type, and the requests that went to another origin. */
export interface Transfer {
  html: number;
  css: number;
  js: number;
  other: number;
  elsewhere: string[];
}

/**
 * The gzip bytes of what a page loaded, by type, from Lighthouse's request list: each same-origin
 * file is read from the build and compressed here (the preview server sends it uncompressed).
 */
export function transferByType(
  dist: string,
  siteUrl: string,
  requests: Array<{ url: string; resourceType?: string }>,
): Transfer {
  const origin = new URL(siteUrl).origin;
  const byType: Transfer = { html: 0, css: 0, js: 0, other: 0, elsewhere: [] };
  for (const { url, resourceType } of requests) {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:') continue;
    if (parsed.origin !== origin) {
      byType.elsewhere.push(url);
      continue;
    }
    let file = join(dist, decodeURIComponent(parsed.pathname));
    if (parsed.pathname.endsWith('/')) file = join(file, 'index.html');
    // A request the build has no file for (a 404) transferred the 404 page or nothing: not counted.
    if (!existsSync(file)) continue;
    const type =
      resourceType === 'Document'
        ? 'html'
        : resourceType === 'Stylesheet'
          ? 'css'
          : resourceType === 'Script'
            ? 'js'
            : 'other';
    byType[type] += gzipBytes(readFileSync(file));
  }
  return byType;
}
