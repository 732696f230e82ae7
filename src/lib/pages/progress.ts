import { heading, type Heading } from '../headings';
import type { TrackedList } from '../progress-store';
import { keysOf } from '../tracked-lists';

/** The kinds of list a reader ticks, in the order and under the headings the progress page shows them. */
const groups = [
  { kind: 'Checklist', title: 'Checklists' },
  { kind: 'Project', title: 'Projects' },
  { kind: 'Week', title: 'Plan weeks' },
  { kind: 'Exercise', title: 'SQL exercises' },
] as const;

export type TrackedKind = (typeof groups)[number]['kind'];

/** The progress page: its tools' headings, every tickable item's key, and the lists grouped by kind. */
export function progressPageProps(lists: ReadonlyArray<TrackedList & { kind: TrackedKind }>) {
  const link = heading('Take your progress to another device');
  const tools = heading('Keep your progress');
  const byKind = groups.map(({ kind, title }) => ({
    heading: heading(title),
    lists: lists
      .filter((l) => l.kind === kind)
      .map((l) => ({ title: l.title, url: l.url, keys: keysOf(l.items) })),
  }));
  const headings: Heading[] = [link, tools, ...byKind.map((g) => g.heading)];
  return { link, tools, allKeys: lists.flatMap((l) => keysOf(l.items)), groups: byKind, headings };
}
