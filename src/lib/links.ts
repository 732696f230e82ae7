import {
  contentCollections,
  contentModel,
  entryPathPattern,
  type CollectionModel,
} from '../content-model';

/**
 * The link graph between entries: which references each entry makes, which of them dangle, and
 * the reverse links (backlinks) every page shows. Plain data in, plain data out — no Astro.
 */

interface EntryKeyParts {
  collection: string;
  id: string;
}

/** One reference found in an entry's data. `field` is a path like `topics[2]` or `blocks[0].topic`. */
interface Reference {
  field: string;
  target: EntryKeyParts;
}

export interface GraphEntry extends EntryKeyParts {
  /** Source file, for error messages. */
  file?: string;
  data: unknown;
}

interface Backlink {
  from: EntryKeyParts;
  field: string;
}

const entryKey = ({ collection, id }: EntryKeyParts): string => `${collection}/${id}`;

function isReference(value: unknown, collections: ReadonlySet<string>): value is EntryKeyParts {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
    return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof v.id === 'string' &&
    typeof v.collection === 'string' &&
    collections.has(v.collection)
  );
}

/**
 * Every reference in an entry's data, found by shape (`{ collection, id }` naming a known
 * collection), so a new reference field in a schema needs no change here.
 */
export function findReferences(
  data: unknown,
  collections: ReadonlySet<string>,
  path = '',
): Reference[] {
  if (isReference(data, collections))
    return [{ field: path, target: { collection: data.collection, id: data.id } }];
  if (Array.isArray(data))
    return data.flatMap((item, i) => findReferences(item, collections, `${path}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) =>
      findReferences(value, collections, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

interface DanglingReference extends Reference {
  from: GraphEntry;
}

export interface LinkGraph {
  /** References leaving each entry, by entry key. */
  outgoing: Map<string, Reference[]>;
  /** References arriving at each entry, by entry key. */
  incoming: Map<string, Backlink[]>;
  dangling: DanglingReference[];
}

export function buildLinkGraph(entries: GraphEntry[]): LinkGraph {
  // Every collection that can be referenced, not only those with entries: a reference into an
  // empty collection (a fork without sources yet) must dangle, not pass unseen.
  const collections = new Set<string>([
    ...contentCollections,
    'docs',
    ...entries.map((e) => e.collection),
  ]);
  const known = new Set(entries.map(entryKey));
  const outgoing = new Map<string, Reference[]>();
  const incoming = new Map<string, Backlink[]>();
  const dangling: DanglingReference[] = [];
  for (const entry of entries) {
    const refs = findReferences(entry.data, collections);
    outgoing.set(entryKey(entry), refs);
    for (const ref of refs) {
      const key = entryKey(ref.target);
      if (!known.has(key)) {
        dangling.push({ ...ref, from: entry });
        continue;
      }
      const list = incoming.get(key) ?? [];
      list.push({ from: { collection: entry.collection, id: entry.id }, field: ref.field });
      incoming.set(key, list);
    }
  }
  return { outgoing, incoming, dangling };
}

/** Entries of one collection that link to `target`, optionally only through one field (e.g. "topics"). */
export function backlinksFrom(
  graph: LinkGraph,
  target: EntryKeyParts,
  collection: string,
  field?: string,
): string[] {
  const ids = (graph.incoming.get(entryKey(target)) ?? [])
    .filter(
      (b) =>
        b.from.collection === collection &&
        (!field ||
          b.field === field ||
          b.field.startsWith(`${field}[`) ||
          b.field.startsWith(`${field}.`)),
    )
    .map((b) => b.from.id);
  return [...new Set(ids)];
}

/**
 * Site paths whose entries a Markdown link can point at, by collection: the collections the
 * content model marks `linkedFromText`, with ids of one segment as the glob loader derives them.
 */
const LINKABLE: Record<string, RegExp> = Object.fromEntries(
  contentCollections.flatMap((name) => {
    const model: CollectionModel = contentModel[name];
    const pattern = model.linkedFromText ? entryPathPattern(model, '[a-z0-9-]+') : undefined;
    return pattern ? [[name, pattern]] : [];
  }),
);

/**
 * Entries a Markdown text links to (`[Kafka](/topics/apache-kafka/)`), as references. Used for
 * guides, whose links are their only connection to the rest of the content.
 */
export function linkedEntries(markdown: string): EntryKeyParts[] {
  const found = new Map<string, EntryKeyParts>();
  for (const [, target] of markdown.matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)/g)) {
    for (const [collection, pattern] of Object.entries(LINKABLE)) {
      const id = pattern.exec(target)?.[1];
      if (id) found.set(`${collection}/${id}`, { collection, id });
    }
  }
  return [...found.values()];
}
