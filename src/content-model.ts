import type { z } from 'astro/zod';
import { checklistSchema } from './schemas/checklists';
import { planSchema } from './schemas/plans';
import { projectSchema } from './schemas/projects';
import { readingSchema } from './schemas/reading';
import type { ReferenceFn } from './schemas/reference';
import { resourceSchema } from './schemas/resources';
import { templateSchema } from './schemas/templates';
import { topicSchema } from './schemas/topics';
import { weekSchema } from './schemas/weeks';

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
  /** What one entry is called on the site ("Topic"), and many ("Topics"). */
  label: { one: string; many: string };
  /** Site path of the collection's index page, without the base path. */
  indexPath: string;
  /** Site path of one entry's page, from its id (as the glob loader derives it). */
  entryPath: (id: string) => string;
  /**
   * Reference fields by path, `[]` standing for every item of a list, with the collection they
   * point at: `{ 'topics[]': 'topics', 'blocks[].topic': 'topics' }`.
   */
  references: Readonly<Record<string, string>>;
  /** Lists of tickable items by path (each item has `id` and `text`), e.g. `['tasks']`. */
  tickable: readonly string[];
}

const md = ['md', 'mdx'] as const;

export const contentModel = {
  plans: {
    folder: 'plans',
    extensions: md,
    schema: planSchema,
    label: { one: 'Plan', many: 'Plans' },
    indexPath: '/plans/',
    entryPath: (id) => `/plans/${id}/`,
    references: { 'topics[]': 'topics', 'phases[].projects[]': 'projects', 'phases[].topics[]': 'topics' },
    tickable: [],
  },
  weeks: {
    folder: 'weeks',
    extensions: md,
    schema: weekSchema,
    label: { one: 'Plan week', many: 'Plan weeks' },
    indexPath: '/plans/',
    // A week's id is `<plan>/week-<n>` (its file is `weeks/<plan>/week-<n>.md`).
    entryPath: (id) => `/plans/${id}/`,
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
    extensions: md,
    schema: projectSchema,
    label: { one: 'Project', many: 'Projects' },
    indexPath: '/projects/',
    entryPath: (id) => `/projects/${id}/`,
    references: { 'topics[]': 'topics', 'prerequisites[]': 'projects' },
    tickable: ['tasks'],
  },
  topics: {
    folder: 'topics',
    extensions: md,
    schema: topicSchema,
    label: { one: 'Topic', many: 'Topics' },
    indexPath: '/topics/',
    entryPath: (id) => `/topics/${id}/`,
    references: { 'related[]': 'topics', 'resources[]': 'resources' },
    tickable: [],
  },
  resources: {
    folder: 'resources',
    extensions: ['yaml', 'yml'],
    schema: resourceSchema,
    label: { one: 'Resource', many: 'Resources' },
    // Resources have no pages of their own: topic pages and reading lists cite them.
    indexPath: '/reading/',
    entryPath: () => '/reading/',
    references: { 'topics[]': 'topics' },
    tickable: [],
  },
  reading: {
    folder: 'reading',
    extensions: md,
    schema: readingSchema,
    label: { one: 'Reading list', many: 'Reading lists' },
    indexPath: '/reading/',
    entryPath: (id) => `/reading/${id}/`,
    references: { 'items[].resource': 'resources' },
    tickable: [],
  },
  templates: {
    folder: 'templates',
    extensions: md,
    schema: templateSchema,
    label: { one: 'Template', many: 'Templates' },
    indexPath: '/templates/',
    entryPath: (id) => `/templates/${id}/`,
    references: {},
    tickable: [],
  },
  checklists: {
    folder: 'checklists',
    extensions: md,
    schema: checklistSchema,
    label: { one: 'Checklist', many: 'Checklists' },
    indexPath: '/checklists/',
    entryPath: (id) => `/checklists/${id}/`,
    references: { 'topics[]': 'topics' },
    tickable: ['groups[].items'],
  },
} as const satisfies Record<string, CollectionModel>;

/** The name of one of our collections ("topics"). */
export type ContentCollection = keyof typeof contentModel;

/** Every collection name, in the order of the table above. */
export const contentCollections = Object.keys(contentModel) as ContentCollection[];

// Every reference field must point at a collection of the model.
type ReferenceTargets = {
  [K in ContentCollection]: (typeof contentModel)[K]['references'][keyof (typeof contentModel)[K]['references']];
}[ContentCollection];
const referenceTargetsAreCollections: [ReferenceTargets] extends [ContentCollection] ? true : never = true;
void referenceTargetsAreCollections;
