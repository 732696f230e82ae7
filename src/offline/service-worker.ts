/**
 * The service worker (bundled by ./integration.ts into `sw.js` at the base path, so its scope is
 * the whole site). Pages and the files that can change with a deploy come from the network first
 * and from the caches only when there is none; content-hashed files come from the caches first.
 * Every answer from the network is kept, so what a reader has seen stays readable offline; the
 * full copy (./save-copy.ts) adds the rest on request. Only caches whose names start with
 * `atlas-offline` are ever written or deleted: never localStorage or IndexedDB.
 */
import {
  COPY_LIST_FILE,
  FALLBACK_PAGE,
  SERVICE_WORKER_FILE,
  VISITED_CACHE,
  copyCacheBuild,
  freshness,
  shellCache,
  shellCacheBuild,
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
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') event.waitUntil(worker.skipWaiting());
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
  try {
    const response = await fetch(request);
    event.waitUntil(keep(request.url, response.clone()));
    return response;
  } catch (error) {
    const cached = await fromCaches(request.url);
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const fallback = await fromCaches(new URL(FALLBACK_PAGE, scope).href);
      if (fallback) return fallback;
    }
    throw error;
  }
}

async function cacheFirst(event: WorkerFetchEvent): Promise<Response> {
  const cached = await fromCaches(event.request.url);
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(keep(event.request.url, response.clone()));
  return response;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.headers.has('range')) return;
  const path = cacheKey(new URL(request.url).pathname.slice(scopePath.length));
  // The worker and the copy's list must always say what the server has now.
  if (path === SERVICE_WORKER_FILE || path === COPY_LIST_FILE) return;
  event.respondWith(freshness(path) === 'immutable' ? cacheFirst(event) : networkFirst(event));
});
