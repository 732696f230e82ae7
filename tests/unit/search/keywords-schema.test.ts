import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../src/schemas/templates';
import { checklistSchema } from '../../../src/schemas/checklists';
import { planSchema } from '../../../src/schemas/plans';
import { fakeReference, issues } from '../schemas/fake-reference';

/** The optional search keywords of plans, templates and checklists: a list of words, empty by default. */
describe('search keywords in the schemas', () => {
  const template = {
    title: 'Daily Study Log',
    summary: 'A log for each study day.',
    source: 'senior-study-plan',
  };
  const checklist = {
    title: 'Environment Setup',
    summary: 'What to install first.',
    source: 'senior-study-plan',
    groups: [{ items: [{ text: 'Install Docker' }] }],
  };
  const plan = {
    title: '10-week path',
    summary: 'Ten weeks.',
    source: 'learning-path',
    level: 'intermediate',
  };
  const cases = [
    ['template', templateSchema(fakeReference), template],
    ['checklist', checklistSchema(fakeReference), checklist],
    ['plan', planSchema(fakeReference), plan],
  ] as const;

  it.each(cases)('a %s has no keywords unless it lists some', (_kind, schema, valid) => {
    expect((schema.parse(valid) as { keywords: string[] }).keywords).toEqual([]);
    expect(
      (schema.parse({ ...valid, keywords: ['what I studied today'] }) as { keywords: string[] })
        .keywords,
    ).toEqual(['what I studied today']);
  });

  it.each(cases)(
    'a %s rejects keywords that are not a list of text, naming the field',
    (_kind, schema, valid) => {
      const [issue] = issues(schema.safeParse({ ...valid, keywords: 'schedule' }));
      expect(issue.path).toBe('keywords');
    },
  );
});
