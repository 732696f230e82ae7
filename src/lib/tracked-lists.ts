import { progressKey } from './progress';

/** The tickable items of each kind of entry, as progress keys. Pages, meters and exports all use these. */
interface Item {
  id: string;
  text: string;
}

export const projectItems = (id: string, tasks: Item[]) => tasks.map((t) => ({ key: progressKey('projects', id, t.id), text: t.text }));
export const weekItems = (id: string, objectives: Item[]) => objectives.map((o) => ({ key: progressKey('weeks', id, o.id), text: o.text }));
export const checklistItems = (id: string, groups: Array<{ items: Item[] }>) =>
  groups.flatMap((g) => g.items.map((i) => ({ key: progressKey('checklists', id, i.id), text: i.text })));

export const keysOf = (items: Array<{ key: string }>) => items.map((i) => i.key);
