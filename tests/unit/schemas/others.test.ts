import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/schemas/topics';
import { resourceSchema } from '../../../src/schemas/resources';
import { readingSchema } from '../../../src/schemas/reading';
import { templateSchema } from '../../../src/schemas/templates';
import { checklistSchema } from '../../../src/schemas/checklists';
import { fakeReference, issues } from './fake-reference';

describe('topic schema', () => {
  const schema = topicSchema(fakeReference);
  const valid = {
    title: 'Change data capture',
    category: 'streaming',
    summary: 'Turning database changes into events.',
    aliases: ['CDC'],
    reviewed: '2026-12-01',
  };
  it('accepts a topic', () => {
    expect(schema.parse(valid).related).toEqual([]);
  });
  it('defaults to no interview questions and no version', () => {
    const topic = schema.parse(valid);
    expect(topic.questions).toEqual([]);
    expect(topic.version).toBeUndefined();
  });
  it('accepts interview questions with an answer outline, and a product with its version', () => {
    const topic = schema.parse({
      ...valid,
      kind: 'product',
      version: ' Debezium 3.3 ',
      questions: [{ question: 'Why log-based CDC?', answer: ['No polling.', 'Sees deletes.'] }],
    });
    expect(topic.version).toBe('Debezium 3.3');
    expect(topic.questions).toEqual([
      { question: 'Why log-based CDC?', answer: ['No polling.', 'Sees deletes.'] },
    ]);
  });
  it('rejects a question without an answer outline, or with an empty line', () => {
    expect(
      issues(schema.safeParse({ ...valid, questions: [{ question: 'Why?', answer: [] }] })),
    ).toEqual([
      { path: 'questions.0.answer', message: 'an answer outline has at least one point' },
    ]);
    expect(
      issues(schema.safeParse({ ...valid, questions: [{ question: 'Why?', answer: [' '] }] }))[0]
        .path,
    ).toBe('questions.0.answer.0');
    expect(issues(schema.safeParse({ ...valid, questions: [{ question: 'Why?' }] }))[0].path).toBe(
      'questions.0.answer',
    );
  });
  it('rejects two questions with the same heading id', () => {
    const answer = ['A point.'];
    expect(
      issues(
        schema.safeParse({
          ...valid,
          questions: [
            { question: 'Why CDC?', answer },
            { question: 'Why CDC!', answer },
          ],
        }),
      ),
    ).toEqual([
      { path: 'questions.1.question', message: 'the question repeats another one ("why-cdc")' },
    ]);
  });
  it('requires a version of a product topic and refuses one on a concept', () => {
    expect(issues(schema.safeParse({ ...valid, kind: 'product' }))).toEqual([
      { path: 'version', message: 'a product topic states the version it describes' },
    ]);
    expect(issues(schema.safeParse({ ...valid, kind: 'concept', version: '1.0' }))[0].path).toBe(
      'version',
    );
    expect(issues(schema.safeParse({ ...valid, kind: 'tool' }))[0].path).toBe('kind');
  });
  it('rejects an unknown category, listing the allowed ones', () => {
    const [issue] = issues(schema.safeParse({ ...valid, category: 'misc' }));
    expect(issue.path).toBe('category');
    expect(issue.message).toMatch(/foundations/);
  });
});

describe('resource schema', () => {
  const schema = resourceSchema(fakeReference);
  const valid = {
    title: 'Designing Data-Intensive Applications',
    kind: 'book',
    authors: ['Martin Kleppmann'],
    sources: ['senior-resources'],
  };
  it('accepts a resource', () => {
    expect(schema.parse(valid).topics).toEqual([]);
  });
  it('rejects a relative URL', () => {
    expect(issues(schema.safeParse({ ...valid, url: 'docs/index.md' }))[0]).toEqual({
      path: 'url',
      message: 'url must be an absolute https:// or http:// URL, e.g. https://example.org/',
    });
  });
  it('rejects a resource with no source', () => {
    expect(issues(schema.safeParse({ ...valid, sources: [] }))[0].path).toBe('sources');
  });
});

describe('reading list schema', () => {
  const schema = readingSchema(fakeReference);
  const valid = {
    title: 'Reading list',
    summary: 'Books.',
    source: 'senior-study-plan',
    items: [{ resource: 'ddia', priority: 1 }],
  };
  it('accepts a list and keeps order and priority', () => {
    expect(schema.parse(valid).items).toEqual([
      { resource: { collection: 'resources', id: 'ddia' }, priority: 1 },
    ]);
  });
  it('rejects an empty list', () => {
    expect(issues(schema.safeParse({ ...valid, items: [] }))[0].path).toBe('items');
  });
});

describe('template schema', () => {
  const schema = templateSchema(fakeReference);
  it('accepts fields with optional hints', () => {
    const data = schema.parse({
      title: 'ADR',
      summary: 'Decision record',
      source: 'senior-study-plan',
      fields: [{ name: 'Context' }],
    });
    expect(data.fields).toEqual([{ name: 'Context' }]);
  });
  it('rejects a field without a name', () => {
    expect(
      issues(
        schema.safeParse({
          title: 'ADR',
          summary: 's',
          source: 'senior-study-plan',
          fields: [{ hint: 'x' }],
        }),
      )[0].path,
    ).toBe('fields.0.name');
  });
});

describe('checklist schema', () => {
  const schema = checklistSchema(fakeReference);
  const valid = {
    title: 'Readiness',
    summary: 'Am I ready?',
    source: 'senior-resources',
    groups: [{ items: ['Draw complete pipeline in <15 min'] }],
  };
  it('accepts a checklist with one untitled group', () => {
    expect(schema.parse(valid).groups[0].items[0]).toEqual({
      id: 'draw-complete-pipeline-in-15-min',
      text: 'Draw complete pipeline in <15 min',
    });
  });
  it('rejects an empty group', () => {
    expect(
      issues(schema.safeParse({ ...valid, groups: [{ title: 'Empty', items: [] }] }))[0].path,
    ).toBe('groups.0.items');
  });
  it('rejects the same item id in two groups, naming both places', () => {
    const [issue] = issues(
      schema.safeParse({
        ...valid,
        groups: [{ items: ['Docker'] }, { items: [{ id: 'docker', text: 'Docker & Kubernetes' }] }],
      }),
    );
    expect(issue.path).toBe('groups.1.items.0');
    expect(issue.message).toMatch(/groups\[0\]\.items\[0\] and groups\[1\]\.items\[0\]/);
  });
  it('rejects an item id that is not a slug', () => {
    expect(
      issues(
        schema.safeParse({ ...valid, groups: [{ items: [{ id: 'Has Spaces', text: 'x' }] }] }),
      )[0].path,
    ).toBe('groups.0.items.0.id');
  });
});
