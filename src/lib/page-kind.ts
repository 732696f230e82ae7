/**
 * What kind of page a path is, for search filters and result titles. One rule per URL family
 * (DESIGN.md "URLs"); a path below the base path is expected without the base.
 */
const RULES: Array<[RegExp, string]> = [
  [/^\/plans\/[^/]+\/week-\d+\/?$/, 'Plan week'],
  [/^\/plans\/[^/]+\/print\/?$/, 'Print view'],
  [/^\/plans\/[^/]+\/?$/, 'Plan'],
  [/^\/projects\/[^/]+\/?$/, 'Project'],
  [/^\/topics\/[^/]+\/?$/, 'Topic'],
  [/^\/reading\/[^/]+\/?$/, 'Reading list'],
  [/^\/templates\/[^/]+\/?$/, 'Template'],
  [/^\/checklists\/print\/?$/, 'Print view'],
  [/^\/checklists\/[^/]+\/?$/, 'Checklist'],
  [/^\/guides\//, 'Guide'],
  [/^\/sources\//, 'Source notes'],
];

export function pageKind(path: string): string {
  for (const [pattern, kind] of RULES) if (pattern.test(path)) return kind;
  return 'Overview';
}
