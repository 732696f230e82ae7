/**
 * The reader's progress as stored in the browser, and the export/import formats. Plain data
 * and pure functions: the page scripts do the storage I/O. Keys are `collection/entry/item`
 * (see progressKey), so ticks survive edits to other items and new deployments.
 */

export const STORAGE_KEY = 'atlas:progress';
/** Where unreadable stored data is moved, so that a reader's progress is never silently dropped. */
export const BACKUP_KEY_PREFIX = 'atlas:progress:backup:';
export const STORE_VERSION = 1;
const EXPORT_FORMAT = 'data-engineering-atlas/progress';

export interface ProgressStore {
  version: typeof STORE_VERSION;
  /** Ticked items: progress key → when it was ticked (ISO 8601). Unticked items are absent. */
  items: Record<string, string>;
}

type LoadResult =
  | { store: ProgressStore; problem?: undefined }
  | { store: ProgressStore; problem: string; raw: string };

export const emptyStore = (): ProgressStore => ({ version: STORE_VERSION, items: {} });

const KEY_PATTERN = /^[a-z0-9-]+\/[^\s]+\/[a-z0-9-]+$/;

function validItems(value: unknown): value is Record<string, string> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value).every(([key, at]) => KEY_PATTERN.test(key) && typeof at === 'string')
  );
}

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

/** The export file: the stored items plus a header saying what the file is. */
export function exportJson(store: ProgressStore, now = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: STORE_VERSION, exportedAt: now.toISOString(), items: store.items }, null, 2)}\n`;
}

/** Reads an export file; throws an Error that says what is wrong with it. */
export function importJson(text: string): ProgressStore {
  let data: { format?: unknown; version?: unknown; items?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new Error('This file is not JSON. Choose a file made by "Export progress (JSON)".');
  }
  if (data?.format !== EXPORT_FORMAT)
    throw new Error('This JSON file is not a progress export of this site.');
  if (data.version !== STORE_VERSION)
    throw new Error(
      `This export has version ${String(data.version)}; this site reads version ${STORE_VERSION}.`,
    );
  if (!validItems(data.items)) throw new Error('This export has unreadable entries.');
  return { version: STORE_VERSION, items: { ...data.items } };
}

/** Merge keeps every tick from both; nothing is unticked. The earlier tick time wins. */
export function mergeStores(current: ProgressStore, incoming: ProgressStore): ProgressStore {
  const items = { ...current.items };
  for (const [key, at] of Object.entries(incoming.items)) {
    items[key] = items[key] && items[key] < at ? items[key] : at;
  }
  return { version: STORE_VERSION, items };
}

export interface TrackedList {
  /** e.g. "Project: CSV to PostgreSQL Loader" */
  title: string;
  /** Absolute or site URL of the page. */
  url: string;
  items: Array<{ key: string; text: string }>;
}

/** A Markdown checklist of every tracked list, ticked as stored: for committing beside the content. */
export function exportMarkdown(
  store: ProgressStore,
  lists: readonly TrackedList[],
  now = new Date(),
): string {
  const lines = [
    '# Progress',
    '',
    `Exported ${now.toISOString().slice(0, 10)} from the Data Engineering Atlas.`,
    '',
  ];
  for (const list of lists) {
    const done = countTicked(
      store,
      list.items.map((i) => i.key),
    );
    if (done === 0) continue;
    lines.push(`## [${list.title}](${list.url}) — ${done} of ${list.items.length}`, '');
    for (const item of list.items)
      lines.push(`- [${item.key in store.items ? 'x' : ' '}] ${item.text.replace(/\n/g, ' ')}`);
    lines.push('');
  }
  const known = new Set(lists.flatMap((l) => l.items.map((i) => i.key)));
  const orphans = Object.keys(store.items).filter((k) => !known.has(k));
  if (orphans.length) {
    lines.push(
      '## Ticked items no longer on the site',
      '',
      ...orphans.map((k) => `- [x] \`${k}\``),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
