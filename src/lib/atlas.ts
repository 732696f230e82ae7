import { getCollection, type CollectionEntry } from 'astro:content';
import { contentCollections, type ContentCollection } from '../content-model';
import { buildLinkGraph, linkedEntries, type GraphEntry, type LinkGraph } from './links';

/** Every entry of every collection of the content model, and Starlight's own pages. */
export type Atlas = { [C in ContentCollection]: Array<CollectionEntry<C>> } & {
  /** Starlight's own pages (guides, sources notes, about). */
  docs: Array<CollectionEntry<'docs'>>;
  graph: LinkGraph;
};

const collator = new Intl.Collator('en', { numeric: true });
type Ordered = {
  id: string;
  data: { title: string; order?: number; plan?: { id: string }; number?: number };
};
const byTitle = (a: Ordered, b: Ordered) => collator.compare(a.data.title, b.data.title);

/** How each collection is listed; anything not named here is listed by title. */
const ORDER: Partial<Record<ContentCollection, (a: Ordered, b: Ordered) => number>> = {
  plans: (a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || byTitle(a, b),
  sources: (a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || byTitle(a, b),
  weeks: (a, b) =>
    collator.compare(a.data.plan?.id ?? '', b.data.plan?.id ?? '') ||
    (a.data.number ?? 0) - (b.data.number ?? 0),
  projects: (a, b) => collator.compare(a.id, b.id),
};

async function load(): Promise<Atlas> {
  const [docs, ...loaded] = await Promise.all([
    getCollection('docs'),
    ...contentCollections.map((c) => getCollection(c)),
  ]);
  // The link graph sees the entries as the content layer lists them (backlinks keep that order);
  // the collections are handed to pages sorted.
  const entries: GraphEntry[] = [...loaded.flat(), ...docs].map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.filePath,
    // Guides have no reference fields: the topics they link to in their text count instead.
    data:
      e.collection === 'docs' ? { ...e.data, linksInText: linkedEntries(e.body ?? '') } : e.data,
  }));
  // Dangling references and the integrity rules are checked when the content loads
  // (src/validation), so a page never meets a broken entry here.
  const graph = buildLinkGraph(entries);
  const collections = Object.fromEntries(
    contentCollections.map((name, i) => [
      name,
      [...(loaded[i] as Ordered[])].sort(ORDER[name] ?? byTitle),
    ]),
  ) as { [C in ContentCollection]: Array<CollectionEntry<C>> };
  return { ...collections, docs: [...docs].sort(byTitle), graph };
}

let atlas: Promise<Atlas> | undefined;

/** All content, loaded once per build (and validated as it loads) and shared by every page. */
export function getAtlas(): Promise<Atlas> {
  atlas ??= load();
  return atlas;
}
