import { describe, expect, it } from 'vitest';
import { progressPageProps } from '../../../src/progress/page-props';
import { projectCatalogProps } from '../../../src/project-catalog/page-props';
import { atlasFixture } from './atlas-fixture';

describe('progressPageProps', () => {
  const lists = [
    {
      kind: 'Week' as const,
      title: 'Plan A — Week 1: Loading',
      url: '/plans/plan-a/week-1/',
      items: [{ key: 'weeks/plan-a/week-1/a', text: 'A' }],
    },
    {
      kind: 'Checklist' as const,
      title: 'Ready',
      url: '/checklists/ready/',
      items: [
        { key: 'checklists/ready/b', text: 'B' },
        { key: 'checklists/ready/c', text: 'C' },
      ],
    },
  ];
  const page = progressPageProps(lists);

  it('groups the lists by kind under one heading each, in a fixed order, empty groups included', () => {
    expect(page.groups.map((g) => [g.heading.text, g.lists.map((l) => l.title)])).toEqual([
      ['Checklists', ['Ready']],
      ['Projects', []],
      ['Plan weeks', ['Plan A — Week 1: Loading']],
      ['Topic pages read', []],
      ['SQL exercises', []],
    ]);
    expect(page.groups[0].lists[0].keys).toEqual(['checklists/ready/b', 'checklists/ready/c']);
  });

  it('lists the tools and the folded catalogue of lists in the table of contents', () => {
    expect(page.headings.map((h) => h.slug)).toEqual([
      'take-your-progress-to-another-device',
      'keep-your-progress',
      'every-list-you-can-tick',
    ]);
    expect(page.headings[2]).toBe(page.lists);
    // Each kind is a fold below that heading.
    expect(page.groups.map((g) => g.heading.depth)).toEqual([3, 3, 3, 3, 3]);
    expect(page.headings[0]).toBe(page.link);
    expect(page.headings[1]).toBe(page.tools);
    expect(page.allKeys).toEqual([
      'weeks/plan-a/week-1/a',
      'checklists/ready/b',
      'checklists/ready/c',
    ]);
  });
});

describe('projectCatalogProps', () => {
  const page = projectCatalogProps(atlasFixture());

  it('groups projects by level, keeping their catalog order', () => {
    expect(
      page.groups.map((g) => [g.heading.text, g.cards.map((c) => [c.project.id, c.order])]),
    ).toEqual([
      ['Beginner', [['p1', 0]]],
      ['Intermediate', [['p2', 1]]],
    ]);
    expect(page.headings).toEqual(page.groups.map((g) => g.heading));
    expect(page.groups[0].cards[0].tools).toEqual(['Python', 'pandas']);
  });

  it('offers every level, the topics some project has, and the tools with their counts', () => {
    expect(page.filters.levels.map((o) => o.label)).toEqual([
      'Beginner',
      'Intermediate',
      'Advanced',
      'Expert',
    ]);
    expect(page.filters.topics).toEqual([
      { value: 'kafka', label: 'Apache Kafka' },
      { value: 'python', label: 'Python' },
      { value: 'spark', label: 'Apache Spark' },
    ]);
    expect(page.filters.tools).toEqual([
      { value: 'python', label: 'Python (2)' },
      { value: 'pandas', label: 'pandas (1)' },
    ]);
  });
});
