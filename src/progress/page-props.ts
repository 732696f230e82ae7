import { heading, type Heading } from '../lib/headings';
import type { TrackedList } from './transfer';
import { keysOf } from './tracked-items';

/** The kinds of list a reader ticks, in the order and under the headings the progress page shows them. */
const groups = [
  { kind: 'Checklist', title: 'Checklists' },
  { kind: 'Project', title: 'Projects' },
  { kind: 'Week', title: 'Plan weeks' },
  { kind: 'Topic', title: 'Topic pages read' },
  { kind: 'Exercise', title: 'SQL exercises' },
] as const;

type TrackedKind = (typeof groups)[number]['kind'];

/** The progress page: its tools' headings, every tickable item's key, and the lists grouped by kind. */
export function progressPageProps(tracked: ReadonlyArray<TrackedList & { kind: TrackedKind }>) {
  const link = heading('Take your progress to another device');
  const tools = heading('Keep your progress');
  // The catalogue of every list folds away under one section; each kind is a fold of it.
  const lists = heading('Every list you can tick');
  const byKind = groups.map(({ kind, title }) => ({
    heading: heading(title, 3),
    lists: tracked
      .filter((l) => l.kind === kind)
      .map((l) => ({ title: l.title, url: l.url, keys: keysOf(l.items) })),
  }));
  const headings: Heading[] = [link, tools, lists];
  return {
    link,
    tools,
    lists,
    allKeys: tracked.flatMap((l) => keysOf(l.items)),
    groups: byKind,
    headings,
  };
}
