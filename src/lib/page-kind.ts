import {
  contentCollections,
  contentModel,
  docsSections,
  entryPathPattern,
  type CollectionModel,
} from '../content-model';

/**
 * What kind of page a path is, for search filters and result titles: one rule per collection
 * with pages of its own (from the content model), one per section of Starlight's docs, and the
 * print views, which are routes of their own. A path is expected without the base path.
 */
const PRINT_VIEWS = [/^\/plans\/[^/]+\/print\/?$/, /^\/checklists\/print\/?$/];

const models: CollectionModel[] = contentCollections.map((name) => contentModel[name]);

const collectionRules = models
  // A collection whose ids follow a naming rule (weeks) is tried before one that takes any id.
  .sort((a, b) => Number(Boolean(b.idPattern)) - Number(Boolean(a.idPattern)))
  .flatMap((model) => {
    const pattern = entryPathPattern(model);
    return pattern ? [{ pattern, kind: model.label.one }] : [];
  });

const RULES: Array<{ pattern: RegExp; kind: string }> = [
  ...PRINT_VIEWS.map((pattern) => ({ pattern, kind: 'Print view' })),
  ...collectionRules,
  ...Object.entries(docsSections).map(([folder, kind]) => ({
    pattern: new RegExp(`^/${folder}/`),
    kind,
  })),
];

export function pageKind(path: string): string {
  for (const { pattern, kind } of RULES) if (pattern.test(path)) return kind;
  return 'Overview';
}
