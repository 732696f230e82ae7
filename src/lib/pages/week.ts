import { outline, BODY } from '../headings';
import { formatDateRange } from '../../plans/format';
import { keysOf, weekItems } from '../../progress/tracked-items';
import { routes } from '../urls';
import { pick, weeksOf, type AtlasData, type WeekEntry } from './entries';
import { linker, type Fact, type LinkItem, type TickList } from './view';
import { exerciseLinks, exercisesOfWeek } from '../../practice/page-props';

/** Everything a plan week's page renders: the week, its plan, its projects and its neighbours. */
export function weekPageProps(atlas: AtlasData, week: WeekEntry, base: string) {
  const d = week.data;
  const link = linker(base);
  const plan = atlas.plans.find((p) => p.id === d.plan.id);
  // The build has checked every reference; a week without its plan is a bug here, not bad content.
  if (!plan)
    throw new Error(`Week "${week.id}" names plan "${d.plan.id}", which the atlas does not hold.`);
  const siblings = weeksOf(atlas, plan.id);
  const projects = pick(atlas.projects, d.projects);
  const projectLinks = projects.map((p): LinkItem => ({
    href: link(routes.project(p.id)),
    title: p.data.title,
    description: p.data.summary,
  }));
  const objectives: TickList = {
    collection: 'weeks',
    entry: week.id,
    items: d.objectives,
    keys: keysOf(weekItems(week.id, d.objectives)),
  };
  // The dates once: in the source's own words where it gives them (with the year they lack).
  const year = d.endDate?.getUTCFullYear() ?? d.startDate?.getUTCFullYear();
  const exercises = exerciseLinks(exercisesOfWeek(atlas.exercises ?? [], week.id), base);
  const facts: Fact[] = [
    ['Week', `${d.number} of ${siblings.length}`],
    [
      'Dates',
      d.datesAsStated
        ? `${d.datesAsStated}${year ? ` ${year}` : ''}`
        : formatDateRange(d.startDate, d.endDate),
      `${plan.id}/${d.number}`,
    ],
  ];
  return {
    title: `Week ${d.number}: ${d.title}`,
    focus: d.focus,
    file: week.filePath,
    level: plan.data.level,
    plan: { href: link(routes.plan(plan.id)), title: plan.data.title },
    /** The plan and its weeks, for the reader's own dates (ReaderDates.astro). */
    calendar: { plan, weeks: siblings },
    facts,
    topics: pick(atlas.topics, d.topics),
    objectives,
    blocks: d.blocks,
    allTopics: atlas.topics,
    projects: projectLinks,
    exercises,
    // A project the schedule already names (its "Project 2" block) is linked there, not listed again.
    otherProjects: projectLinks.filter(
      (p) => !d.blocks.some((b) => b.kind === 'project' && b.title === p.title),
    ),
    outline: outline([
      ['objectives', 'Objectives', d.objectives.length > 0],
      ['schedule', 'Schedule', d.blocks.length > 0],
      [
        'projects',
        'Projects',
        projectLinks.some(
          (p) => !d.blocks.some((b) => b.kind === 'project' && b.title === p.title),
        ),
      ],
      ['exercises', 'SQL exercises', exercises.length > 0],
      BODY,
    ]),
  };
}
