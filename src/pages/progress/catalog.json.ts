import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas';
import { trackedLists } from '../../data/tracked-lists';

/** Titles and item texts of every tickable list, fetched by the progress page for its Markdown export. */
export const GET: APIRoute = async () => {
  const lists = trackedLists(await getAtlas()).map(({ title, url, items }) => ({ title, url, items }));
  return new Response(JSON.stringify(lists), { headers: { 'Content-Type': 'application/json' } });
};
