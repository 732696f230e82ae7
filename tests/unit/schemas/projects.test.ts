import { describe, expect, it } from 'vitest';
import { projectSchema } from '../../../src/schemas/projects';
import { fakeReference, issues } from './fake-reference';

const schema = projectSchema(fakeReference);
const valid = {
  title: 'CSV to PostgreSQL Loader',
  number: 1,
  level: 'beginner',
  summary: 'Script to read CSV files, clean data, load into PostgreSQL',
  skills: [{ category: 'Languages', details: 'Python, SQL' }],
  tasks: [
    'Handle encoding issues (UTF-8, Latin-1)',
    { id: 'indexes', text: 'Create indexes for query performance' },
  ],
  topics: ['postgresql', 'python'],
  source: 'thirty-projects',
};

describe('project schema', () => {
  it('accepts a valid project and normalises tasks and references', () => {
    const data = schema.parse(valid);
    expect(data.tasks).toEqual([
      {
        id: 'handle-encoding-issues-utf-8-latin-1',
        text: 'Handle encoding issues (UTF-8, Latin-1)',
      },
      { id: 'indexes', text: 'Create indexes for query performance' },
    ]);
    expect(data.topics).toEqual([
      { collection: 'topics', id: 'postgresql' },
      { collection: 'topics', id: 'python' },
    ]);
    expect(data.prerequisites).toEqual([]);
  });

  it('rejects an unknown level and names the field and the allowed values', () => {
    const [issue] = issues(schema.safeParse({ ...valid, level: 'guru' }));
    expect(issue.path).toBe('level');
    expect(issue.message).toMatch(/beginner.*intermediate.*advanced.*expert/);
  });

  it('rejects a project without topics', () => {
    const [issue] = issues(schema.safeParse({ ...valid, topics: [] }));
    expect(issue).toEqual({ path: 'topics', message: 'a project links to at least one topic' });
  });

  it('rejects a missing summary', () => {
    const { summary: _, ...rest } = valid;
    expect(issues(schema.safeParse(rest))[0].path).toBe('summary');
  });

  it('rejects an unknown frontmatter key', () => {
    const [issue] = issues(schema.safeParse({ ...valid, difficulty: 'easy' }));
    expect(issue.message).toMatch(/difficulty/);
  });

  it('rejects two tasks with the same id and names both positions', () => {
    const [issue] = issues(schema.safeParse({ ...valid, tasks: ['Log counts', 'Log counts!'] }));
    expect(issue.path).toBe('tasks.1');
    expect(issue.message).toMatch(/duplicate item id "log-counts" \(items 1 and 2\)/);
  });

  it('takes its source as a reference to the sources collection, and rejects a missing one', () => {
    expect(schema.parse(valid).source).toEqual({ collection: 'sources', id: 'thirty-projects' });
    const { source: _, ...rest } = valid;
    expect(issues(schema.safeParse(rest))[0].path).toBe('source');
    // An id that names no source is a dangling reference: tests/unit/links.test.ts.
  });

  it('keeps its tools as typed data, rejecting an empty name', () => {
    expect(schema.parse({ ...valid, tools: ['PostgreSQL', 'pandas'] }).tools).toEqual([
      'PostgreSQL',
      'pandas',
    ]);
    expect(schema.parse(valid).tools).toEqual([]);
    expect(issues(schema.safeParse({ ...valid, tools: ['PostgreSQL', ' '] }))[0].path).toBe(
      'tools.1',
    );
  });
});
