import type { DataOf, Entry, TopicEntry, WeekEntry } from '../lib/pages/entries';
import { pick } from '../lib/pages/entries';
import { BODY, heading, outline } from '../lib/headings';
import { routes } from '../lib/urls';
import { linker, type LinkItem } from '../lib/pages/view';
import { levels } from '../schemas/enums';
import { contentModel } from '../content-model';
import { exerciseVersion } from './exercise-version';
import { solvedKey } from './progress';

/** Page props of the practice pages, from plain entries (unit-testable without Astro). */
type ExerciseEntry = Entry<DataOf<'exercises'>>;
type DatasetEntry = Entry<DataOf<'datasets'>>;

interface PracticeAtlas {
  exercises: ExerciseEntry[];
  datasets: DatasetEntry[];
  topics: TopicEntry[];
  weeks: WeekEntry[];
  plans: Array<Entry<{ title: string }>>;
}

export const practiceRoutes = {
  index: () => contentModel.exercises.indexPath,
  exercise: (id: string) => contentModel.exercises.entryPath(id),
  dataset: (id: string) => contentModel.datasets.entryPath(id),
  /** The dataset's SQL as a file the runner fetches on first use. */
  datasetSql: (id: string) => contentModel.datasets.entryPath(id).replace(/\/$/, '.sql'),
};

const levelTitle = (level: string) => level[0].toUpperCase() + level.slice(1);

const weekLabel = (atlas: Pick<PracticeAtlas, 'plans'>, week: WeekEntry) =>
  `${atlas.plans.find((p) => p.id === week.data.plan.id)?.data.title ?? week.data.plan.id}, week ${week.data.number}`;

/** Links to exercises, for topic and week pages. */
export function exerciseLinks(exercises: readonly ExerciseEntry[], base: string): LinkItem[] {
  const link = linker(base);
  return exercises.map((e) => ({
    href: link(practiceRoutes.exercise(e.id)),
    title: e.data.title,
    description: e.data.level,
  }));
}

/** The exercises that serve a plan week. */
export const exercisesOfWeek = (exercises: readonly ExerciseEntry[], weekId: string) =>
  exercises.filter((e) => e.data.weeks.some((w) => w.id === weekId));

/** One card of the catalog. */
export function exerciseCard(atlas: PracticeAtlas, exercise: ExerciseEntry, base: string) {
  const link = linker(base);
  const dataset = atlas.datasets.find((d) => d.id === exercise.data.dataset.id);
  return {
    id: exercise.id,
    href: link(practiceRoutes.exercise(exercise.id)),
    title: exercise.data.title,
    level: exercise.data.level,
    dataset: dataset?.data.title ?? exercise.data.dataset.id,
    topics: pick(atlas.topics, exercise.data.topics).map((t) => ({
      id: t.id,
      title: t.data.title,
    })),
    weeks: exercise.data.weeks.map((w) => w.id),
    solvedKey: solvedKey(exercise.id),
  };
}

/** The catalog: exercises grouped by level, and the options of its level, topic and week filters. */
export function practiceCatalogProps(atlas: PracticeAtlas, base: string) {
  const groups = levels
    .map((level) => ({
      level,
      heading: heading(levelTitle(level)),
      cards: atlas.exercises
        .filter((e) => e.data.level === level)
        .map((e) => exerciseCard(atlas, e, base)),
    }))
    .filter((g) => g.cards.length > 0);
  const used = <T extends { id: string }>(entries: T[], ids: Set<string>) =>
    entries.filter((e) => ids.has(e.id));
  const topicIds = new Set(atlas.exercises.flatMap((e) => e.data.topics.map((t) => t.id)));
  const weekIds = new Set(atlas.exercises.flatMap((e) => e.data.weeks.map((w) => w.id)));
  const link = linker(base);
  const datasetsHeading = heading('Datasets');
  return {
    count: atlas.exercises.length,
    groups,
    datasets: atlas.datasets.map((d) => ({
      href: link(practiceRoutes.dataset(d.id)),
      title: d.data.title,
      description: d.data.description,
    })),
    headings: [...groups.map((g) => g.heading), datasetsHeading],
    datasetsHeading,
    filters: {
      levels: levels.map((l) => ({ value: l, label: levelTitle(l) })),
      topics: used(atlas.topics, topicIds).map((t) => ({ value: t.id, label: t.data.title })),
      weeks: used(atlas.weeks, weekIds).map((w) => ({ value: w.id, label: weekLabel(atlas, w) })),
    },
  };
}

/** What an exercise page renders (the task itself is the entry's body). */
export function exercisePageProps(atlas: PracticeAtlas, exercise: ExerciseEntry, base: string) {
  const d = exercise.data;
  const link = linker(base);
  const dataset = atlas.datasets.find((x) => x.id === d.dataset.id);
  if (!dataset)
    throw new Error(
      `Exercise "${exercise.id}" names dataset "${d.dataset.id}", which the atlas does not hold.`,
    );
  const weeks = pick(atlas.weeks, d.weeks).map((w): LinkItem => ({
    href: link(routes.week(w.data.plan.id, w.data.number)),
    title: weekLabel(atlas, w),
    description: w.data.title,
  }));
  return {
    id: exercise.id,
    href: link(practiceRoutes.exercise(exercise.id)),
    title: d.title,
    file: exercise.filePath,
    level: d.level,
    topics: pick(atlas.topics, d.topics),
    dataset: {
      id: dataset.id,
      title: dataset.data.title,
      href: link(practiceRoutes.dataset(dataset.id)),
      sqlHref: link(practiceRoutes.datasetSql(dataset.id)),
      sql: dataset.data.sql,
    },
    weeks,
    hints: d.hints,
    solution: d.solution,
    explanation: d.explanation,
    sources: d.sources,
    mistakes: d.mistakes,
    /** What the runner needs to check an answer, as data for the page's script. */
    check: {
      exercise: exercise.id,
      solution: d.solution,
      verify: d.verify,
      compare: d.compare,
      solvedKey: solvedKey(exercise.id),
      version: exerciseVersion({
        datasetSql: dataset.data.sql,
        solution: d.solution,
        verify: d.verify,
        compare: d.compare,
      }),
    },
    outline: outline([
      BODY,
      ['try', 'Your answer', true],
      ['dataset', 'The data', true],
      ['help', 'Hints and solution', true],
      ['weeks', 'Plan weeks', weeks.length > 0],
    ]),
  };
}

/** A dataset's page: its description, the exercises on it and (from datasetFacts) its tables. */
export function datasetPageProps(atlas: PracticeAtlas, dataset: DatasetEntry, base: string) {
  const exercises = atlas.exercises.filter((e) => e.data.dataset.id === dataset.id);
  return {
    title: dataset.data.title,
    description: dataset.data.description,
    file: dataset.filePath,
    sql: dataset.data.sql,
    exercises: exerciseLinks(exercises, base),
    outline: outline([
      ['tables', 'Tables', true],
      ['exercises', 'Exercises', exercises.length > 0],
      ['sql', 'The SQL that builds it', true],
    ]),
  };
}
