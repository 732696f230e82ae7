import { describe, expect, it } from 'vitest';
import {
  checklistIndexProps,
  checklistPageProps,
  allChecklistsProps,
} from '../../../src/lib/pages/checklist';
import { homeCards } from '../../../src/lib/pages/home';
import { planPrintProps } from '../../../src/lib/pages/plan';
import { readingIndexItems, readingPageProps } from '../../../src/lib/pages/reading';
import { templateIndexItems, templatePageProps } from '../../../src/lib/pages/template';
import { aliasesBeyondTitle, topicIndexProps } from '../../../src/lib/pages/topic-index';
import { tableOfContents } from '../../../src/lib/headings';
import { atlasFixture } from './atlas-fixture';

const atlas = atlasFixture();

describe('checklist pages', () => {
  const [ready] = atlas.checklists;

  it('makes each titled group a section and names an untitled group after the checklist', () => {
    const page = checklistPageProps(ready);
    expect(page.headings).toEqual([{ depth: 2, slug: 'skills', text: 'Skills' }]);
    expect(page.groups.map((g) => [g.heading?.slug, g.label])).toEqual([
      ['skills', 'Skills'],
      [undefined, 'Ready'],
    ]);
    expect(page.progressKeys).toEqual([
      'checklists/ready/can-stream',
      'checklists/ready/can-batch',
    ]);
  });

  it('prints every checklist as one section, and indexes them under the base path', () => {
    const all = allChecklistsProps(atlas.checklists);
    expect(all.headings.map((h) => h.text)).toEqual(['Ready']);
    expect(all.sections[0].groups.map((g) => g.title)).toEqual(['Skills', undefined]);
    const index = checklistIndexProps(atlas.checklists, '/atlas');
    expect(index.printHref).toBe('/atlas/checklists/print/');
    expect(index.items[0]).toMatchObject({
      href: '/atlas/checklists/ready/',
      title: 'Ready',
      summary: 'Readiness.',
    });
  });
});

describe('planPrintProps', () => {
  it('gives every week a section with its dates, and each of its projects with their tasks', () => {
    const page = planPrintProps(atlas, atlas.plans[0], '/');
    expect(page.title).toBe('Plan A — all weeks');
    expect(page.headings.map((h) => h.slug)).toEqual(['week-1-loading', 'week-2-batch']);
    expect(page.weeks[0]).toMatchObject({
      dates: '19 Aug 2025 – 24 Aug 2025',
      focus: 'Load data.',
    });
    expect(page.weeks[0].projects.map((p) => [p.id, p.tasks.length])).toEqual([['p1', 2]]);
    expect(page.weeks[1].dates).toBeUndefined();
  });
});

describe('reading, template, topic index and home props', () => {
  it('resolves each reading-list item to its resource and its topics', () => {
    const page = readingPageProps(atlas, atlas.reading[0]);
    expect(page.items.map((i) => [i.resource.id, i.topics.map((t) => t.id)])).toEqual([
      ['ddia', ['kafka']],
    ]);
    expect(readingIndexItems(atlas.reading, '/')).toEqual([
      { href: '/reading/books/', title: 'Books', description: 'Read these. (1 entries)' },
    ]);
  });

  it('names the list and the resource when a reading-list item points nowhere', () => {
    expect(() => readingPageProps({ ...atlas, resources: [] }, atlas.reading[0])).toThrow(
      'Reading list "books" names resource "ddia"',
    );
  });

  it('lists a template and its fields as the two sections of its page', () => {
    const page = templatePageProps(atlas.templates[0]);
    expect(tableOfContents(page.outline).map((h) => h.text)).toEqual(['Template', 'Fields']);
    const bare = templatePageProps({
      ...atlas.templates[0],
      data: { ...atlas.templates[0].data, fields: [] },
    });
    expect(tableOfContents(bare.outline).map((h) => h.text)).toEqual(['Template']);
    // A field the template's own text already shows is not listed again under "Fields".
    const shown = templatePageProps({ ...atlas.templates[0], body: '- Date:\n' });
    expect(shown.fields).toEqual([]);
    expect(tableOfContents(shown.outline).map((h) => h.text)).toEqual(['Template']);
    const hinted = templatePageProps({
      ...atlas.templates[0],
      body: '- Date:\n',
      data: { ...atlas.templates[0].data, fields: [{ name: 'Date', hint: 'ISO day' }] },
    });
    expect(hinted.fields).toEqual([{ name: 'Date', hint: 'ISO day' }]);
    expect(templateIndexItems(atlas.templates, '/')).toEqual([
      { href: '/templates/log/', title: 'Study log', description: 'A log.' },
    ]);
  });

  it('groups topics by category in the categories order, leaving empty categories out', () => {
    const page = topicIndexProps(atlas.topics, '/');
    expect(page.groups.map((g) => [g.heading.text, g.topics.map((t) => t.title)])).toEqual([
      ['Languages and algorithms', ['Python']],
      ['Batch processing', ['Apache Spark']],
      ['Streaming', ['Apache Kafka']],
    ]);
    expect(page.headings).toEqual(page.groups.map((g) => g.heading));
    // "Kafka" is already in the title: the index does not say it twice.
    expect(page.groups[2].topics[0]).toEqual({
      href: '/topics/kafka/',
      title: 'Apache Kafka',
      aliases: [],
    });
  });

  it.each([
    [
      'ACID vs BASE',
      ['ACID', 'base', 'ACID transactions', 'isolation levels'],
      ['ACID transactions', 'isolation levels'],
    ],
    ['SQL vs NoSQL trade-offs', ['SQL vs NoSQL', 'SQL or NoSQL'], ['SQL or NoSQL']],
    ['Git and branching', ['Git', 'git rebase'], ['git rebase']],
    ['Distributed systems', ['CAP', 'PACELC'], ['CAP', 'PACELC']],
    // A word inside a longer word of the title is still news: "SQL" is not in "PostgreSQL".
    ['PostgreSQL', ['Postgres', 'SQL'], ['Postgres', 'SQL']],
  ])(
    'lists only the aliases of %j that its title does not already say',
    (title, aliases, shown) => {
      expect(aliasesBeyondTitle(title, aliases)).toEqual(shown);
    },
  );

  it('counts every kind of material for the home page', () => {
    expect(homeCards(atlas, '/atlas').map((c) => [c.href, c.count])).toEqual([
      ['/atlas/plans/', '2 plans, 2 weeks'],
      ['/atlas/projects/', '2 projects'],
      ['/atlas/topics/', '3 topics'],
      ['/atlas/checklists/', '1 checklists, 2 items'],
      ['/atlas/templates/', '1 templates'],
      ['/atlas/reading/', '1 resources'],
    ]);
  });
});
