/**
 * The reader's progress as stored in the browser. Plain data and pure functions: the page
 * scripts do the storage I/O. Keys are `collection/entry/item` (see progressKey), so ticks
 * survive edits to other items and new deployments. Export, import and merge are in
 * ./transfer.ts, apart, so that a page where a reader only ticks does not load them.
 */

export const STORAGE_KEY = 'atlas:progress';
/** Where unreadable stored data is moved, so that a reader's progress is never silently dropped. */
export const BACKUP_KEY_PREFIX = 'atlas:progress:backup:';
export const STORE_VERSION = 1;

export interface ProgressStore {
  version: typeof STORE_VERSION;
  /** Ticked items: progress key → when it was ticked (ISO 8601). Unticked items are absent. */
  items: Record<string, string>;
}

type LoadResult =
  | { store: ProgressStore; problem?: undefined }
  | { store: ProgressStore; problem: string; raw: string };

export const emptyStore = (): ProgressStore => ({ version: STORE_VERSION, items: {} });

/** A progress key: `collection/entry/item`. */
export const KEY_PATTERN = /^[a-z0-9-]+\/[^\s]+\/[a-z0-9-]+$/;

/**
 * Reads what is stored. Anything unreadable — not JSON, another shape, another version — yields
 * an empty store plus a problem to show the reader; the raw text is returned so it can be kept.
 */
export function parseStore(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { store: emptyStore() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { store: emptyStore(), problem: 'the saved progress is not valid JSON', raw };
  }
  const record = data as { version?: unknown; items?: unknown };
  if (!record || typeof record !== 'object' || record.version !== STORE_VERSION) {
    const version =
      record && typeof record === 'object' && 'version' in record ? String(record.version) : 'none';
    return {
      store: emptyStore(),
      problem: `the saved progress has a format this version does not read (version ${version})`,
      raw,
    };
  }
  const items = record.items;
  if (!items || typeof items !== 'object' || Array.isArray(items)) {
    return { store: emptyStore(), problem: 'the saved progress has no readable ticks', raw };
  }
  // Keep every readable tick in use; the whole text goes to a backup, so the rest is not lost either.
  const readable = Object.entries(items).filter(
    ([key, at]) => KEY_PATTERN.test(key) && typeof at === 'string',
  );
  const kept = Object.fromEntries(readable) as Record<string, string>;
  const unreadable = Object.keys(items).length - readable.length;
  if (unreadable > 0) {
    return {
      store: { version: STORE_VERSION, items: kept },
      problem: `${unreadable} of the saved ticks were unreadable (the other ${readable.length} are in use)`,
      raw,
    };
  }
  return { store: { version: STORE_VERSION, items: kept } };
}

export function setTicked(
  store: ProgressStore,
  key: string,
  ticked: boolean,
  now = new Date(),
): ProgressStore {
  const items = { ...store.items };
  if (ticked) items[key] ??= now.toISOString();
  else delete items[key];
  return { version: STORE_VERSION, items };
}

/** How many of `keys` are ticked. */
export function countTicked(store: ProgressStore, keys: readonly string[]): number {
  return keys.reduce((n, key) => n + (key in store.items ? 1 : 0), 0);
}
