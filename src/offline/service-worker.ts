/**
 * The service worker (bundled by ./integration.ts into `sw.js` at the base path, so its scope is
 * the whole site). Pages and the files that can change with a deploy come from the network first
 * and from the caches only when there is none; content-hashed files come from the caches first.
 * Every answer from the network is kept, so what a reader has seen stays readable offline; the
 * full copy (./save-copy.ts) adds the rest on request. A network that hangs gives way to a kept
 * copy after a few seconds; content-hashed files no kept page needs are dropped when a new build
 * takes over. Only caches whose names start with
 * `atlas-offline` are ever written or deleted: never localStorage or IndexedDB.
 */
import {
  COPY_LIST_FILE,
  COPY_SUMMARY_FILE,
  FALLBACK_PAGE,
  NETWORK_TIMEOUT_MS,
  OFFLINE_CHANNEL,
  SERVICE_WORKER_FILE,
  VISITED_CACHE,
  copyCacheBuild,
  freshness,
  networkOrKept,
  shellCache,
  shellCacheBuild,
  unreferencedFiles,
  type OfflineMiss,
} from './offline-files';
import { completeCopyNames, fetchCopyList, saveCopy, savedCopies } from './save-copy';

/** The id of the build this worker belongs to (set by the bundler). */
declare const __ATLAS_BUILD__: string;

// The worker's own event types (the project compiles against the DOM library, not WebWorker's).
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  data: { type?: string; urls?: unknown };
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  /** The fallback page and what it needs, with revisions (injected by workbox-build). */
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
}

const worker = self as unknown as WorkerScope;
const BUILD = __ATLAS_BUILD__;
// Written out in full: workbox-build looks for the literal `self.__WB_MANIFEST`.
const SHELL = (self as unknown as WorkerScope).__WB_MANIFEST;
const scope = worker.registration.scope;
const scopePath = new URL(scope).pathname;

