import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getAtlas } from '../../../lib/atlas';

/** A dataset's SQL as a file: the runner fetches it on first use, and the browser caches it. */
export async function getStaticPaths() {
  const atlas = await getAtlas();
  return atlas.datasets.map((d) => ({ params: { id: d.id }, props: { sql: d.data.sql } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.sql, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
