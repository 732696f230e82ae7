import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, linkedEntries, type GraphEntry, type LinkGraph } from '../lib/links';

export type Plan = CollectionEntry<'plans'>;
export type Week = CollectionEntry<'weeks'>;
export type Project = CollectionEntry<'projects'>;
export type Topic = CollectionEntry<'topics'>;
export type Resource = CollectionEntry<'resources'>;
export type ReadingList = CollectionEntry<'reading'>;
export type Template = CollectionEntry<'templates'>;
export type Checklist = CollectionEntry<'checklists'>;
export type Doc = CollectionEntry<'docs'>;

export interface Atlas {
  plans: Plan[];
  weeks: Week[];
  projects: Project[];
  topics: Topic[];
  resources: Resource[];
  reading: ReadingList[];
  templates: Template[];
  checklists: Checklist[];
  /** Starlight's own pages (guides, sources, about). */
  docs: Doc[];
  graph: LinkGraph;
}

const collator = new Intl.Collator('en', { numeric: true });
const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => collator.compare(a.data.title, b.data.title);

async function load(): Promise<Atlas> {
  const [plans, weeks, projects, topics, resources, reading, templates, checklists, sources, docs] = await Promise.all([
    getCollection('plans'),
    getCollection('weeks'),
    getCollection('projects'),
    getCollection('topics'),
    getCollection('resources'),
    getCollection('reading'),
    getCollection('templates'),
    getCollection('checklists'),
    getCollection('sources'),
    getCollection('docs'),
  ]);
  const all = [...plans, ...weeks, ...projects, ...topics, ...resources, ...reading, ...templates, ...checklists, ...sources, ...docs];
  const entries: GraphEntry[] = all.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.filePath,
    // Guides have no reference fields: the topics they link to in their text count instead.
    data: e.collection === 'docs' ? { ...e.data, linksInText: linkedEntries(e.body ?? '') } : e.data,
  }));
  // Dangling references and the integrity rules are checked when the content loads
  // (src/integrations/validation), so a page never meets a broken entry here.
  const graph = buildLinkGraph(entries);
  return {
    plans: plans.sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
    weeks: weeks.sort((a, b) => collator.compare(a.data.plan.id, b.data.plan.id) || a.data.number - b.data.number),
    projects: projects.sort((a, b) => collator.compare(a.id, b.id)),
    topics: topics.sort(byTitle),
    resources: resources.sort(byTitle),
    reading: reading.sort(byTitle),
    templates: templates.sort(byTitle),
    checklists: checklists.sort(byTitle),
    docs: docs.sort(byTitle),
    graph,
  };
}

let atlas: Promise<Atlas> | undefined;

/** All content, loaded once per build (and validated as it loads) and shared by every page. */
export function getAtlas(): Promise<Atlas> {
  atlas ??= load();
  return atlas;
}

/** Looks up entries by reference, in the order given. */
export function pick<T extends { id: string }>(entries: T[], refs: Array<{ id: string }>): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return refs.map((r) => byId.get(r.id)).filter((e): e is T => e !== undefined);
}
