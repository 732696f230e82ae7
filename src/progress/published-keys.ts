/**
 * The published tickable keys. Readers' ticks are stored under an item's key (a slug of its text
 * unless it has an explicit `id`), so rewording an item changes its key and its ticks stop
 * showing. The repository keeps every key ever published, in order, in
 * src/content/progress-keys.json; the build compares the content with it so that no edit orphans
 * readers' ticks without saying so, and progress links index into it (see link-code.ts).
 */

export interface PublishedKeys {
  /** Every key ever published, oldest first; append-only, so positions never change. */
  keys: string[];
  /** Keys deliberately removed from the site, with the day they were retired. */
  retired: Record<string, string>;
}

export interface CurrentItem {
  key: string;
  text: string;
  /** The content file the item is in, for messages. */
  file: string;
}

interface VanishedKey {
  key: string;
  file?: string;
  /** A new key of the same entry that is probably the reworded item. */
  likely?: { key: string; text: string };
}

interface KeyComparison {
  vanished: VanishedKey[];
  /** Keys on the site that are not published yet, in the order they should be appended. */
  added: string[];
}

const entryOf = (key: string) => key.split('/').slice(0, -1).join('/');
const itemOf = (key: string) => key.split('/').at(-1) ?? key;

/** Words two slugs share, as a share of the longer: enough to pair a reworded item with its old key. */
function similarity(a: string, b: string): number {
  const wa = new Set(a.split('-'));
  const wb = new Set(b.split('-'));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size);
}

/** Which published keys the content no longer has (and are not retired), and which keys are new. */
export function compareKeys(
  published: PublishedKeys,
  current: readonly CurrentItem[],
): KeyComparison {
  const now = new Set(current.map((i) => i.key));
  const listed = new Set(published.keys);
  const added = current
    .map((i) => i.key)
    .filter((k, i, all) => !listed.has(k) && all.indexOf(k) === i);
  const vanished = published.keys
    .filter((key) => !now.has(key) && !(key in published.retired))
    .map((key): VanishedKey => {
      const candidates = current.filter(
        (i) => entryOf(i.key) === entryOf(key) && !listed.has(i.key),
      );
      const best = candidates
        .map((i) => ({ item: i, score: similarity(itemOf(key), itemOf(i.key)) }))
        .sort((a, b) => b.score - a.score)[0];
      const file = current.find((i) => entryOf(i.key) === entryOf(key))?.file;
      return {
        key,
        file,
        likely: best && best.score > 0 ? { key: best.item.key, text: best.item.text } : undefined,
      };
    });
  return { vanished, added };
}

/** One short paragraph per vanished key: where, which key, and the two ways forward. */
export function formatVanished(vanished: readonly VanishedKey[]): string {
  return vanished
    .map((v) => {
      const where = v.file ? `${v.file}: ` : '';
      const item = itemOf(v.key);
      const likely = v.likely
        ? ` It looks like it became "${itemOf(v.likely.key)}" ("${v.likely.text}"): to keep readers' ticks, give that item \`id: ${item}\`.`
        : ` If the item was reworded, give the new item \`id: ${item}\` to keep readers' ticks.`;
      return `${where}tickable item "${v.key}" is gone, and readers who ticked it would silently lose the tick.${likely} If it was removed on purpose, run \`npm run progress-keys -- --retire ${v.key}\`.`;
    })
    .join('\n');
}

/** The published list with these keys appended (new) or retired (removed on purpose), for `npm run progress-keys`. */
export function updatePublished(
  published: PublishedKeys,
  add: readonly string[],
  retire: readonly string[],
  today: string,
): PublishedKeys {
  const keys = [...published.keys, ...add.filter((k) => !published.keys.includes(k))];
  const retired = { ...published.retired };
  for (const key of retire) if (keys.includes(key)) retired[key] ??= today;
  return { keys, retired };
}
