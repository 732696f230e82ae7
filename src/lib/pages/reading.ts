import { routes } from '../urls';
import { pick, type AtlasData, type ReadingEntry } from './entries';
import { linker, type LinkItem } from './view';

/** A reading list page: each resource in the source's order, with its rating, note and topics. */
export function readingPageProps(
  atlas: Pick<AtlasData, 'resources' | 'topics'>,
  list: ReadingEntry,
) {
  const resourceById = new Map(atlas.resources.map((r) => [r.id, r]));
  return {
    title: list.data.title,
    summary: list.data.summary,
    file: list.filePath,
    items: list.data.items.map((item) => {
      const resource = resourceById.get(item.resource.id);
      // The build has checked every reference; a missing resource is a bug here, not bad content.
      if (!resource)
        throw new Error(
          `Reading list "${list.id}" names resource "${item.resource.id}", which the atlas does not hold.`,
        );
      return {
        resource,
        priority: item.priority,
        note: item.note,
        topics: pick(atlas.topics, resource.data.topics),
      };
    }),
    source: list.data.source,
  };
}

/** The reading lists index: each list with its summary and how many entries it holds. */
export function readingIndexItems(lists: readonly ReadingEntry[], base: string): LinkItem[] {
  const link = linker(base);
  return lists.map((r) => ({
    href: link(routes.reading(r.id)),
    title: r.data.title,
    description: `${r.data.summary} (${r.data.items.length} entries)`,
  }));
}
