/**
 * What the offline feature knows about the built site, shared by the build hook, the service
 * worker and the page modules. Plain functions, no DOM and no Node: every path here is relative to
 * the site's base (`topics/sql/`, `_astro/x.1a2b3c.js`), so the same code works under any base.
 */

/** The service worker, at the root of the base path so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The list of files of the full offline copy, with their revisions and sizes. */
export const COPY_LIST_FILE = 'offline/copy.json';
/**
 * The copy's build id and size alone (`{ build, bytes }`, under 100 bytes): what the "Save for
 * offline" button needs to say what saving downloads, without fetching the whole list at idle.
 */
export const COPY_SUMMARY_FILE = 'offline/copy-summary.json';
/** The page a reader sees for an address that is not saved for offline reading. */
export const FALLBACK_PAGE = 'offline/';
export const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * The channel on which the service worker says it could not answer for a file: not saved, and the
 * network failed (offline) or no longer has it (a kept page of an older build asked). The search
 * module listens, so a search missing part of its index says so.
 */
export const OFFLINE_CHANNEL = 'atlas-offline';
/** What the worker posts on OFFLINE_CHANNEL. */
export interface OfflineMiss {
  type: 'offline-miss';
  /** The address, relative to the base path. */
  path: string;
}

/** Every cache the service worker or the save control writes starts with this. */
const CACHE_PREFIX = 'atlas-offline';
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

/** The published summary of the full copy (`offline/copy-summary.json`). */
export type CopySummary = Pick<CopyList, 'build' | 'bytes'>;

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
 * fetches it), the copy's own list and its summary (fetched fresh; the list is written last as the
 * copy's completion mark), and the sitemap, which is for crawlers.
 */
export const NOT_COPIED = [
  '_headers',
  SERVICE_WORKER_FILE,
  COPY_LIST_FILE,
  COPY_SUMMARY_FILE,
  'sitemap-*.xml',
  'robots.txt',
] as const;

/** The address a built file is served at: `a/index.html` → `a/`, `index.html` → `` (the base). */
export function servedPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Paths whose file name carries a content hash (see `freshness`). */
const CONTENT_HASHED =
  /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[\w-]+\.pf_meta$)/;

/**
 * How the service worker answers for a path. Files whose name carries a content hash (Astro's
 * `_astro/`, Pagefind's metadata named by its hash, its index, fragment and filter chunks) never
 * change: the cache answers first. Everything else — pages, Pagefind's entry files, the search
 * module — can change with a deploy, so the network answers first and the cache only when there
 * is no network or it hangs (NETWORK_TIMEOUT_MS): online, a page and the files it names then come
 * from the same build.
 */
