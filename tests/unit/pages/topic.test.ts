import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/headings';
import { DIAGRAM_LIMIT, topicPageProps } from '../../../src/lib/pages/topic';
import type { TopicEntry } from '../../../src/lib/pages/entries';
import { buildLinkGraph } from '../../../src/lib/links';
import { atlasFixture } from './atlas-fixture';

const atlas = atlasFixture();
const topic = (id: string) => atlas.topics.find((t) => t.id === id)!;

describe('topicPageProps', () => {
  it('gathers everything that links to the topic, each as a link under the base path', () => {
    const page = topicPageProps(atlas, topic('kafka'), '/atlas/');
    expect(page.links.projects).toEqual([
      { href: '/atlas/projects/p1/', title: 'CSV Loader', description: 'beginner' },
    ]);
    // A week is listed under its plan, which is named once.
    expect(page.links.plans).toEqual([
      {
        href: '/atlas/plans/plan-a/',
        title: 'Plan A',
        weeks: [{ href: '/atlas/plans/plan-a/week-1/', title: 'Week 1: Loading' }],
      },
    ]);
    expect(page.links.checklists).toEqual([{ href: '/atlas/checklists/ready/', title: 'Ready' }]);
    expect(page.links.guides).toEqual([
      { href: '/atlas/guides/streaming/', title: 'Streaming guide', description: 'On streams.' },
    ]);
  });

  it('counts related topics and resources in either direction, each once', () => {
    expect(
      topicPageProps(atlas, topic('kafka'), '/').neighbourhood.related.map((t) => t.id),
    ).toEqual(['spark']);
    expect(
      topicPageProps(atlas, topic('spark'), '/').neighbourhood.related.map((t) => t.id),
    ).toEqual(['kafka']);
    // python lists the book itself; kafka is listed by the book.
    for (const id of ['python', 'kafka']) {
      const { resources } = topicPageProps(atlas, topic(id), '/');
      expect(resources.map((r) => r.resource.id)).toEqual(['ddia']);
      expect(resources[0].lists).toEqual([{ href: '/reading/books/', title: 'Books' }]);
    }
  });

  it('puts the body first, then only the sections it has', () => {
    const page = topicPageProps(atlas, topic('kafka'), '/');
    expect(
      tableOfContents(page.outline, [{ depth: 2, slug: 'what', text: 'What' }]).map((h) => h.slug),
    ).toEqual([
      'what',
      'interview-questions',
      'neighbourhood',
      'projects',
      'plans',
      'checklists',
      'guides',
      'resources',
    ]);
    expect(page.category).toEqual({ label: 'Streaming', href: '/topics/#streaming' });
  });

  it('lists the interview questions, each an h3 with the slug of its text as id', () => {
    const page = topicPageProps(atlas, topic('kafka'), '/');
    expect(page.version).toBe('Apache Kafka 4.1');
    expect(page.outline.sections.questions).toEqual({
      depth: 2,
      slug: 'interview-questions',
      text: 'Interview questions',
    });
    expect(page.questions).toEqual([
      {
        heading: {
          depth: 3,
          slug: 'how-does-kafka-keep-one-key-in-order',
          text: 'How does Kafka keep one key in order?',
        },
        answer: ['Order holds within a partition.', 'The key picks the partition.'],
      },
      {
        heading: { depth: 3, slug: 'what-is-a-consumer-group', text: 'What is a consumer group?' },
        answer: ['Consumers that share partitions.'],
      },
    ]);
  });

  it('leaves out the version line and the questions section of a topic without them', () => {
    const page = topicPageProps(atlas, topic('spark'), '/');
    expect(page.version).toBeUndefined();
    expect(page.questions).toEqual([]);
    expect(page.outline.sections.questions).toBeUndefined();
    expect(tableOfContents(page.outline).map((h) => h.slug)).not.toContain('interview-questions');
  });

  it('draws only the closest neighbours and says how many more the lists hold', () => {
    const many: TopicEntry[] = Array.from({ length: DIAGRAM_LIMIT + 2 }, (_, i) => ({
      id: `t${i}`,
      data: { ...topic('spark').data, title: `Topic ${i}`, related: [] },
    }));
    const hub: TopicEntry = {
      id: 'hub',
      data: {
        ...topic('spark').data,
        title: 'Hub',
        related: many.map((t) => ({ collection: 'topics', id: t.id })),
      },
    };
    const small = {
      ...atlas,
      topics: [hub, ...many],
      projects: [],
      weeks: [],
      checklists: [],
      docs: [],
      resources: [],
    };
    const graph = buildLinkGraph(
      small.topics.map((t) => ({ collection: 'topics', id: t.id, data: t.data })),
    );
    const page = topicPageProps({ ...small, graph }, hub, '/');
    expect(page.neighbourhood.related).toHaveLength(DIAGRAM_LIMIT + 2);
    expect(page.neighbourhood.caption).toBe(
      'Hub: related topics (linked by a line) and projects that practise it (arrows); 2 more in the lists below.',
    );
    expect(page.neighbourhood.code).toContain('Topic 5');
    expect(page.neighbourhood.code).not.toContain('Topic 6');
  });
});
