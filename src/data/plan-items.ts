import { pick, type Atlas, type Plan } from './atlas';
import { projectItems, weekItems } from '../lib/tracked-lists';

/** Everything a reader can tick in a plan: its weeks' objectives and the tasks of the projects it schedules. */
export function planItems(atlas: Atlas, plan: Plan) {
  const weeks = atlas.weeks.filter((w) => w.data.plan.id === plan.id);
  const projectRefs = [...weeks.flatMap((w) => w.data.projects), ...plan.data.phases.flatMap((p) => p.projects)];
  const projects = pick(atlas.projects, [...new Map(projectRefs.map((r) => [r.id, r])).values()]);
  return [...weeks.flatMap((w) => weekItems(w.id, w.data.objectives)), ...projects.flatMap((p) => projectItems(p.id, p.data.tasks))];
}
