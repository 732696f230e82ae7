import { contentModel, weekId } from '../content-model';

/**
 * Site URLs for every kind of entry, derived from the content model (src/content-model.ts), so a
 * route's shape is written once. All return paths without the base path and with a trailing
 * slash; `withBase` applies the base, so links work when the site lives under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

const { plans, weeks, projects, topics, reading, templates, checklists } = contentModel;

export const routes = {
  plans: () => plans.indexPath,
  plan: (plan: string) => plans.entryPath(plan),
  week: (plan: string, n: number) => weeks.entryPath(weekId(plan, n)),
  projects: () => projects.indexPath,
  project: (id: string) => projects.entryPath(id),
  topics: () => topics.indexPath,
  topic: (id: string) => topics.entryPath(id),
  readingLists: () => reading.indexPath,
  reading: (id: string) => reading.entryPath(id),
  templates: () => templates.indexPath,
  template: (id: string) => templates.entryPath(id),
  /** The template's body as a Markdown file, beside its page (`/templates/<id>.md`). */
  templateMarkdown: (id: string) => templates.entryPath(id).replace(/\/$/, '.md'),
  checklists: () => checklists.indexPath,
  checklist: (id: string) => checklists.entryPath(id),
} as const;

/** True for a link into this site written root-relative ("/topics/kafka/"), not "//host" or "http…". */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