export function freshness(path: string): 'immutable' | 'network-first' {
  return CONTENT_HASHED.test(path) ? 'immutable' : 'network-first';
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

/**
 * The sitemap's filter (@astrojs/sitemap's `filter` option, given each page's full address): every
 * page but the offline fallback page, which only stands in for pages not saved offline.
 */
export function inSitemap(base: string): (page: string) => boolean {
  const fallback = `${base.replace(/\/+$/, '')}/${FALLBACK_PAGE}`.replace(/\/+$/, '');
  return (page) => new URL(page).pathname.replace(/\/+$/, '') !== fallback;
}

/** Whether a cached page's title should be listed: pages only, not the fallback page itself. */
export function isListablePage(path: string): boolean {
  return (path === '' || path.endsWith('/')) && path !== FALLBACK_PAGE;
}

/**
 * How long a page (or another network-first file) waits for the network before a kept copy
 * answers instead. A connection that hangs ("lie-fi") would otherwise leave a blank page. 4 s: a
 * page here is 10-30 KB gzip, which a slow but working mobile connection (a new TLS connection
 * over a 400 ms round trip, then the HTML) delivers in about 2 s, so the newest page still wins
 * there; past 4 s a reader is better served by the copy they kept. The network answer still
 * arrives and is kept, so the next visit is fresh.
 */
export const NETWORK_TIMEOUT_MS = 4000;

/**
 * The answer to give: the network's, unless it fails or takes longer than `timeoutMs` while a kept
 * copy exists. Without a kept copy there is nothing better to give, so the network is waited for
 * however long it takes (and its error, if any, is the answer).
 */
export async function networkOrKept<T>(
  network: Promise<T>,
  kept: Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  // Settled outcomes, so that the losing side never leaves an unhandled rejection behind.
  const fromNetwork = network.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const copy = kept.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The network is never held up by the cache lookup: the clock starts once a copy is found.
  const copyAfterTimeout = copy.then((found) =>
    found === undefined
      ? new Promise<never>(() => {})
      : new Promise<{ timedOut: T }>((resolve) => {
          timer = setTimeout(() => resolve({ timedOut: found }), timeoutMs);
        }),
  );
  const first = await Promise.race([fromNetwork, copyAfterTimeout]);
  clearTimeout(timer);
  if ('timedOut' in first) return first.timedOut;
  if (first.ok) return first.value;
  const found = await copy;
  if (found !== undefined) return found;
  throw first.error;
}

/**
 * Whether saving fits in the storage the browser grants this site (`navigator.storage.estimate()`:
 * quota and usage). Undefined when it fits or the browser does not say; otherwise what is needed
 * and what is free, to tell the reader before anything is downloaded.
 */
export function storageShortfall(
  needed: number,
  estimate: { quota?: number; usage?: number } | undefined,
): { needed: number; free: number } | undefined {
  if (estimate?.quota === undefined) return undefined;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return free < needed ? { needed, free } : undefined;
}

/**
 * The part of a content-hashed file's name that holds its hash, as other files name it: the last
 * dot-separated part before the extension (`_astro/page.a1b2.js` → `a1b2`,
 * `pagefind/index/en_3f.pf_index` → `en_3f`, and `pagefind/pagefind.en_46a4.pf_meta` → `en_46a4`,
 * the form in which pagefind-entry.json names its metadata).
 */
const hashName = (path: string) =>
  path
    .replace(/^.*\//, '')
    .replace(/\.[^.]*$/, '')
    .replace(/^.*\./, '');

/**
 * Which content-hashed files of the visited cache no kept page needs any more, and so can go.
 *
 * Pages and the other network-first files are kept by address: a new build's version replaces the
 * old one, so they never pile up. Content-hashed files (`freshness` says 'immutable') are new
 * addresses with every build that changes them, and would pile up forever. The rule: a hashed file
 * stays while a kept file that stays names it, starting from the network-first files (each page as
 * the reader last kept it, Pagefind's entry files) and following names through what they reach
 * (a page's scripts name their chunks, Pagefind's metadata names its index chunks, which name the
 * fragments). A page kept from an old build therefore keeps every file it loads, and a file no
 * kept page can reach is never used again: the pages that named it were replaced.
 *
 * A file is "named" when the hash part of its name occurs in the text: over-keeping is harmless,
 * under-keeping would break a page, so this errs on the side of keeping.
 * `text` is each file's text (Pagefind's gzip files decompressed); files without text (images,
 * WebAssembly) name nothing.
 */
export function unreferencedFiles(files: ReadonlyArray<{ path: string; text?: string }>): string[] {
  const hashed = new Map<string, Array<{ path: string; text?: string }>>();
  const reached: Array<{ path: string; text?: string }> = [];
  for (const file of files) {
    if (freshness(file.path) === 'network-first') reached.push(file);
    else {
      const name = hashName(file.path);
      hashed.set(name, [...(hashed.get(name) ?? []), file]);
    }
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let i = 0; i < reached.length && hashed.size > 0; i++) {
    const text = reached[i].text;
    // One pass over the text for every name still unreached, again while a pass finds one: a
    // match hides any name that overlaps it, and the next pass no longer looks for that match.
    for (let found = true; text && found && hashed.size > 0;) {
      found = false;
      const pattern = new RegExp([...hashed.keys()].map(escape).join('|'), 'g');
      for (const [name] of text.matchAll(pattern)) {
        const named = hashed.get(name);
        if (!named) continue;
        hashed.delete(name);
        reached.push(...named);
        found = true;
      }
    }
  }
  return [...hashed.values()].flat().map((file) => file.path);
}
