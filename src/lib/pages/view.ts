import { withBase } from '../urls';

/** Data shapes that page props hand to components. Plain data only. */

/** A link to a page, with an optional one-line description (LinkList). */
export interface LinkItem {
  href: string;
  title: string;
  description?: string | undefined;
}

/** A labelled fact about an entry (Facts); empty values are skipped when rendered. */
export type Fact = [
  label: string,
  value: string | number | undefined | null,
  /** For a week's dates: "<plan>/<n>", so the reader's own dates can replace them (reader-dates.ts). */
  weekDatesKey?: string,
];

/** A tickable list: where its progress is stored, its items, and their progress keys. */
export interface TickList {
  collection: string;
  entry: string;
  items: Array<{ id: string; text: string }>;
  keys: string[];
}

/** A site path with the base path applied: `link('/topics/')` → `/atlas/topics/`. */
type Linker = (path: string) => string;

export const linker =
  (base: string): Linker =>
  (path) =>
    withBase(base, path);
