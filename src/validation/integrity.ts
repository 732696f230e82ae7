/**
 * Rules over the content as a whole that no single entry's schema can state: prerequisites that
 * lead back to themselves, gaps, duplicates and overruns in a plan's week numbers, project numbers
 * used twice in a source, dates outside a plan's period.
 * Plain data in, plain data out (no Astro); the content layer applies them as the content loads
 * (src/validation), so `astro dev`, `astro build` and `npm run check` report the same.
 */
import { isoDay } from '../plans/dates.ts';

/** One broken rule: where it is (file and field) and what is wrong, with what is allowed. */
interface Violation {
  file: string;
  field: string;
  message: string;
}

/** The shape of a content entry this module needs; Astro's `CollectionEntry` fits it. */
export interface EntryLike<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

export interface PlanData {
  /** The plan's length in weeks, when it is organised in weeks. */
  durationWeeks?: number | undefined;
  startDate?: Date | undefined;
  endDate?: Date | undefined;
  milestones?: Array<{ date?: Date | undefined; title?: string }> | undefined;
}

export interface WeekData {
  plan: { id: string };
  number: number;
  startDate?: Date | undefined;
  endDate?: Date | undefined;
}

export interface ProjectData {
  prerequisites?: Array<{ id: string }> | undefined;
  /** Orders the projects of one source; used once per source. */
  number?: number | undefined;
  /** The source entry the project is taken from, as Astro stores a reference. */
  source?: { id: string } | undefined;
}

export interface IntegrityInput {
  plans: Array<EntryLike<PlanData>>;
  weeks: Array<EntryLike<WeekData>>;
  projects: Array<EntryLike<ProjectData>>;
}

const fileOf = (entry: EntryLike<unknown>, collection: string) =>
  entry.filePath ?? `src/content/${collection}/${entry.id}`;

/**
 * Prerequisite cycles among projects, each named once ("a → b → a"). A cycle is reported on its
 * alphabetically first project, at the prerequisite that starts the loop.
 */
