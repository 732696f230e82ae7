import published from '../content/progress-keys.json';
import type { Atlas } from '../lib/atlas';
import { href } from '../lib/href';
import { pick } from '../lib/pages/entries';
import { trackedLists } from './tracked-lists';
import {
  compareKeys,
  formatVanished,
  type CurrentItem,
  type PublishedKeys,
} from './published-keys';
import type { PlanProgressData } from './next-steps';
import { projectItems, weekItems } from './tracked-items';
import { topicReadItem } from './topic-read';
import { followedPhases, phaseItems } from '../lib/pages/plan';
import { routes } from '../lib/urls';
import { solvedKey } from '../practice/progress';

const publishedKeys: PublishedKeys = published;

/** Every tickable item on the site with the content file it is in, for the published-keys check. */
function currentItems(atlas: Atlas): CurrentItem[] {
  const file = (entry: { filePath?: string | undefined }) => entry.filePath ?? '';
  return [
    ...atlas.checklists.flatMap((c) =>
      c.data.groups.flatMap((g) =>
        g.items.map((i) => ({ key: `checklists/${c.id}/${i.id}`, text: i.text, file: file(c) })),
      ),
    ),
    ...atlas.projects.flatMap((p) =>
      projectItems(p.id, p.data.tasks).map((i) => ({ ...i, file: file(p) })),
    ),
    ...atlas.weeks.flatMap((w) =>
      weekItems(w.id, w.data.objectives).map((i) => ({ ...i, file: file(w) })),
    ),
    ...atlas.topics.map((t) => ({ ...topicReadItem(t), file: file(t) })),
    ...atlas.exercises.map((e) => ({
      key: solvedKey(e.id),
      text: `Solved: ${e.data.title}`,
      file: file(e),
    })),
  ];
}

/**
 * Fails the build when an edit would orphan readers' ticks: a published key that the content no
 * longer has, and that was not retired on purpose. The message names the file, the old key and
 * the likely new one, and both ways forward.
 */
function checkPublishedKeys(atlas: Atlas) {
  const comparison = compareKeys(publishedKeys, currentItems(atlas));
  if (comparison.vanished.length > 0) {
    throw new Error(
      `${comparison.vanished.length} tickable item(s) lost their key; readers' ticks on them would stop showing:\n${formatVanished(comparison.vanished)}`,
    );
  }
  return comparison;
}

/** Each plan's weeks with the items a reader ticks in them, for "what is next". */
function planProgress(atlas: Atlas): PlanProgressData[] {
  return atlas.plans
    .map((plan) => {
      const weeks = atlas.weeks.filter((w) => w.data.plan.id === plan.id);
      const planUrl = href(routes.plan(plan.id));
      // A plan in phases rather than weeks is followed phase by phase: through the tasks of each
      // phase's projects, or the topic pages of a phase without projects, then its checklists.
      const phases = followedPhases(plan)
        .map(({ phase, number }) => ({ phase, number, items: phaseItems(atlas, phase) }))
        .filter(({ items }) => items.length > 0);
      if (weeks.length === 0 && phases.length > 0) {
        return {
          id: plan.id,
          title: plan.data.title,
          url: planUrl,
          weeks: phases.map(({ phase, number, items }) => ({
            number,
            title: phase.title,
            label: `Phase ${number}: ${phase.title}`,
            url: planUrl,
            items: items.map(({ path, ...item }) => ({ ...item, url: href(path) })),
          })),
        };
      }
      return {
        id: plan.id,
        title: plan.data.title,
        url: planUrl,
        weeks: weeks.map((w) => {
          const url = href(routes.week(plan.id, w.data.number));
          const projects = pick(atlas.projects, w.data.projects);
          return {
            number: w.data.number,
            title: w.data.title,
            url,
            items: [
              ...weekItems(w.id, w.data.objectives).map((i) => ({ ...i, url })),
              ...projects.flatMap((p) =>
                projectItems(p.id, p.data.tasks).map((i) => ({
                  ...i,
                  url: href(routes.project(p.id)),
                })),
              ),
            ],
          };
        }),
      };
    })
    .filter((plan) => plan.weeks.length > 0);
}

/**
 * What the progress scripts fetch (/progress/catalog.json): every tickable list with its items,
 * the keys progress links index into (published ones only, so a position never changes meaning;
 * keys not published yet travel in links as text), and each plan's weeks for "what is next".
 */
export function progressCatalog(atlas: Atlas) {
  const { added } = checkPublishedKeys(atlas);
  if (added.length > 0) {
    console.warn(
      `[atlas:progress] ${added.length} new tickable item(s) are not published in src/content/progress-keys.json yet ` +
        '(progress links carry them as text until then): run `npm run progress-keys` after this build.',
    );
  }
  return {
    lists: trackedLists(atlas).map(({ title, url, items }) => ({ title, url, items })),
    linkKeys: publishedKeys.keys,
    plans: planProgress(atlas),
  };
}

export type ProgressCatalog = ReturnType<typeof progressCatalog>;
