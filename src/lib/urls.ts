/**
 * Site URLs for every kind of entry, in one place (see DESIGN.md "URLs"). All return paths with
 * the base path applied and a trailing slash, so links work when the site lives under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

export const routes = {
  plans: () => '/plans/',
  plan: (plan: string) => `/plans/${plan}/`,
  week: (plan: string, n: number) => `/plans/${plan}/week-${n}/`,
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  readingLists: () => '/reading/',
  reading: (id: string) => `/reading/${id}/`,
  templates: () => '/templates/',
  template: (id: string) => `/templates/${id}/`,
  templateMarkdown: (id: string) => `/templates/${id}.md`,
  checklists: () => '/checklists/',
  checklist: (id: string) => `/checklists/${id}/`,
} as const;

/** True for a link into this site written root-relative ("/topics/kafka/"), not "//host" or "http…". */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
