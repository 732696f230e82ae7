import type { Atlas } from '../lib/atlas';
import type { TrackedList } from './transfer';
import { checklistItems, projectItems, weekItems } from './tracked-items';
import { routes } from '../lib/urls';
import { href } from '../lib/href';
import { topicReadItem } from './topic-read';
import { solvedKey } from '../practice/progress';
import { practiceRoutes } from '../practice/page-props';

/** Every list a reader can tick, with its page and items: for the progress page and its exports. */
export function trackedLists(
  atlas: Atlas,
): Array<TrackedList & { kind: 'Checklist' | 'Project' | 'Week' | 'Topic' | 'Exercise' }> {
  const planTitle = (id: string) => atlas.plans.find((p) => p.id === id)?.data.title ?? id;
  return [
    ...atlas.checklists.map((c) => ({
      kind: 'Checklist' as const,
      title: c.data.title,
      url: href(routes.checklist(c.id)),
      items: checklistItems(c.id, c.data.groups),
    })),
    ...atlas.projects.map((p) => ({
      kind: 'Project' as const,
      title: p.data.title,
      url: href(routes.project(p.id)),
      items: projectItems(p.id, p.data.tasks),
    })),
    ...atlas.weeks
      .filter((w) => w.data.objectives.length > 0)
      .map((w) => ({
        kind: 'Week' as const,
        title: `${planTitle(w.data.plan.id)} — Week ${w.data.number}: ${w.data.title}`,
        url: href(routes.week(w.data.plan.id, w.data.number)),
        items: weekItems(w.id, w.data.objectives),
      })),
    // One tick per topic page: read or not.
    ...atlas.topics.map((t) => ({
      kind: 'Topic' as const,
      title: `Topic: ${t.data.title}`,
      url: href(routes.topic(t.id)),
      items: [topicReadItem(t)],
    })),
    // One tick per exercise: solved or not.
    ...atlas.exercises.map((e) => ({
      kind: 'Exercise' as const,
      title: `SQL exercise: ${e.data.title}`,
      url: href(practiceRoutes.exercise(e.id)),
      items: [{ key: solvedKey(e.id), text: `Solved: ${e.data.title}` }],
    })),
  ].filter((list) => list.items.length > 0);
}
