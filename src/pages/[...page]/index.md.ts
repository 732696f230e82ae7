import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { documentMarkdown } from '../../llms/documents';
import { getAtlasDocuments } from '../../llms/atlas-documents';
import { contentModel } from '../../content-model';

/** Each content page's Markdown, beside it: `/topics/<id>/index.md` (src/llms/). */
export async function getStaticPaths() {
  return (await getAtlasDocuments()).map((doc) => ({
    // The page's path without slashes around it, as a rest parameter takes it.
    params: { page: contentModel[doc.collection].entryPath(doc.id).replace(/^\/|\/$/g, '') },
    props: { markdown: documentMarkdown(doc) },
  }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
