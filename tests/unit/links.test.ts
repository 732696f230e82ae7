import { describe, expect, it } from 'vitest';
import {
  backlinksFrom,
  buildLinkGraph,
  findReferences,
  linkedEntries,
  type GraphEntry,
} from '../../src/lib/links';

const entries: GraphEntry[] = [
  {
    collection: 'topics',
    id: 'kafka',
    data: { title: 'Kafka', related: [{ collection: 'topics', id: 'flink' }] },
  },
  { collection: 'topics', id: 'flink', data: { title: 'Flink', related: [] } },
  {
    collection: 'projects',
    id: '15-kafka-streaming-basics',
    file: 'src/content/projects/15-kafka-streaming-basics.md',
    data: { topics: [{ collection: 'topics', id: 'kafka' }], prerequisites: [] },
  },
  {
    collection: 'weeks',
    id: 'plan/week-5',
    data: {
      plan: { collection: 'plans', id: 'plan' },
      projects: [{ collection: 'projects', id: '15-kafka-streaming-basics' }],
      blocks: [{ label: 'Day 1', topic: { collection: 'topics', id: 'kafka' } }],
      startDate: new Date('2025-09-15'),
    },
  },
  { collection: 'plans', id: 'plan', data: { topics: [] } },
];

describe('findReferences', () => {
  it('finds references by shape at any depth and names their field path', () => {
    const refs = findReferences(entries[3].data, new Set(['plans', 'projects', 'topics', 'weeks']));
    expect(refs.map((r) => r.field)).toEqual(['plan', 'projects[0]', 'blocks[0].topic']);
  });
  it('ignores objects that merely have an id', () => {
    expect(findReferences({ items: [{ id: 'x', text: 'y' }] }, new Set(['topics']))).toEqual([]);
  });
});

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(entries);
  it('derives backlinks for every target', () => {
    expect(backlinksFrom(graph, { collection: 'topics', id: 'kafka' }, 'projects')).toEqual([
      '15-kafka-streaming-basics',
    ]);
    expect(backlinksFrom(graph, { collection: 'topics', id: 'kafka' }, 'weeks')).toEqual([
      'plan/week-5',
    ]);
    expect(
      backlinksFrom(graph, { collection: 'topics', id: 'flink' }, 'topics', 'related'),
    ).toEqual(['kafka']);
  });
  it('filters backlinks by field', () => {
    expect(
      backlinksFrom(
        graph,
        { collection: 'projects', id: '15-kafka-streaming-basics' },
        'weeks',
        'projects',
      ),
    ).toEqual(['plan/week-5']);
    expect(backlinksFrom(graph, { collection: 'topics', id: 'kafka' }, 'weeks', 'topics')).toEqual(
      [],
    );
  });
  it('reports no dangling references when every target exists', () => {
    expect(graph.dangling).toEqual([]);
  });
  it('reports a dangling reference with its file, field and missing id', () => {
    const broken = [
      ...entries,
      {
        collection: 'projects',
        id: 'x',
        file: 'src/content/projects/x.md',
        data: { topics: [{ collection: 'topics', id: 'kafak' }] },
      },
    ];
    const g = buildLinkGraph(broken);
    expect(g.dangling).toHaveLength(1);
    expect(g.dangling[0]).toMatchObject({
      from: { file: 'src/content/projects/x.md' },
      field: 'topics[0]',
      target: { collection: 'topics', id: 'kafak' },
    });
  });
});

describe('references to sources', () => {
  it('reports a source id that names no source as a dangling reference, with a suggestion', () => {
    const withSources: GraphEntry[] = [
      { collection: 'sources', id: 'thirty-projects', data: { title: '30 projects' } },
      {
        collection: 'projects',
        id: 'p',
        file: 'src/content/projects/p.md',
        data: { source: { collection: 'sources', id: 'thirty-project' } },
      },
    ];
    const g = buildLinkGraph(withSources);
    expect(g.dangling).toHaveLength(1);
    expect(g.dangling[0]).toMatchObject({
      from: { file: 'src/content/projects/p.md' },
      field: 'source',
      target: { collection: 'sources', id: 'thirty-project' },
    });
  });
});

describe('references into a collection without entries', () => {
  it('still reports them as dangling', () => {
    const noSources: GraphEntry[] = [
      {
        collection: 'projects',
        id: 'p',
        file: 'src/content/projects/p.md',
        data: { source: { collection: 'sources', id: 'thirty-projects' } },
      },
    ];
    expect(buildLinkGraph(noSources).dangling).toMatchObject([
      { field: 'source', target: { collection: 'sources', id: 'thirty-projects' } },
    ]);
  });
});

describe('linkedEntries', () => {
  it('finds topic and project links in Markdown, once each, ignoring anchors and other paths', () => {
    const md =
      'See [Kafka](/topics/apache-kafka/), [again](/topics/apache-kafka/#basics), [p](/projects/01-csv/) and [plans](/plans/) or [x](https://example.org/topics/y/).';
    expect(linkedEntries(md)).toEqual([
      { collection: 'topics', id: 'apache-kafka' },
      { collection: 'projects', id: '01-csv' },
    ]);
  });
});
