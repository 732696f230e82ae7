import { BODY, heading, outline } from '../headings';
import { planTimeline } from '../mermaid-source';
import { formatDate, formatDateRange } from '../plans';
import { planTime, type PlanTime } from '../plan-time';
import { keysOf, projectItems, weekItems } from '../tracked-lists';
import { routes } from '../urls';
import { pick, weeksOf, type AtlasData, type PlanEntry, type TopicEntry } from './entries';
import { linker, type Fact, type LinkItem } from './view';

const day = (date?: Date) => date?.toISOString().slice(0, 10);

/** Everything a reader can tick in a plan: its weeks' objectives and the tasks of the projects it schedules. */
export function planItems(atlas: Pick<AtlasData, 'weeks' | 'projects'>, plan: PlanEntry) {
  const weeks = weeksOf(atlas, plan.id);
  const projectRefs = [
    ...weeks.flatMap((w) => w.data.projects),
    ...plan.data.phases.flatMap((p) => p.projects),
  ];
  const projects = pick(atlas.projects, [...new Map(projectRefs.map((r) => [r.id, r])).values()]);
  return [
    ...weeks.flatMap((w) => weekItems(w.id, w.data.objectives)),
    ...projects.flatMap((p) => projectItems(p.id, p.data.tasks)),
  ];
}

/** A milestone as the plan page lists it: "12 Aug 2025 · week 4: project 4 shipped". */
export interface MilestoneLine {
  date?: string | undefined;
  week?: number | undefined;
  title: string;
}

/** One row of a plan's week-by-week table; `datesKey` lets the calendar script re-date the row. */
export interface WeekRow {
  href: string;
  number: number;
  datesKey: string;
  dates: string;
  title: string;
  focus: string;
  projects: LinkItem[];
}

/** One phase of a plan organised by phase rather than by week. */
export interface PhaseItem {
  title: string;
  duration?: string | undefined;
  focus?: string | undefined;
  projects: LinkItem[];
  topics: TopicEntry[];
}

/** Everything a plan page renders: the plan, its weeks, phases and milestones. */
export function planPageProps(atlas: AtlasData, plan: PlanEntry, base: string) {
  const d = plan.data;
  const link = linker(base);
  const weeks = weeksOf(atlas, plan.id);
  const time = planTime(d);
  const facts: Fact[] = [
    ['Hours per week', time.hoursText],
    ['Length', time.lengthText],
    ['Level', d.level],
    ['Dates', formatDateRange(d.startDate, d.endDate)],
    ['Cadence', d.cadence],
    ['Author', d.author],
  ];
  return {
    title: d.title,
    summary: d.summary,
    file: plan.filePath,
    level: d.level,
    keywords: d.keywords,
    facts,
    topics: pick(atlas.topics, d.topics),
    progressKeys: keysOf(planItems(atlas, plan)),
    /** The one-page print view, for plans that have weeks to print. */
    printHref: weeks.length > 0 ? link(`/plans/${plan.id}/print/`) : undefined,
    prerequisites: d.prerequisites,
    outcomes: d.outcomes,
    weeks,
    weekRows: weeks.map((w): WeekRow => ({
      href: link(routes.week(plan.id, w.data.number)),
      number: w.data.number,
      datesKey: `${plan.id}/${w.data.number}`,
      dates: formatDateRange(w.data.startDate, w.data.endDate) ?? '—',
      title: w.data.title,
      focus: w.data.focus,
      projects: pick(atlas.projects, w.data.projects).map((p) => ({
        href: link(routes.project(p.id)),
        title: p.data.title,
      })),
    })),
    timeline: {
      code: planTimeline(
        d.title,
        weeks.map((w) => ({
          number: w.data.number,
          title: w.data.title,
          start: day(w.data.startDate),
          end: day(w.data.endDate),
        })),
        d.milestones.map((m) => ({ title: m.title, date: day(m.date) })),
      ),
      caption: `Timeline of ${d.title}, generated from its weeks${d.milestones.some((m) => m.date) ? ' and dated milestones' : ''}. The table above holds the same facts.`,
    },
    phases: d.phases.map((phase): PhaseItem => ({
      title: phase.title,
      duration: phase.duration,
      focus: phase.focus,
      projects: pick(atlas.projects, phase.projects).map((p) => ({
        href: link(routes.project(p.id)),
        title: p.data.title,
      })),
      topics: pick(atlas.topics, phase.topics),
    })),
    milestones: d.milestones.map((m): MilestoneLine => ({
      date: m.date && formatDate(m.date),
      week: m.week,
      title: m.title,
    })),
    source: d.source,
    outline: outline([
      ['prerequisites', 'Prerequisites', d.prerequisites.length > 0],
      ['outcomes', 'Outcomes', d.outcomes.length > 0],
      ['weeks', 'Week by week', weeks.length > 0],
      ['phases', 'Phases', d.phases.length > 0],
      ['milestones', 'Milestones', d.milestones.length > 0],
      BODY,
    ]),
  };
}

/** One plan card (plans index, home page's chooser): the time it asks for first, as the source gives it. */
export interface PlanCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  level: string;
  time: PlanTime;
  /** "4 phases" for a plan organised by phases rather than weeks. */
  shape?: string | undefined;
  progressKeys: string[];
}

export function planCards(atlas: AtlasData, base: string): PlanCard[] {
  const link = linker(base);
  return [...atlas.plans]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((plan) => {
      const weeks = weeksOf(atlas, plan.id).length;
      const phases = plan.data.phases.length;
      return {
        id: plan.id,
        href: link(routes.plan(plan.id)),
        title: plan.data.title,
        summary: plan.data.summary,
        level: plan.data.level,
        time: planTime(plan.data),
        shape: weeks === 0 && phases > 0 ? `${phases} phase${phases === 1 ? '' : 's'}` : undefined,
        progressKeys: keysOf(planItems(atlas, plan)),
      };
    });
}

/**
 * A whole plan on one page for printing: each week's dates, focus, objectives, schedule and
 * projects with their tasks. Each week is a section of the table of contents.
 */
export function planPrintProps(atlas: AtlasData, plan: PlanEntry) {
  const weeks = weeksOf(atlas, plan.id).map((w) => ({
    id: w.id,
    heading: heading(`Week ${w.data.number}: ${w.data.title}`),
    number: w.data.number,
    dates: formatDateRange(w.data.startDate, w.data.endDate),
    focus: w.data.focus,
    objectives: w.data.objectives,
    blocks: w.data.blocks,
    projects: pick(atlas.projects, w.data.projects).map((p) => ({
      id: p.id,
      title: p.data.title,
      summary: p.data.summary,
      tasks: p.data.tasks,
    })),
  }));
  return {
    title: `${plan.data.title} — all weeks`,
    description: `Every week of ${plan.data.title} on one page, ready to print.`,
    summary: plan.data.summary,
    // The printout carries the reader's "N of M done" for the whole plan.
    progressKeys: keysOf(planItems(atlas, plan)),
    weeks,
    topics: atlas.topics,
    headings: weeks.map((w) => w.heading),
  };
}
