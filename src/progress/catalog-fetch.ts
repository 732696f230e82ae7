import type { ProgressCatalog } from './catalog';

/** The site's catalog of tickable items (/progress/catalog.json), fetched once per page. */
let pending: Promise<ProgressCatalog> | undefined;

export function loadCatalog(url: string): Promise<ProgressCatalog> {
  pending ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`the list of items could not be loaded (${response.status})`);
    return response.json() as Promise<ProgressCatalog>;
  });
  return pending;
}

/** Every key a reader can tick on the site today. */
export const keysOnSite = (catalog: ProgressCatalog) =>
  new Set(catalog.lists.flatMap((l) => l.items.map((i) => i.key)));
