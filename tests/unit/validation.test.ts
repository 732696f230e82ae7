import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { describeIssue, allowedKeys } from '../../src/validation/issues';
import { fieldPath, lineOfPath, parseFieldPath } from '../../src/validation/locate';
import {
  frontmatterLines,
  locatePluginErrors,
  mdxSyntaxProblem,
} from '../../src/validation/markdown';
import { clearProblems, formatProblem, recordedProblems } from '../../src/validation/problems';
import { editDistance } from '../../src/lib/edit-distance';
import { didYouMean, suggest } from '../../src/validation/suggest';

describe('suggest', () => {
  it('finds near misses, swapped letters and values that differ by a prefix or suffix', () => {
    expect(suggest('apache-kafak', ['apache-kafka', 'apache-pinot'])).toEqual(['apache-kafka']);
    expect(suggest('pinot', ['apache-pinot', 'apache-kafka'])).toEqual(['apache-pinot']);
    expect(suggest('database', ['databases', 'modeling'])).toEqual(['databases']);
    expect(suggest('lable', ['kind', 'label', 'lab'])[0]).toBe('label');
    expect(editDistance('lable', 'label')).toBe(1);
  });
  it('does not suggest unrelated short ids', () => {
    expect(suggest('dbt', ['git', 'sql'])).toEqual([]);
    expect(didYouMean('apache-flink', ['apache-pinot'])).toBe('');
  });
});

describe('locate', () => {
  const text =
    '---\ntitle: T\nblocks:\n  - kind: lab\n    label: Day 1\n  - kind: lab\n    topic: nope\n---\n';
  it('finds the line of a list item’s field, not the key of the list', () => {
    expect(lineOfPath('a.md', text, ['blocks', 1, 'topic'])).toBe(7);
    expect(lineOfPath('a.md', text, ['blocks', 1])).toBe(6);
    expect(lineOfPath('a.md', text, ['title'])).toBe(2);
  });
  it('falls back to the deepest part of the path that is written', () => {
    expect(lineOfPath('a.md', text, ['blocks', 1, 'label'])).toBe(6);
  });
  it('reads CRLF files with a byte-order mark, and YAML files', () => {
    expect(lineOfPath('a.md', '\uFEFF---\r\ntitle: T\r\nsummary: S\r\n---\r\n', ['summary'])).toBe(
      3,
    );
    expect(lineOfPath('a.yaml', 'title: R\nkind: book\n', ['kind'])).toBe(2);
  });
  it('turns paths into field names and back', () => {
    expect(fieldPath(['groups', 0, 'items', 2])).toBe('groups[0].items[2]');
    expect(parseFieldPath('groups[0].items[2]')).toEqual(['groups', 0, 'items', 2]);
  });
});

describe('describeIssue', () => {
  const schema = z.strictObject({
    title: z.string(),
    level: z.enum(['beginner', 'expert']),
    count: z.number().int().positive().optional(),
  });
  const issues = (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected a failure');
    return result.error.issues.flatMap((issue) => describeIssue(issue, data, schema));
  };
  it('says a required field is missing and what is allowed', () => {
    expect(issues({ level: 'expert' })).toEqual([
      { path: ['title'], field: 'title', message: 'required field is missing (allowed: text)' },
    ]);
    expect(issues({ title: 'x' })[0].message).toBe(
      'required field is missing (allowed: beginner, expert)',
    );
  });
  it('lists the allowed values, with a likely fix', () => {
    expect(issues({ title: 'x', level: 'experts' })[0].message).toBe(
      '"experts" is not allowed (allowed: beginner, expert). Did you mean: expert?',
    );
  });
  it('names an unknown field with the allowed ones, from the JSON Schema', () => {
    expect(allowedKeys(schema, [])).toEqual(['title', 'level', 'count']);
    expect(issues({ title: 'x', level: 'expert', levle: 1 })[0]).toEqual({
      path: ['levle'],
      field: 'levle',
      message: 'unknown field "levle" (allowed: title, level, count). Did you mean: level?',
    });
  });
  it('says which collection a reference needs', () => {
    const refSchema = z.strictObject({ plan: z.string() });
    const result = refSchema.safeParse({});
    expect(
      describeIssue(result.error!.issues[0], {}, refSchema, { plan: 'plans' })[0].message,
    ).toMatch(/^required field is missing \(allowed: the id of an entry in plans/);
  });
  it('states number bounds', () => {
    expect(issues({ title: 'x', level: 'expert', count: 0 })[0].message).toBe(
      '0 is not allowed (allowed: a number greater than 0)',
    );
  });
});

describe('Markdown', () => {
  it('counts frontmatter lines', () => {
    expect(frontmatterLines('---\na: 1\n---\nbody')).toBe(3);
    expect(frontmatterLines('no frontmatter')).toBe(0);
  });
  it('reports an MDX tag never closed at the file line of the tag', () => {
    expect(mdxSyntaxProblem('a.mdx', '---\ntitle: T\n---\n\n<div>\ntext\n')).toMatchObject({
      file: 'a.mdx',
      line: 5,
      field: 'MDX',
    });
    expect(mdxSyntaxProblem('a.mdx', '---\ntitle: T\n---\n\n<div>text</div>\n')).toBeUndefined();
  });
  it('makes a plugin’s error name the file and its line in the file, and records it', async () => {
    clearProblems();
    const throwing = () => () => {
      throw Object.assign(new Error('cannot handle this node'), {
        position: { start: { line: 2 } },
      });
    };
    const [located] = locatePluginErrors([throwing]);
    // Plugins only read the file's path here. Its frontmatter takes 6 lines, so body line 2 is line 8.
    const file = {
      path: `${process.cwd()}/tests/fixtures/good-content/src/content/topics/apache-pinot.md`,
    } as VFile;
    const transformer = (located as () => (tree: unknown, file: VFile) => Promise<void>)();
    await expect(transformer({}, file)).rejects.toThrow(
      /^tests\/fixtures\/good-content\/src\/content\/topics\/apache-pinot\.md:8: cannot handle this node \(the Markdown plugin throwing failed/,
    );
    expect(recordedProblems().map(formatProblem)).toEqual([
      expect.stringMatching(/apache-pinot\.md:8: throwing: cannot handle this node/),
    ]);
    clearProblems();
  });
});
