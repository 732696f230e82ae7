import { describe, expect, it } from 'vitest';
import { contentCollections } from '../../../src/content-model';
import { scaffoldFields, scaffoldSchema, type FieldSchema } from '../../../scripts/lib/scaffold';

/** Every field at every depth, by path, with its description (or none). */
function fields(schema: FieldSchema, path = ''): Array<[string, string | undefined]> {
  const node = schema.anyOf?.find((o) => o.type === 'object') ?? schema;
  if (node.type === 'array' && node.items) return fields(node.items, `${path}[]`);
  if (node.type !== 'object' || !node.properties) return [];
  return Object.entries(node.properties).flatMap(([key, field]) => {
    const at = path ? `${path}.${key}` : key;
    return [[at, field.description] as [string, string | undefined], ...fields(field, at)];
  });
}

describe('schema documentation', () => {
  it.each(contentCollections)(
    'every field of %s, at every depth, has a description',
    (collection) => {
      const undocumented = fields(scaffoldSchema(collection))
        .filter(([, description]) => !description)
        .map(([path]) => path);
      expect(undocumented).toEqual([]);
    },
  );

  it.each(contentCollections)(
    'the %s scaffold shows every top-level field under its description',
    (collection) => {
      const text = scaffoldFields(collection, { title: 'A title' });
      for (const [path, description] of fields(scaffoldSchema(collection)).filter(
        ([p]) => !p.includes('.') && !p.includes('['),
      )) {
        expect(text, path).toMatch(new RegExp(`^#? ?${path}(?: \\(optional\\))?:|^${path}:`, 'm'));
        expect(text.replace(/\n# /g, ' '), path).toContain(
          description!.split(' ').slice(0, 4).join(' '),
        );
      }
    },
  );
});
