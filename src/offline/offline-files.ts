/**
 * What the offline feature knows about the built site, shared by the build hook, the service
 * worker and the page modules. Plain functions, no DOM and no Node: every path here is relative to
 * the site's base (`topics/sql/`, `_astro/x.1a2b3c.js`), so the same code works under any base.
 */

/** The service worker, at the root of the base path so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The list of files of the full offline copy, with their revisions and sizes. */
export const COPY_LIST_FILE = 'offline/copy.json';
/** The page a reader sees for an address that is not saved for offline reading. */
export const FALLBACK_PAGE = 'offline/';
/** The web app manifest. */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** Every cache the service worker or the save control writes starts with this. */
export const CACHE_PREFIX = 'atlas-offline';
/** Pages and files as the reader met them, kept across builds (HTML is refreshed on each visit). */
export const VISITED_CACHE = `${CACHE_PREFIX}-visited`;
/** The fallback page and what it needs, one cache per build. */
export const shellCache = (build: string) => `${CACHE_PREFIX}-shell-${build}`;
/** The whole atlas of one build, written on request. */
export const copyCache = (build: string) => `${CACHE_PREFIX}-copy-${build}`;
/** The build of a full-copy cache's name, or undefined for any other cache. */
export function copyCacheBuild(name: string): string | undefined {
  const prefix = `${CACHE_PREFIX}-copy-`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}
/** The build of a shell cache's name, or undefined for any other cache. */
export function shellCacheBuild(name: string): string | undefined {
  const prefix = `${CACHE_PREFIX}-shell-`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

/** One file of the full copy: its address (relative to the base), revision and size in bytes. */
export interface CopyEntry {
  url: string;
  revision: string;
  size: number;
}

/** The published list of the full copy (`offline/copy.json`). */
export interface CopyList {
  /** Identifies the build: a hash of every file's address and revision. */
  build: string;
  /** Sum of the files' sizes: what saving the copy downloads (less what is already saved). */
  bytes: number;
  files: CopyEntry[];
}

/**
 * Built files the full copy leaves out: the host's header rules, the worker itself (the browser
 * fetches it), the copy's own list (fetched fresh, and written last as the copy's completion
 * mark), and the sitemap, which is for crawlers.
 */
export const NOT_COPIED = [
  '_headers',
  SERVICE_WORKER_FILE,
  COPY_LIST_FILE,
  'sitemap-*.xml',
  'robots.txt',
] as const;

/** The address a built file is served at: `a/index.html` → `a/`, `index.html` → `` (the base). */
export function servedPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * How the service worker answers for a path. Files whose name carries a content hash (Astro's
 * `_astro/`, Pagefind's index, fragment and filter chunks) never change: the cache answers first.
 * Everything else — pages, Pagefind's entry files, the search module — can change with a deploy,
 * so the network answers first and the cache only when there is no network: a page and the files
 * it names then always come from the same build.
 */
export function freshness(path: string): 'immutable' | 'network-first' {
  return /^(_astro\/|pagefind\/(index|fragment|filter)\/)/.test(path)
    ? 'immutable'
    : 'network-first';
}

/** A hash of the list's addresses and revisions (FNV-1a, 2 × 32 bits): the same files, the same id. */
export function buildId(files: ReadonlyArray<Pick<CopyEntry, 'url' | 'revision'>>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const text = [...files]
    .map((f) => `${f.url} ${f.revision}`)
    .sort()
    .join('\n');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * What saving a copy has to do when an older copy may exist: files whose address and revision are
 * unchanged are taken from the old copy, the rest are downloaded.
 */
export function copyPlan(
  next: readonly CopyEntry[],
  previous: readonly CopyEntry[] = [],
): { reuse: CopyEntry[]; download: CopyEntry[] } {
  const kept = new Map(previous.map((f) => [f.url, f.revision]));
  const reuse: CopyEntry[] = [];
  const download: CopyEntry[] = [];
  for (const file of next) (kept.get(file.url) === file.revision ? reuse : download).push(file);
  return { reuse, download };
}

/** Bytes as a reader reads them: "840 KB", "23.4 MB" (decimal units, as download sizes are given). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** Whether a cached page's title should be listed: pages only, not the fallback page itself. */
export function isListablePage(path: string): boolean {
  return (path === '' || path.endsWith('/')) && path !== FALLBACK_PAGE;
}
