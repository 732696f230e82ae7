import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { templateMarkdown } from '../../lib/template-markdown';

/** The template as a Markdown file, generated from the same entry as its page. */
export async function getStaticPaths() {
  const { templates } = await getAtlas();
  return templates.map((template) => ({
    params: { id: template.id },
    props: { markdown: templateMarkdown(template.body ?? '') },
  }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
