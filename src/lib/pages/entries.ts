import type { z } from 'astro/zod';
import type { ContentCollection, contentModel } from '../../content-model';
import type { LinkGraph } from '../links';

/**
 * Content entries as page props need them. Astro's `CollectionEntry` fits these shapes, and so
 * do plain objects, so the functions that build page props are unit-tested without Astro.
 */
export interface Entry<D> {
  id: string;
  data: D;
  /** The entry's file, relative to the repository root (edit links, last-updated dates). */
  filePath?: string | undefined;
  body?: string | undefined;
}

/** The parsed frontmatter of one of our collections, as its schema in the content model yields it. */
export type DataOf<C extends ContentCollection> = z.output<
  ReturnType<(typeof contentModel)[C]['schema']>
>;

export type PlanEntry = Entry<DataOf<'plans'>>;
export type WeekEntry = Entry<DataOf<'weeks'>>;
export type ProjectEntry = Entry<DataOf<'projects'>>;
export type TopicEntry = Entry<DataOf<'topics'>>;
export type ResourceEntry = Entry<DataOf<'resources'>>;
export type ReadingEntry = Entry<DataOf<'reading'>>;
export type TemplateEntry = Entry<DataOf<'templates'>>;
export type ChecklistEntry = Entry<DataOf<'checklists'>>;
/** A Starlight page (guide, source, about): only what other pages cite of it. */
export type DocEntry = Entry<{ title: string; description?: string | undefined }>;

/** All content, sorted and checked as a whole, with its link graph (what `getAtlas()` returns). */
export interface AtlasData {
  plans: PlanEntry[];
  weeks: WeekEntry[];
  projects: ProjectEntry[];
  topics: TopicEntry[];
  resources: ResourceEntry[];
  reading: ReadingEntry[];
  templates: TemplateEntry[];
  checklists: ChecklistEntry[];
  /** SQL exercises; optional, so data without practice content still builds pages. */
  exercises?: Array<Entry<DataOf<'exercises'>>>;
  docs: DocEntry[];
  graph: LinkGraph;
}

/** Looks up entries by reference, in the order given; the build has already failed on a dangling one. */
export function pick<T extends { id: string }>(
  entries: readonly T[],
  refs: ReadonlyArray<{ id: string }>,
): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return refs.map((r) => byId.get(r.id)).filter((e): e is T => e !== undefined);
}

/** References first, then the backlinks they do not already name: related "in either direction". */
export function union(
  refs: ReadonlyArray<{ id: string }>,
  more: readonly string[],
): Array<{ id: string }> {
  const named = new Set(refs.map((r) => r.id));
  return [...refs, ...more.filter((id) => !named.has(id)).map((id) => ({ id }))];
}

/** The weeks of one plan, in the atlas's order (by number). */
export const weeksOf = (atlas: Pick<AtlasData, 'weeks'>, planId: string): WeekEntry[] =>
  atlas.weeks.filter((w) => w.data.plan.id === planId);

/** A plan's title by id, or the id itself for a plan the atlas does not hold. */
export const planTitle = (atlas: Pick<AtlasData, 'plans'>, planId: string): string =>
  atlas.plans.find((p) => p.id === planId)?.data.title ?? planId;
