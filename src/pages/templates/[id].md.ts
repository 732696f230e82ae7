import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas, type Template } from '../../data/atlas';
import { templateMarkdown } from '../../lib/template-markdown';

/** The template as a Markdown file, generated from the same entry as its page. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { templates } = await getAtlas();
  return templates.map((template) => ({ params: { id: template.id }, props: { template } }));
};

export const GET: APIRoute = ({ props }) => {
  const { template } = props as { template: Template };
  return new Response(templateMarkdown(template.body ?? ''), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
