import { BODY, heading, outline } from '../headings';
import { formatDate, formatDateRange } from '../../plans/format';
import { planTime, type PlanTime } from '../../plans/time';
import {
  checklistItems,
  keysOf,
  projectItems,
  weekItems,
  type TrackedItem,
} from '../../progress/tracked-items';
import { topicReadItem } from '../../progress/topic-read';
import { routes } from '../urls';
import { pick, weeksOf, type AtlasData, type PlanEntry, type TopicEntry } from './entries';
import { linker, type Fact, type LinkItem } from './view';

type PlanPhase = PlanEntry['data']['phases'][number];

/** One thing to tick in a phase, with the site path of the page where it is ticked. */
interface PhaseTick extends TrackedItem {
  path: string;
}

/**
 * What a reader ticks in one phase of a plan in phases: the tasks of its projects; for a phase
 * without projects (topics only), reading each of its topic pages; then the items of the
 * checklists that close the phase.
 */
export function phaseItems(
  atlas: Pick<AtlasData, 'projects' | 'topics' | 'checklists'>,
  phase: PlanPhase,
): PhaseTick[] {
  const work =
    phase.projects.length > 0
      ? pick(atlas.projects, phase.projects).flatMap((p) =>
          projectItems(p.id, p.data.tasks).map((i) => ({ ...i, path: routes.project(p.id) })),
        )
      : pick(atlas.topics, phase.topics).map((t) => ({
          ...topicReadItem(t),
          path: routes.topic(t.id),
        }));
  const checks = pick(atlas.checklists, phase.checklists).flatMap((c) =>
    checklistItems(c.id, c.data.groups).map((i) => ({ ...i, path: routes.checklist(c.id) })),
  );
  return [...work, ...checks];
}

/** The phases a plan is followed by: those that are not a grouping of its weeks. */
export const followedPhases = (plan: PlanEntry) =>
  plan.data.phases
    .map((phase, index) => ({ phase, number: index + 1 }))
    .filter(({ phase }) => phase.weeks.length === 0);

/**
 * Everything a reader can tick in a plan: its weeks' objectives and the tasks of the projects
 * they schedule, then what its phases ask for (see phaseItems); each item once.
 */
export function planItems(
  atlas: Pick<AtlasData, 'weeks' | 'projects' | 'topics' | 'checklists'>,
  plan: PlanEntry,
): TrackedItem[] {
  const weeks = weeksOf(atlas, plan.id);
  const projects = pick(
    atlas.projects,
    weeks.flatMap((w) => w.data.projects),
  );
  const items = [
    ...weeks.flatMap((w) => weekItems(w.id, w.data.objectives)),
    ...projects.flatMap((p) => projectItems(p.id, p.data.tasks)),
    ...followedPhases(plan).flatMap(({ phase }) =>
      phaseItems(atlas, phase).map(({ key, text }) => ({ key, text })),
    ),
  ];
  return [...new Map(items.map((i) => [i.key, i])).values()];
}

/** A milestone as the plan page lists it: "12 Aug 2025 · week 4: project 4 shipped". */
export interface MilestoneLine {
  date?: string | undefined;
  week?: number | undefined;
  title: string;
}

const milestoneLines = (plan: PlanEntry) =>
  plan.data.milestones.map((m): MilestoneLine => ({
    date: m.date && formatDate(m.date),
    week: m.week,
    title: m.title,
  }));

/** One row of a plan's week-by-week table; `datesKey` lets the calendar script re-date the row. */
export interface WeekRow {
  href: string;
  number: number;
  datesKey: string;
  /** The source's dates; empty when it gives none (the reader's start day fills them in). */
  dates: string;
  title: string;
  focus: string;
  projects: LinkItem[];
}

/** A phase of a plan in weeks: a heading row of the week table above the weeks it spans. */
export interface WeekPhase {
  title: string;
  focus?: string | undefined;
  weeks: number[];
  topics: LinkItem[];
}

/** One phase of a plan organised by phase rather than by week. */
export interface PhaseItem {
  title: string;
  duration?: string | undefined;
  focus?: string | undefined;
  projects: LinkItem[];
  /** Its topics as chips; empty where they are ticked as read instead (`reads`). */
  topics: TopicEntry[];
  /** For a phase without projects: each topic page to read, with the key of its tick. */
  reads: Array<LinkItem & { key: string; text: string }>;
  /** Checklists that close the phase, with their items to tick here too. */
  checklists: Array<LinkItem & { items: TrackedItem[] }>;
}

/**
 * The plan's topics for its folded list, or none when its phases already list every one of them
 * (the three-phase plan): the same list twice tells the reader nothing new.
 */
function topicsBeyondPhases(atlas: Pick<AtlasData, 'topics'>, d: PlanEntry['data']) {
  const topics = pick(atlas.topics, d.topics);
  const inPhases = new Set(
    d.phases.flatMap((phase) => pick(atlas.topics, phase.topics).map((topic) => topic.id)),
  );
  return topics.every((topic) => inPhases.has(topic.id)) ? [] : topics;
}

