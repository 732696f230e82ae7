import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentCollections,
  contentModel,
  entryPathPattern,
  hasEntryPages,
  weekId,
  type CollectionModel,
} from '../../src/content-model';
import { CUSTOM_ROUTE_PREFIXES } from '../../src/validation/link-check-routes';
import { routes } from '../../src/lib/urls';
import { checklistItems, tickableItems } from '../../src/progress/tracked-items';

const models: Array<[string, CollectionModel]> = contentCollections.map((name) => [
  name,
  contentModel[name],
]);

describe('the content model', () => {
  it.each(models)('%s has its folder under src/content/', (_, model) => {
    expect(existsSync(join(process.cwd(), 'src', 'content', model.folder))).toBe(true);
  });

  it('names a collection of the model (or Starlight docs) in every reference field', () => {
    for (const [, model] of models)
      for (const target of Object.values(model.references))
        expect([...contentCollections, 'docs']).toContain(target);
  });

  it('gives every collection a distinct scaffold kind', () => {
    const kinds = models.map(([, m]) => m.scaffold.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('matches each entry page path back to its id, and knows which collections have no pages', () => {
    expect(entryPathPattern(contentModel.topics)?.exec('/topics/apache-kafka/')?.[1]).toBe(
      'apache-kafka',
    );
    expect(entryPathPattern(contentModel.weeks)?.exec('/plans/p/week-3/')?.[1]).toBe('p/week-3');
    expect(entryPathPattern(contentModel.weeks)?.test('/plans/p/')).toBe(false);
    expect(entryPathPattern(contentModel.topics, '[a-z0-9-]+')?.test('/topics/a/b/')).toBe(false);
    expect(hasEntryPages(contentModel.resources)).toBe(false);
    expect(hasEntryPages(contentModel.sources)).toBe(false);
    expect(entryPathPattern(contentModel.sources)).toBeUndefined();
  });
});

describe('what derives from it', () => {
  it('routes are the entry paths of the model', () => {
    expect(routes.week('senior-study-plan-2025', 3)).toBe(
      contentModel.weeks.entryPath(weekId('senior-study-plan-2025', 3)),
    );
    expect(routes.week('p', 3)).toBe('/plans/p/week-3/');
    expect(routes.templateMarkdown('adr')).toBe('/templates/adr.md');
    expect(routes.readingLists()).toBe(contentModel.reading.indexPath);
  });

  it("the link checker's custom routes are the index paths of collections with pages, and the standalone pages", () => {
    expect([...CUSTOM_ROUTE_PREFIXES].sort()).toEqual([
      '/checklists/',
      '/map/',
      '/plans/',
      '/practice/',
      '/progress/',
      '/projects/',
      '/reading/',
      '/templates/',
      '/topics/',
    ]);
  });

  it('tickable items are found at the paths the model lists', () => {
    const groups = [{ items: [{ id: 'a', text: 'A' }] }, { items: [{ id: 'b', text: 'B' }] }];
    expect(checklistItems('ready', groups)).toEqual([
      { key: 'checklists/ready/a', text: 'A' },
      { key: 'checklists/ready/b', text: 'B' },
    ]);
    expect(
      tickableItems('projects', 'p', { tasks: [{ id: 't', text: 'T' }], deliverables: ['x'] }),
    ).toEqual([{ key: 'projects/p/t', text: 'T' }]);
    expect(tickableItems('topics', 't', { related: [] })).toEqual([]);
  });
});
