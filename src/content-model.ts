import type { z } from 'astro/zod';
import { checklistSchema } from './schemas/checklists.ts';
import { datasetSchema } from './schemas/datasets.ts';
import { exerciseSchema } from './schemas/exercises.ts';
import { planSchema } from './schemas/plans.ts';
import { projectSchema } from './schemas/projects.ts';
import { readingSchema } from './schemas/reading.ts';
import type { CollectionName, ReferenceFn } from './schemas/reference.ts';
import { resourceSchema } from './schemas/resources.ts';
import { sourceSchema } from './schemas/sources.ts';
import { templateSchema } from './schemas/templates.ts';
import { topicSchema } from './schemas/topics.ts';
import { weekSchema } from './schemas/weeks.ts';

/**
 * The content model: every collection of our own, named once. `content.config.ts`, the URL
 * helpers, page kinds, link checks, navigation, `npm run new`, `npm run check` and the
 * benchmark's synthetic content are all derived from this table. Starlight's own `docs` and
 * `i18n` collections are wired in `content.config.ts` and are not listed here.
 *
 * Adding a collection is one entry here, one schema in `src/schemas/` and one route in
 * `src/pages/`. Plain data and functions only: no Astro imports, so Node tools can load it.
 */
export interface CollectionModel {
  /** Folder below `src/content/` that holds the entries. */
  folder: string;
  /** File extensions of an entry, without the dot; the first is what `npm run new` writes. */
  extensions: readonly string[];
  /** The Zod schema of one entry, given Astro's `reference()` (or a stand-in outside Astro). */
  schema: (reference: ReferenceFn) => z.ZodType;
  /** The entry's name in `npm run new -- <kind>`, and what such an entry is. */
  scaffold: { kind: string; what: string; body?: string };
  /** What one entry is called on the site ("Topic"), and many ("Topics"). */
  label: { one: string; many: string };
  /** Site path of the collection's index page, without the base path. */
  indexPath: string;
  /**
   * Site path of one entry's page, from its id (as the glob loader derives it). A collection
   * whose entries have no page of their own returns the page that shows them, whatever the id.
   */
  entryPath: (id: string) => string;
  /**
   * Reference fields by path, `[]` standing for every item of a list, with the collection they
   * point at: `{ 'topics[]': 'topics', 'blocks[].topic': 'topics' }`.
   */
  references: Readonly<Record<string, string>>;
  /** Lists of tickable items by path (each item has `id` and `text`), e.g. `['tasks']`. */
  tickable: readonly string[];
  /**
   * True when a Markdown link to an entry's page (`[Kafka](/topics/apache-kafka/)`) in a guide
   * counts as a reference: the entry's page then lists the guide, and a link to a missing entry
   * fails the build like a dangling reference field.
   */
  linkedFromText?: boolean;
  /**
   * What an id looks like, as a pattern source, when the files follow a naming rule; entries of
   * other collections may have any id the glob loader derives (folders included).
   */
  idPattern?: string;
}

const md = ['md', 'mdx'] as const;