/** Everything a plan page renders: the plan, its weeks, phases and milestones. */
export function planPageProps(atlas: AtlasData, plan: PlanEntry, base: string) {
  const d = plan.data;
  const link = linker(base);
  // The projects and topics a week or phase names, as links to their pages.
  const projectLinks = (refs: ReadonlyArray<{ id: string }>): LinkItem[] =>
    pick(atlas.projects, refs).map((p) => ({
      href: link(routes.project(p.id)),
      title: p.data.title,
    }));
  const topicLinks = (refs: ReadonlyArray<{ id: string }>): LinkItem[] =>
    pick(atlas.topics, refs).map((t) => ({ href: link(routes.topic(t.id)), title: t.data.title }));
  const weeks = weeksOf(atlas, plan.id);
  const time = planTime(d);
  const facts: Fact[] = [
    ['Hours per week', time.hoursText],
    ['Length', time.lengthText],
    ['Level', d.level],
    // Re-dated with the weeks when the reader picks a start day (src/plans/redate-plan.ts).
    ['Dates', formatDateRange(d.startDate, d.endDate), weeks.length ? `${plan.id}/all` : undefined],
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
    hoursSplit: d.hoursSplit,
    topics: topicsBeyondPhases(atlas, d),
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
      dates: formatDateRange(w.data.startDate, w.data.endDate) ?? '',
      title: w.data.title,
      // Where the week's focus is its phase's headline (the 10-week path gives both weeks of a
      // phase the same one), the phase row above already says it.
      focus: d.phases.some(
        (phase) => phase.weeks.includes(w.data.number) && phase.focus?.startsWith(w.data.focus),
      )
        ? ''
        : w.data.focus,
      projects: projectLinks(w.data.projects),
    })),
    /** Whether the source dates the weeks; otherwise the table's Dates column waits for a start day. */
    datedWeeks: weeks.some((w) => w.data.startDate || w.data.endDate),
    // Phases that group weeks are heading rows of the week table, not a second list of the weeks.
    weekPhases: d.phases
      .filter((phase) => phase.weeks.length > 0)
      .map((phase): WeekPhase => ({
        title: phase.title,
        focus: phase.focus,
        weeks: phase.weeks,
        topics: topicLinks(phase.topics),
      })),
    phases: d.phases
      .filter((phase) => phase.weeks.length === 0)
      .map((phase): PhaseItem => ({
        title: phase.title,
        duration: phase.duration,
        focus: phase.focus,
        projects: projectLinks(phase.projects),
        topics: phase.projects.length > 0 ? pick(atlas.topics, phase.topics) : [],
        reads:
          phase.projects.length > 0
            ? []
            : pick(atlas.topics, phase.topics).map((t) => ({
                ...topicReadItem(t),
                href: link(routes.topic(t.id)),
                title: t.data.title,
              })),
        checklists: pick(atlas.checklists, phase.checklists).map((c) => ({
          href: link(routes.checklist(c.id)),
          title: c.data.title,
          items: checklistItems(c.id, c.data.groups),
        })),
      })),
    milestones: milestoneLines(plan),
    source: d.source,
    outline: outline([
      ['prerequisites', 'Prerequisites', d.prerequisites.length > 0],
      ['outcomes', 'Outcomes', d.outcomes.length > 0],
      ['weeks', 'Week by week', weeks.length > 0],
      ['phases', 'Phases', d.phases.some((phase) => phase.weeks.length === 0)],
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
export function planPrintProps(atlas: AtlasData, plan: PlanEntry, base: string) {
  const link = linker(base);
  const weeks = weeksOf(atlas, plan.id).map((w) => ({
    id: w.id,
    heading: heading(`Week ${w.data.number}: ${w.data.title}`),
    number: w.data.number,
    dates: formatDateRange(w.data.startDate, w.data.endDate),
    datesKey: `${plan.id}/${w.data.number}`,
    focus: w.data.focus,
    objectives: w.data.objectives,
    blocks: w.data.blocks,
    projects: pick(atlas.projects, w.data.projects).map((p) => ({
      id: p.id,
      title: p.data.title,
      summary: p.data.summary,
      tasks: p.data.tasks,
      // A project the week's schedule names ("Project 1 (Sun): …") is titled and described in
      // that block; its tasks follow without naming it a second time.
      namedInSchedule: w.data.blocks.some((b) => b.kind === 'project' && b.title === p.data.title),
    })),
    /** For the schedule's project blocks: the project each names, and what it builds. */
    projectLinks: pick(atlas.projects, w.data.projects).map((p): LinkItem => ({
      href: link(routes.project(p.id)),
      title: p.data.title,
      description: p.data.summary,
    })),
  }));
  const time = planTime(plan.data);
  return {
    /** The first printed page: what the plan asks for, and its weeks at a glance. */
    overview: {
      facts: [
        ['Hours per week', time.hoursText],
        ['Length', time.lengthText],
        // Re-dated with the weeks when the reader set a start day (src/plans/reader-dates.ts).
        ['Dates', formatDateRange(plan.data.startDate, plan.data.endDate), `${plan.id}/all`],
      ] satisfies Fact[],
      weeks: weeks.map((w) => ({
        number: w.number,
        title: w.heading.text,
        dates: w.dates,
        datesKey: w.datesKey,
      })),
      dated: weeks.some((w) => w.dates),
      milestones: milestoneLines(plan),
    },
    calendar: { plan, weeks: weeksOf(atlas, plan.id) },
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
