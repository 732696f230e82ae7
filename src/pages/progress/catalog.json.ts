import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { progressCatalog } from '../../progress/catalog';

/** Every tickable list, the progress-link key list and each plan's weeks, fetched by the progress scripts. */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(progressCatalog(await getAtlas())), {
    headers: { 'Content-Type': 'application/json' },
  });
};
