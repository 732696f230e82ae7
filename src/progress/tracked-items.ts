import { contentModel, type ContentCollection } from '../content-model';
import { progressKey } from './keys';

/**
 * The tickable items of an entry, as progress keys, found at the paths the content model lists as
 * `tickable` for its collection (`tasks`, `groups[].items`). Pages, meters and exports all use
 * these, so a new tickable list is one line in the model.
 */
interface Item {
  id: string;
  text: string;
}

export interface TrackedItem {
  key: string;
  text: string;
}

/** The values at a path such as `groups[].items` (`[]` stands for every item of a list). */
function valuesAt(data: unknown, path: string): unknown[] {
  let values: unknown[] = [data];
  for (const segment of path.split('.')) {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    values = values.flatMap((value) => {
      const next =
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      return list ? (Array.isArray(next) ? (next as unknown[]) : []) : [next];
    });
  }
  return values;
}

/** Every tickable item of one entry of `collection`, in the order its lists give them. */
export function tickableItems(
  collection: ContentCollection,
  id: string,
  data: unknown,
): TrackedItem[] {
  return contentModel[collection].tickable.flatMap((path: string) =>
    valuesAt(data, path)
      .flatMap((list) => (Array.isArray(list) ? (list as Item[]) : []))
      .map((item) => ({ key: progressKey(collection, id, item.id), text: item.text })),
  );
}

export const projectItems = (id: string, tasks: Item[]) => tickableItems('projects', id, { tasks });
export const weekItems = (id: string, objectives: Item[]) =>
  tickableItems('weeks', id, { objectives });
export const checklistItems = (id: string, groups: Array<{ items: Item[] }>) =>
  tickableItems('checklists', id, { groups });

export const keysOf = (items: Array<{ key: string }>) => items.map((i) => i.key);
