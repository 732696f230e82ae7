/**
 * Progress in and out of the browser: the JSON export and import, merging two stores (an import,
 * a progress link) and the Markdown checklist. Only the progress page uses these.
 */
import { countTicked, KEY_PATTERN, STORE_VERSION, type ProgressStore } from './store';

const EXPORT_FORMAT = 'data-engineering-atlas/progress';

function validItems(value: unknown): value is Record<string, string> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.entries(value).every(([key, at]) => KEY_PATTERN.test(key) && typeof at === 'string')
  );
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