export const contentModel = {
  plans: {
    folder: 'plans',
    scaffold: {
      kind: 'plan',
      what: 'a study plan, split into weeks or phases',
      body: 'an overview of the plan (Markdown)',
    },
    extensions: md,
    schema: planSchema,
    label: { one: 'Plan', many: 'Plans' },
    indexPath: '/plans/',
    entryPath: (id) => `/plans/${id}/`,
    references: {
      source: 'sources',
      'topics[]': 'topics',
      'phases[].projects[]': 'projects',
      'phases[].topics[]': 'topics',
      'phases[].checklists[]': 'checklists',
    },
    tickable: [],
  },
  weeks: {
    folder: 'weeks',
    scaffold: {
      kind: 'week',
      what: "a week of a plan (needs --plan <plan-id>; takes the plan's next free week number)",
      body: 'anything else about the week (Markdown), or delete this line',
    },
    extensions: md,
    schema: weekSchema,
    label: { one: 'Plan week', many: 'Plan weeks' },
    indexPath: '/plans/',
    // A week's file is `weeks/<plan>/week-<n>.md` (as `npm run new` writes it), so its id
    // `<plan>/week-<n>` is its path below /plans/.
    entryPath: (id) => `/plans/${id}/`,
    idPattern: '[^/]+/week-[1-9][0-9]*',
    references: {
      plan: 'plans',
      'topics[]': 'topics',
      'projects[]': 'projects',
      'blocks[].topic': 'topics',
    },
    tickable: ['objectives'],
  },
  projects: {
    folder: 'projects',
    scaffold: {
      kind: 'project',
      what: 'a project to build, with its skills, tools, tasks and topics',
      body: 'anything else about the project (Markdown), or delete this line',
    },
    extensions: md,
    schema: projectSchema,
    label: { one: 'Project', many: 'Projects' },
    indexPath: '/projects/',
    entryPath: (id) => `/projects/${id}/`,
    references: { source: 'sources', 'topics[]': 'topics', 'prerequisites[]': 'projects' },
    tickable: ['tasks'],
    linkedFromText: true,
  },
  topics: {
    folder: 'topics',
    scaffold: {
      kind: 'topic',
      what: 'a concept or tool; its page gathers everything that links to it',
      body: 'the topic in a few paragraphs (Markdown)',
    },
    extensions: md,
    schema: topicSchema,
    label: { one: 'Topic', many: 'Topics' },
    indexPath: '/topics/',
    entryPath: (id) => `/topics/${id}/`,
    references: { 'related[]': 'topics', 'resources[]': 'resources' },
    tickable: [],
    linkedFromText: true,
  },
  resources: {
    folder: 'resources',
    scaffold: { kind: 'resource', what: 'a book, course, doc, blog … (YAML data)' },
    extensions: ['yaml', 'yml'],
    schema: resourceSchema,
    label: { one: 'Resource', many: 'Resources' },
    // Resources have no pages of their own: topic pages and reading lists cite them.
    indexPath: '/reading/',
    entryPath: () => '/reading/',
    references: { 'topics[]': 'topics', 'sources[]': 'sources' },
    tickable: [],
  },
  reading: {
    folder: 'reading',
    scaffold: { kind: 'reading', what: "a reading list, in its source's order" },
    extensions: md,
    schema: readingSchema,
    label: { one: 'Reading list', many: 'Reading lists' },
    indexPath: '/reading/',
    entryPath: (id) => `/reading/${id}/`,
    references: { source: 'sources', 'items[].resource': 'resources' },
    tickable: [],
  },
  templates: {
    folder: 'templates',
    scaffold: {
      kind: 'template',
      what: 'a template to copy or download; the body is the template itself',
      body: 'the template exactly as a reader copies it (Markdown)',
    },
    extensions: md,
    schema: templateSchema,
    label: { one: 'Template', many: 'Templates' },
    indexPath: '/templates/',
    entryPath: (id) => `/templates/${id}/`,
    references: { source: 'sources' },
    tickable: [],
  },
  checklists: {
    folder: 'checklists',
    scaffold: { kind: 'checklist', what: 'a checklist to tick and print' },
    extensions: md,
    schema: checklistSchema,
    label: { one: 'Checklist', many: 'Checklists' },
    indexPath: '/checklists/',
    entryPath: (id) => `/checklists/${id}/`,
    references: { source: 'sources', 'topics[]': 'topics' },
    tickable: ['groups[].items'],
  },
  datasets: {
    folder: 'datasets',
    scaffold: {
      kind: 'dataset',
      what: 'tables and rows for SQL practice, as PostgreSQL statements (YAML data)',
    },
    extensions: ['yaml', 'yml'],
    schema: datasetSchema,
    label: { one: 'Dataset', many: 'Datasets' },
    indexPath: '/practice/',
    entryPath: (id) => `/practice/datasets/${id}/`,
    // Dataset pages sit below the exercises' own path: the pattern tells them apart.
    idPattern: '[a-z0-9-]+',
    references: {},
    tickable: [],
  },
  exercises: {
    folder: 'exercises',
    scaffold: {
      kind: 'exercise',
      what: 'an SQL exercise on a dataset, with its solution, hints and common mistakes',
      body: 'the task: what to compute, the columns to return and their order (Markdown)',
    },
    extensions: md,
    schema: exerciseSchema,
    label: { one: 'Exercise', many: 'Exercises' },
    indexPath: '/practice/',
    entryPath: (id) => `/practice/${id}/`,
    references: { 'topics[]': 'topics', dataset: 'datasets', 'weeks[]': 'weeks' },
    // A passed check is stored as a tick under `exercises/<id>/solved` (src/practice/progress.ts),
    // not as a list in the entry's data.
    tickable: [],
  },
  sources: {
    folder: 'sources',
    scaffold: {
      kind: 'source',
      what: 'a document the content is taken from, such as material of your own (YAML data)',
    },
    extensions: ['yaml', 'yml'],
    schema: sourceSchema,
    label: { one: 'Source', many: 'Sources' },
    // A source's notes are a Starlight page of its own choosing (its `notes` field); the sources
    // index, also a Starlight page, lists every source.
    indexPath: '/sources/',
    entryPath: () => '/sources/',
    references: { notes: 'docs' },
    tickable: [],
  },
} as const satisfies Record<string, CollectionModel>;

/** The name of one of our collections ("topics"). */
export type ContentCollection = keyof typeof contentModel;

/** Every collection name, in the order of the table above. */
export const contentCollections = Object.keys(contentModel) as ContentCollection[];

// Every reference field must point at a collection of the model (or Starlight's docs).
type ReferenceTargets = {
  [
    K in ContentCollection
  ]: (typeof contentModel)[K]['references'][keyof (typeof contentModel)[K]['references']];
}[ContentCollection];
const referenceTargetsAreCollections: [ReferenceTargets] extends [CollectionName] ? true : never =
  true;
void referenceTargetsAreCollections;

/** The id of a plan's week, as its file `weeks/<plan>/week-<n>.md` gives it. */
export const weekId = (plan: string, number: number): string => `${plan}/week-${number}`;

/**
 * Starlight's own pages (`src/content/docs/`), by top folder, with what a page there is: they are
 * not collections of ours, but search results and page titles name them.
 */
export const docsSections: Readonly<Record<string, string>> = {
  guides: 'Guide',
  sources: 'Source notes',
};

/** Where Starlight's docs live and which files its loader reads (`docsLoader()`, `_` files skipped). */
export const docsFolder = { folder: 'docs', extensions: ['md', 'mdx'] } as const;

const ID_MARKER = '\u0000id\u0000';

/** True when each entry of the collection has a page of its own (its path depends on the id). */
export const hasEntryPages = (model: CollectionModel): boolean =>
  model.entryPath(ID_MARKER).includes(ID_MARKER);

/**
 * A pattern that matches the page path of one entry, capturing its id: `idShape` is the pattern
 * source an id must match (by default the collection's `idPattern`, else any id). Undefined
 * when entries have no pages of their own.
 */
export function entryPathPattern(
  model: CollectionModel,
  idShape = model.idPattern ?? '.+?',
): RegExp | undefined {
  if (!hasEntryPages(model)) return undefined;
  const [before, after] = model.entryPath(ID_MARKER).split(ID_MARKER);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}(${idShape})${escape(after.replace(/\/$/, ''))}/?$`);
}
