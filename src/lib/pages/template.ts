import { outline } from '../headings';
import { routes } from '../urls';
import type { TemplateEntry } from './entries';
import { linker, type LinkItem } from './view';

/**
 * A template page: the template itself, then its fields. The template's own headings belong to
 * the template a reader copies, not to the page, so they stay out of the table of contents.
 */
export function templatePageProps(template: TemplateEntry) {
  const d = template.data;
  return {
    id: template.id,
    title: d.title,
    summary: d.summary,
    file: template.filePath,
    keywords: d.keywords,
    fields: d.fields,
    source: d.source,
    outline: outline([
      ['template', 'Template', true],
      ['fields', 'Fields', d.fields.length > 0],
    ]),
  };
}

/** The templates index: a link and the summary of each template. */
export function templateIndexItems(templates: readonly TemplateEntry[], base: string): LinkItem[] {
  const link = linker(base);
  return templates.map((t) => ({
    href: link(routes.template(t.id)),
    title: t.data.title,
    description: t.data.summary,
  }));
}
