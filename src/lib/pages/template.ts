import { outline } from '../headings';
import { routes } from '../urls';
import type { TemplateEntry } from './entries';
import { linker, type LinkItem } from './view';

/**
 * A template page: the template itself, then any fields it does not already show. The template's own headings belong to
 * the template a reader copies, not to the page, so they stay out of the table of contents.
 */
export function templatePageProps(template: TemplateEntry) {
  const d = template.data;
  // The fields are the template's own lines ("Python DSA (problems + key learning):"): one the
  // template already shows, name and hint, is not listed a second time under "Fields".
  const body = (template.body ?? '').toLowerCase();
  const fields = d.fields.filter(
    (f) => !body.includes(f.name.toLowerCase()) || (f.hint && !body.includes(f.hint.toLowerCase())),
  );
  return {
    id: template.id,
    title: d.title,
    summary: d.summary,
    file: template.filePath,
    keywords: d.keywords,
    fields,
    source: d.source,
    outline: outline([
      ['template', 'Template', true],
      ['fields', 'Fields', fields.length > 0],
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