/** The address without its query: a static page or file is the same whatever the query says. */
const cacheKey = (url: string) => url.split(/[?#]/)[0];

/** The address of a path below the scope, the key it is kept under. */
const pathOf = (url: string) => cacheKey(new URL(url).pathname.slice(scopePath.length));

/** Where a page hears that the worker had no answer for a file (see OfflineMiss). */
const misses =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(OFFLINE_CHANNEL);
function reportMiss(url: string) {
  misses?.postMessage({ type: 'offline-miss', path: pathOf(url) } satisfies OfflineMiss);
}

/**
 * The text of a kept file that can name other files: pages, scripts, styles, JSON, and Pagefind's
 * metadata and index chunks (gzip; its fragments and filters name nothing further, so they are
 * not read). Images and WebAssembly name nothing.
 */
async function namingText(path: string, response: Response): Promise<string | undefined> {
  if (/\.pf_(meta|index)$/.test(path) && response.body) {
    const plain = response.body.pipeThrough(new DecompressionStream('gzip'));
    return new TextDecoder('latin1').decode(await new Response(plain).arrayBuffer());
  }
  if (path === '' || path.endsWith('/') || /\.(html|m?js|css|json|webmanifest|svg)$/.test(path))
    return response.text();
  return undefined;
}

/**
 * Drops the content-hashed files of the visited cache that no kept page needs (the rule, and why
 * it never breaks a kept page: `unreferencedFiles`). Run while a new build activates: the browser
 * holds fetch events until activation ends, so no page is being kept meanwhile.
 */
async function pruneVisited(): Promise<void> {
  const visited = await caches.open(VISITED_CACHE);
  const files = await Promise.all(
    (await visited.keys()).map(async (request) => {
      const path = pathOf(request.url);
      const response = await visited.match(request);
      const text = response ? await namingText(path, response).catch(() => undefined) : undefined;
      return { path, url: request.url, text };
    }),
  );
  const urls = new Map(files.map((file) => [file.path, file.url]));
  for (const path of unreferencedFiles(files)) await visited.delete(urls.get(path)!);
}

/** Whether a complete copy of another build is saved while this build has none. */
async function staleCopy(): Promise<boolean> {
  const copies = await savedCopies(scope);
  return copies.length > 0 && !copies.some((copy) => copy.list.build === BUILD);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(shellCache(BUILD));
      await shell.addAll(
        SHELL.map((entry) => new Request(new URL(entry.url, scope), { cache: 'no-cache' })),
      );
      // A reader who saved the whole atlas gets this build's copy before this worker takes over;
      // if the refresh fails, so does the install, and the previous worker keeps serving its copy.
      if (await staleCopy()) {
        const list = await fetchCopyList(scope);
        if (list.build === BUILD) await saveCopy(scope, list);
      }
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ownCopy = (await savedCopies(scope)).some((copy) => copy.list.build === BUILD);
      for (const name of await caches.keys()) {
        const shellBuild = shellCacheBuild(name);
        const copyBuild = copyCacheBuild(name);
        if (shellBuild !== undefined && shellBuild !== BUILD) await caches.delete(name);
        // An older copy goes only once this build's copy is complete.
        if (copyBuild !== undefined && copyBuild !== BUILD && ownCopy) await caches.delete(name);
      }
      // Pruning only saves space: if it fails, this build still takes over.
      await pruneVisited().catch(() => undefined);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') event.waitUntil(worker.skipWaiting());
  // A page that loaded while this worker activated, and so was left out of its claim.
  if (event.data?.type === 'claim') event.waitUntil(worker.clients.claim());
  // The first page a reader opens loads before the worker exists: it sends what it loaded.
  if (event.data?.type === 'keep-urls' && Array.isArray(event.data.urls)) {
    const urls = event.data.urls.filter(
      (url): url is string => typeof url === 'string' && url.startsWith(scope),
    );
    event.waitUntil(
      (async () => {
        const visited = await caches.open(VISITED_CACHE);
        await Promise.all(
          urls.map(async (url) => {
            if (await visited.match(cacheKey(url))) return;
            const response = await fetch(url).catch(() => undefined);
            if (response?.ok) await visited.put(cacheKey(url), response);
          }),
        );
      })(),
    );
  }
});

/** The caches to answer from, in order: this build's copy, other copies, the shell, visits. */
async function cachesInOrder(): Promise<Cache[]> {
  const names = await completeCopyNames(scope, BUILD);
  names.push(shellCache(BUILD), VISITED_CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

async function fromCaches(url: string): Promise<Response | undefined> {
  for (const cache of await cachesInOrder()) {
    const response = await cache.match(cacheKey(url));
    if (response) return response;
  }
  return undefined;
}

async function keep(url: string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  await (await caches.open(VISITED_CACHE)).put(cacheKey(url), response);
}

async function networkFirst(event: WorkerFetchEvent): Promise<Response> {
  const { request } = event;
  const network = fetch(request);
  // Kept whenever it arrives, even after a kept copy answered for a network that was too slow.
  event.waitUntil(network.then((response) => keep(request.url, response.clone())).catch(() => {}));
  try {
    return await networkOrKept(network, fromCaches(request.url), NETWORK_TIMEOUT_MS);
  } catch (error) {
    if (request.mode === 'navigate') {
      const fallback = await fromCaches(new URL(FALLBACK_PAGE, scope).href);
      if (fallback) return fallback;
    }
    reportMiss(request.url);
    throw error;
  }
}

async function cacheFirst(event: WorkerFetchEvent): Promise<Response> {
  const cached = await fromCaches(event.request.url);
  if (cached) return cached;
  try {
    const response = await fetch(event.request);
    // A hashed file the server no longer has: a kept page of an older build asked for it.
    if (!response.ok) reportMiss(event.request.url);
    event.waitUntil(keep(event.request.url, response.clone()));
    return response;
  } catch (error) {
    reportMiss(event.request.url);
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.headers.has('range')) return;
  const path = pathOf(request.url);
  // The worker and the copy's list and summary must always say what the server has now.
  if (path === SERVICE_WORKER_FILE || path === COPY_LIST_FILE || path === COPY_SUMMARY_FILE) return;
  event.respondWith(freshness(path) === 'immutable' ? cacheFirst(event) : networkFirst(event));
});
