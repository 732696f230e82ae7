import {
  COPY_LIST_FILE,
  COPY_SUMMARY_FILE,
  copyCache,
  copyCacheBuild,
  copyPlan,
  type CopyEntry,
  type CopyList,
  type CopySummary,
} from './offline-files';

/**
 * Writing and reading the full offline copy with the Cache API, the same way from the page (the
 * "Save for offline" control) and from the service worker (refreshing a saved copy when a new
 * build is installed). Only caches are touched: never localStorage or IndexedDB, where the
 * reader's ticks, plans and queries live.
 */

/** How many files are fetched at once: enough to keep the connection busy, few enough to stay polite. */
const PARALLEL = 6;

/** The copy list a complete copy holds (written last, so its presence marks the copy complete). */
async function storedList(cache: Cache, scope: string): Promise<CopyList | undefined> {
  const response = await cache.match(new URL(COPY_LIST_FILE, scope).href);
  return response ? ((await response.json()) as CopyList) : undefined;
}

/** The complete copies in this browser, newest build first when `prefer` names it. */
export async function savedCopies(
  scope: string,
  prefer?: string,
): Promise<Array<{ name: string; list: CopyList }>> {
  const copies: Array<{ name: string; list: CopyList }> = [];
  for (const name of await caches.keys()) {
    if (copyCacheBuild(name) === undefined) continue;
    const list = await storedList(await caches.open(name), scope);
    if (list) copies.push({ name, list });
  }
  return copies.sort((a, b) => Number(b.list.build === prefer) - Number(a.list.build === prefer));
}

/**
 * The names of the complete copies, `prefer`'s build first: what the service worker answers from.
 * Cheaper than `savedCopies` (it reads no list), as it runs for every request.
 */
export async function completeCopyNames(scope: string, prefer: string): Promise<string[]> {
  const names: string[] = [];
  for (const name of await caches.keys()) {
    if (copyCacheBuild(name) === undefined) continue;
    if (await (await caches.open(name)).match(new URL(COPY_LIST_FILE, scope).href))
      names.push(name);
  }
  return names.sort((a, b) => Number(b === copyCache(prefer)) - Number(a === copyCache(prefer)));
}

/** The list of the build the server has now, never from a cache. */
export async function fetchCopyList(scope: string): Promise<CopyList> {
  const response = await fetch(new URL(COPY_LIST_FILE, scope), { cache: 'no-store' });
  if (!response.ok) throw new Error(`the list of files answered ${response.status}`);
  return (await response.json()) as CopyList;
}

/** The build the server has now and the size of its copy, never from a cache: under 100 bytes. */
export async function fetchCopySummary(scope: string): Promise<CopySummary> {
  const response = await fetch(new URL(COPY_SUMMARY_FILE, scope), { cache: 'no-store' });
  if (!response.ok) throw new Error(`the copy's summary answered ${response.status}`);
  return (await response.json()) as CopySummary;
}

/** Bytes that saving `list` downloads, given the copies already saved. */
export function bytesToDownload(list: CopyList, saved: Array<{ list: CopyList }>): number {
  const { download } = copyPlan(list.files, saved[0]?.list.files);
  return download.reduce((sum, file) => sum + file.size, 0);
}

/**
 * Saves every file of `list` into this build's copy cache: unchanged files are copied from the
 * newest older copy, the others fetched (bypassing the HTTP cache's freshness rules, so a page and
 * its files are this build's). The list goes in last: a copy without it is incomplete and unused.
 * `onProgress` gets the bytes done and the bytes to download. Older copies are deleted after.
 */
export async function saveCopy(
  scope: string,
  list: CopyList,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const saved = await savedCopies(scope);
  const older = saved.find((copy) => copy.list.build !== list.build);
  const target = await caches.open(copyCache(list.build));
  const { reuse, download } = copyPlan(list.files, older?.list.files);
  if (older) {
    const from = await caches.open(older.name);
    for (const file of reuse) {
      const url = new URL(file.url, scope).href;
      const response = await from.match(url);
      if (response) await target.put(url, response);
      else download.push(file);
    }
  }
  const total = download.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  onProgress(done, total);
  const queue = [...download];
  const fetchOne = async (file: CopyEntry) => {
    const url = new URL(file.url, scope).href;
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${file.url} answered ${response.status}`);
    await target.put(url, response);
    done += file.size;
    onProgress(done, total);
  };
  try {
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await fetchOne(file);
      }),
    );
  } catch (error) {
    // A partial copy is never used (it has no list); drop it rather than keep its megabytes.
    queue.length = 0;
    await caches.delete(copyCache(list.build));
    throw error;
  }
  await target.put(
    new URL(COPY_LIST_FILE, scope).href,
    new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }),
  );
  for (const copy of saved) if (copy.list.build !== list.build) await caches.delete(copy.name);
}

/** Deletes every offline copy (complete or not). Pages kept from visits stay. */
export async function removeCopies(): Promise<void> {
  for (const name of await caches.keys()) {
    if (copyCacheBuild(name) !== undefined) await caches.delete(name);
  }
}
