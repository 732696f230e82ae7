import { getAtlas } from '../lib/atlas';
import { siteConfig } from '../site.config';
import {
  atlasDocuments,
  type AtlasDocument,
  type SiteAddress,
  type SourceEntry,
} from './documents';

/** Where this build publishes the site (base path and, when configured, the site's address). */
export const siteAddress = (): SiteAddress => ({
  base: import.meta.env.BASE_URL,
  site: siteConfig.site,
});

let documents: Promise<AtlasDocument[]> | undefined;

/** The built content as documents for llms.txt and the Markdown files, made once per build. */
export function getAtlasDocuments(): Promise<AtlasDocument[]> {
  documents ??= getAtlas().then((atlas) => {
    const titleOf = (entries: readonly SourceEntry[], id: string) => {
      const title = entries.find((e) => e.id === id)?.data.title;
      return typeof title === 'string' ? title : id;
    };
    const ref = (value: unknown) => (value as { id: string }).id;
    return atlasDocuments(atlas, siteAddress(), {
      // Titled and summed up as their pages are (src/pages/plans/[plan]/week-[n].astro,
      // src/pages/practice/[...id].astro).
      weeks: {
        title: (w) =>
          `${titleOf(atlas.plans, ref(w.data.plan))}, week ${String(w.data.number)}: ${String(w.data.title)}`,
      },
      exercises: {
        summary: (e) =>
          `SQL exercise (${String(e.data.level)}) on the ${titleOf(atlas.datasets, ref(e.data.dataset))} dataset, run on PostgreSQL in your browser.`,
      },
    });
  });
  return documents;
}
