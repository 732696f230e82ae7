import { describe, expect, it } from 'vitest';
import {
  address,
  atlasDocuments,
  documentMarkdown,
  listsMarkdown,
  llmsFull,
  llmsIndex,
  DOCUMENT_COLLECTIONS,
  markdownPath,
  resolveLinks,
  shiftHeadings,
} from '../../../src/llms/documents';
import { contentCollections, contentModel, hasEntryPages } from '../../../src/content-model';

const atRoot = { base: '/' };
const fork = { base: '/atlas', site: 'https://someone.github.io' };

const entries = {
  topics: [
    {
      id: 'apache-kafka',
      data: { title: 'Apache Kafka', summary: 'A distributed log,\n  for events.' },
      body: 'Kafka keeps events. See [Flink](/topics/apache-flink/) and [docs](https://kafka.apache.org/).\n\n[ref]: /projects/p1/',
    },
  ],
  checklists: [
    {
      id: 'code-review',
      data: {
        title: 'Code review',
        summary: 'Before merging.',
        groups: [
          { title: 'Tests', items: [{ id: 'a', text: 'Tests pass' }] },
          { items: [{ id: 'b', text: 'Docs [updated]' }] },
        ],
      },
      body: '',
    },
  ],
  plans: [{ id: 'ten-weeks', data: { title: 'Ten [weeks]', summary: 'A plan.' }, body: 'Intro.' }],
  // No page of its own: never listed.
  resources: [{ id: 'r', data: { title: 'A book' } }],
};

describe('atlas documents', () => {
  it('addresses pages with the base path, absolute only when a site is configured', () => {
    expect(address('/topics/x/', atRoot)).toBe('/topics/x/');
    expect(address('/topics/x/', fork)).toBe('https://someone.github.io/atlas/topics/x/');
    expect(markdownPath('/topics/x/')).toBe('/topics/x/index.md');
  });

  it('makes root-relative links in a body work under the base path, and leaves others alone', () => {
    expect(
      resolveLinks('[a](/topics/x/) [b](https://e.test/) [c](#here) [d](//cdn.test/x)', fork),
    ).toBe(
      '[a](https://someone.github.io/atlas/topics/x/) [b](https://e.test/) [c](#here) [d](//cdn.test/x)',
    );
    expect(resolveLinks('[ref]: /projects/p1/', { base: '/atlas' })).toBe(
      '[ref]: /atlas/projects/p1/',
    );
  });

  it('covers every collection whose entries have pages, plans first', () => {
    expect([...DOCUMENT_COLLECTIONS].sort()).toEqual(
      contentCollections.filter((c) => hasEntryPages(contentModel[c])).sort(),
    );
    expect(DOCUMENT_COLLECTIONS).not.toContain('resources');
    expect(DOCUMENT_COLLECTIONS.slice(0, 3)).toEqual(['plans', 'weeks', 'projects']);
  });

  it('lists the collections that have pages, in study order, each with title, summary and addresses', () => {
    const docs = atlasDocuments(entries, fork);
    expect(docs.map((d) => `${d.collection}/${d.id}`)).toEqual([
      'plans/ten-weeks',
      'topics/apache-kafka',
      'checklists/code-review',
    ]);
    const kafka = docs[1];
    expect(kafka).toMatchObject({
      title: 'Apache Kafka',
      summary: 'A distributed log, for events.',
      url: 'https://someone.github.io/atlas/topics/apache-kafka/',
      markdownUrl: 'https://someone.github.io/atlas/topics/apache-kafka/index.md',
    });
    expect(kafka.body).toContain('[Flink](https://someone.github.io/atlas/topics/apache-flink/)');
  });

  it('writes tickable lists as task lists, under their group titles', () => {
    expect(listsMarkdown(contentModel.checklists, entries.checklists[0].data)).toBe(
      '## Items\n\n### Tests\n\n- [ ] Tests pass\n\n- [ ] Docs [updated]',
    );
    expect(listsMarkdown(contentModel.projects, { tasks: [{ id: 't', text: 'Build it' }] })).toBe(
      '## Tasks\n\n- [ ] Build it',
    );
    expect(listsMarkdown(contentModel.topics, {})).toBe('');
  });

  it("gives each entry's Markdown a header and its body, never its frontmatter", () => {
    const [, kafka, checklist] = atlasDocuments(entries, atRoot);
    const markdown = documentMarkdown(kafka);
    expect(markdown).toBe(
      '# Apache Kafka\n\n> A distributed log, for events.\n\nPage: </topics/apache-kafka/>\n\n' +
        'Kafka keeps events. See [Flink](/topics/apache-flink/) and [docs](https://kafka.apache.org/).\n\n[ref]: /projects/p1/\n',
    );
    expect(markdown).not.toMatch(/^---|summary:|title:/m);
    expect(documentMarkdown(checklist)).toContain('- [ ] Tests pass');
  });

  it('writes llms.txt as llmstxt.org describes: H1, blockquote, sections of links', () => {
    const text = llmsIndex(
      { title: 'Atlas', description: 'Study material.', fullUrl: '/llms-full.txt' },
      atlasDocuments(entries, atRoot),
    );
    expect(text.split('\n').slice(0, 3)).toEqual(['# Atlas', '', '> Study material.']);
    expect(text).toContain('## Plans\n\n- [Ten \\[weeks\\]](/plans/ten-weeks/): A plan.');
    expect(text).toContain(
      '## Topics\n\n- [Apache Kafka](/topics/apache-kafka/): A distributed log, for events.',
    );
    expect(text).toContain(
      '## Checklists\n\n- [Code review](/checklists/code-review/): Before merging.',
    );
    expect(text).toContain('(/llms-full.txt)');
    expect(text).not.toContain('## Resources');
  });

  it('puts every document in llms-full.txt, its headings one level down, code untouched', () => {
    const full = llmsFull(
      { title: 'Atlas', description: 'Study material.' },
      atlasDocuments(entries, atRoot),
    );
    expect(full.startsWith('# Atlas\n\n> Study material.\n')).toBe(true);
    expect(full).toContain('## Apache Kafka');
    expect(full).toContain('### Items');
    expect(full).toContain('#### Tests');
    expect(full.match(/^# /gm)).toHaveLength(1);
    expect(shiftHeadings('# A\n```sh\n# a comment\n```\n## B')).toBe(
      '## A\n```sh\n# a comment\n```\n### B',
    );
  });
});