export function prerequisiteCycles(projects: Array<EntryLike<ProjectData>>): Violation[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const next = (id: string) =>
    (byId.get(id)?.data.prerequisites ?? []).map((r) => r.id).filter((target) => byId.has(target));
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const cycles: string[][] = [];

  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    for (const target of next(id)) {
      if (state.get(target) === 'active') {
        const cycle = stack.slice(stack.indexOf(target));
        // Rotate to start at the smallest id, so one loop found from two places is named once.
        const start = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = rotated.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) if (!state.has(id)) visit(id);

  return cycles.map((cycle) => {
    const first = byId.get(cycle[0])!;
    const second = cycle[1] ?? cycle[0];
    const index = (first.data.prerequisites ?? []).findIndex((r) => r.id === second);
    return {
      file: fileOf(first, 'projects'),
      field: `prerequisites[${index}]`,
      message: `prerequisite cycle: ${[...cycle, cycle[0]].join(' → ')} (a project cannot lead back to itself through its prerequisites; remove one link of the loop)`,
    };
  });
}

/** "week 3" or "weeks 3–5". */
const weekRange = (from: number, to: number) =>
  from === to ? `week ${from}` : `weeks ${from}–${to}`;

/**
 * A plan's weeks are numbered 1, 2, 3 … with no gap, no number used twice and none beyond the
 * plan's `durationWeeks`. Each finding is one short line on the week file to change, naming the
 * files around it, so a writer never reads a list of numbers to find the culprit.
 */
export function weekNumbering(
  weeks: Array<EntryLike<WeekData>>,
  plans: Array<EntryLike<PlanData>> = [],
): Violation[] {
  const plansById = new Map(plans.map((p) => [p.id, p]));
  const byPlan = new Map<string, Array<EntryLike<WeekData>>>();
  for (const week of weeks)
    byPlan.set(week.data.plan.id, [...(byPlan.get(week.data.plan.id) ?? []), week]);
  const violations: Violation[] = [];
  for (const [planId, list] of [...byPlan].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort(
      (a, b) =>
        a.data.number - b.data.number || fileOf(a, 'weeks').localeCompare(fileOf(b, 'weeks')),
    );
    const plan = plansById.get(planId);
    const length = plan?.data.durationWeeks;
    const firstWith = new Map<number, EntryLike<WeekData>>();
    const inPlan: Array<EntryLike<WeekData>> = [];
    for (const week of sorted) {
      const { number } = week.data;
      if (length !== undefined && number > length) {
        violations.push({
          file: fileOf(week, 'weeks'),
          field: 'number',
          message: `week ${number} is beyond the length of plan "${planId}", which has ${length} week${length === 1 ? '' : 's'} (durationWeeks in ${fileOf(plan!, 'plans')}): number this week 1 to ${length}, or change the plan's durationWeeks`,
        });
        continue;
      }
      const first = firstWith.get(number);
      if (first) {
        violations.push({
          file: fileOf(week, 'weeks'),
          field: 'number',
          message: `plan "${planId}" has week ${number} twice (also ${fileOf(first, 'weeks')}); each week number is used once: renumber one of them`,
        });
      } else {
        firstWith.set(number, week);
        inPlan.push(week);
      }
    }
    // One line per gap, on the first week after it: that is the number to change, or the week before it to add.
    let previous: EntryLike<WeekData> | undefined;
    for (const week of inPlan) {
      const expected = (previous?.data.number ?? 0) + 1;
      if (week.data.number > expected) {
        const range = weekRange(expected, week.data.number - 1);
        const where = previous
          ? `between ${fileOf(previous, 'weeks')} (week ${previous.data.number}) and this file (week ${week.data.number})`
          : `before this file (week ${week.data.number}); weeks start at 1`;
        violations.push({
          file: fileOf(week, 'weeks'),
          field: 'number',
          message: `${range} missing in plan "${planId}", ${where} (week numbers run 1, 2, 3 … without gaps)`,
        });
      }
      previous = week;
    }
  }
  return violations;
}

/** Numbers that order the projects of one source are used once in that source. */
export function projectNumbers(projects: Array<EntryLike<ProjectData>>): Violation[] {
  const firstWith = new Map<string, EntryLike<ProjectData>>();
  const violations: Violation[] = [];
  const sorted = [...projects].sort((a, b) =>
    fileOf(a, 'projects').localeCompare(fileOf(b, 'projects')),
  );
  for (const project of sorted) {
    const { number } = project.data;
    const source = project.data.source?.id;
    if (number === undefined) continue;
    const key = `${source ?? ''}\u0000${number}`;
    const first = firstWith.get(key);
    if (first) {
      violations.push({
        file: fileOf(project, 'projects'),
        field: 'number',
        message: `project number ${number} is used twice in source "${source ?? '(none)'}" (also ${fileOf(first, 'projects')}); numbers order a source's projects and are used once: renumber one of them`,
      });
    } else firstWith.set(key, project);
  }
  return violations;
}

/** Where a date must lie, for messages: "between 2025-08-19 and 2025-10-18". */
function periodText(start?: Date, end?: Date): string {
  if (start && end) return `between ${isoDay(start)} and ${isoDay(end)}`;
  return start ? `on or after ${isoDay(start)}` : `on or before ${isoDay(end!)}`;
}

function outsidePeriod(date: Date, start?: Date, end?: Date): boolean {
  return (start !== undefined && date < start) || (end !== undefined && date > end);
}

/**
 * Dates: a plan's and a week's start come no later than their end; a week's dates and a plan's
 * milestone dates lie inside the plan's period (when the plan has one).
 */
export function planDates(
  plans: Array<EntryLike<PlanData>>,
  weeks: Array<EntryLike<WeekData>>,
): Violation[] {
  const violations: Violation[] = [];
  const plansById = new Map(plans.map((p) => [p.id, p]));
  const order = (file: string, start?: Date, end?: Date) => {
    if (start && end && start > end) {
      violations.push({
        file,
        field: 'startDate',
        message: `startDate ${isoDay(start)} is after endDate ${isoDay(end)} (a period starts on or before its end)`,
      });
    }
  };
  for (const plan of plans) {
    const { startDate, endDate } = plan.data;
    const file = fileOf(plan, 'plans');
    order(file, startDate, endDate);
    if (!startDate && !endDate) continue;
    (plan.data.milestones ?? []).forEach((milestone, i) => {
      if (milestone.date && outsidePeriod(milestone.date, startDate, endDate)) {
        violations.push({
          file,
          field: `milestones[${i}].date`,
          message: `milestone date ${isoDay(milestone.date)} is outside the plan's period (allowed: ${periodText(startDate, endDate)})`,
        });
      }
    });
  }
  for (const week of weeks) {
    const file = fileOf(week, 'weeks');
    order(file, week.data.startDate, week.data.endDate);
    const plan = plansById.get(week.data.plan.id);
    if (!plan || (!plan.data.startDate && !plan.data.endDate)) continue;
    for (const field of ['startDate', 'endDate'] as const) {
      const date = week.data[field];
      if (date && outsidePeriod(date, plan.data.startDate, plan.data.endDate)) {
        violations.push({
          file,
          field,
          message: `${field} ${isoDay(date)} is outside the period of plan "${plan.id}" (allowed: ${periodText(plan.data.startDate, plan.data.endDate)}, from ${fileOf(plan, 'plans')})`,
        });
      }
    }
  }
  return violations;
}

/** Every integrity rule over the whole content, in a stable order. */
export function checkIntegrity(content: IntegrityInput): Violation[] {
  return [
    ...prerequisiteCycles(content.projects),
    ...projectNumbers(content.projects),
    ...weekNumbering(content.weeks, content.plans),
    ...planDates(content.plans, content.weeks),
  ];
}
