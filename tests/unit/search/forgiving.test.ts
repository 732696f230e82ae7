import { describe, expect, it } from 'vitest';
import { buildVocabulary, indexVocabulary, type IndexedPage } from '../../../src/search/vocabulary';
import { correctQuery, forgivingSearch } from '../../../src/search/forgiving';
import { demote, rankByParts, rarityWeight } from '../../../src/search/rank';

/** A page as the index sees it, with the id a stand-in engine answers with. */
type TestPage = IndexedPage & { id: string };
const page = (
  id: string,
  url: string,
  title: string,
  content: string,
  extra: Partial<IndexedPage> = {},
): TestPage => ({
  id,
  url,
  content,
  meta: { title: `${title} · ${url.startsWith('/sources/') ? 'Source notes' : 'Topic'}` },
  headings: [title],
  ...extra,
});
/** The kind a page's title names, as the `kind` search filter holds it. */
const kindOf = (p: IndexedPage) => p.meta.title?.split(' · ')[1];

const PAGES = [
  page(
    'kafka',
    '/topics/apache-kafka/',
    'Apache Kafka',
    'A distributed log for streaming events.',
    { meta: { title: 'Apache Kafka · Topic', aliases: 'Kafka Connect, MSK' } },
  ),
  page(
    'kinesis',
    '/topics/aws-kinesis/',
    'Amazon Kinesis',
    'Managed streams on AWS, similar to Kafka.',
  ),
  page(
    'semantics',
    '/topics/streaming-semantics/',
    'Streaming semantics',
    'Late data, watermarks and windows decide when a streaming result is complete.',
  ),
  page(
    'source',
    '/sources/senior-resources/',
    'Source notes',
    'Notes on streaming and Kafka in the source.',
  ),
];

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(PAGES, ['Source notes']);
  it('takes names from titles (without the page kind), aliases and headings', () => {
    expect(vocabulary.names).toEqual(
      expect.arrayContaining([
        'apache',
        'kafka',
        'connect',
        'msk',
        'kinesis',
        'streaming',
        'semantics',
      ]),
    );
    expect(vocabulary.names).not.toContain('topic');
  });
  it('keeps every other word of the pages apart from the names', () => {
    expect(vocabulary.words).toEqual(expect.arrayContaining(['late', 'watermarks', 'distributed']));
    expect(vocabulary.words).not.toContain('kafka');
  });
  it('names the kinds of page to demote, and counts the pages', () => {
    expect(vocabulary.demotedKinds).toEqual(['Source notes']);
    expect(vocabulary.pageCount).toBe(4);
  });
});

describe('indexVocabulary and correctQuery', () => {
  const index = indexVocabulary({
    names: ['kafka', 'kinesis', 'airflow', 'iceberg', 'postgresql'],
    words: ['late', 'data', 'handle'],
  });
  it('corrects a misspelled name to the closest name of the site', () => {
    expect(index.correct('kafak')).toBe('kafka');
    expect(index.correct('airflwo')).toBe('airflow');
    expect(index.correct('postgressql')).toBe('postgresql');
  });
  it('never corrects a word the site holds, a short word, or a word close to nothing', () => {
    expect(index.correct('late')).toBeUndefined();
    expect(index.correct('kafka')).toBeUndefined();
    expect(index.correct('kfa')).toBeUndefined();
    expect(index.correct('zzzzzz')).toBeUndefined();
  });
  it('rewrites only the misspelled words of a query', () => {
    expect(correctQuery('how to handle late data in kafak', index)).toBe(
      'how to handle late data in kafka',
    );
    expect(correctQuery('Kafka late data', index)).toBeUndefined();
  });
});

describe('rankByParts and demote', () => {
  const a = { id: 'a', score: 10 };
  const b = { id: 'b', score: 2 };
  const c = { id: 'c', score: 5 };
  it('puts pages holding more of the weighted parts first', () => {
    const ranked = rankByParts([
      { weight: 1, results: [a, c] },
      { weight: 1, results: [c] },
      { weight: 1, results: [b, c] },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('with no worth for merely holding a part, a page about one side beats one mentioning both', () => {
    const about = { id: 'about', score: 10 };
    const mentions = { id: 'mentions', score: 1 };
    const ranked = rankByParts(
      [
        { weight: 1, results: [about, mentions] },
        { weight: 1, results: [{ id: 'other', score: 10 }, { ...mentions }] },
      ],
      new Set(),
      0,
    );
    expect(ranked[0].id).not.toBe('mentions');
  });
  it('weighs rare words above common ones, never at zero', () => {
    expect(rarityWeight(2, 200)).toBeGreaterThan(rarityWeight(150, 200));
    expect(rarityWeight(200, 200)).toBeGreaterThan(0);
  });
  it('moves demoted pages below pages that score close to them, keeping them in the results', () => {
    expect(demote([a, c, b], new Set(['a'])).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(rankByParts([{ weight: 1, results: [a, c] }], new Set(['a'])).map((r) => r.id)).toEqual([
      'c',
      'a',
    ]);
  });
});

describe('forgivingSearch', () => {
  /** A stand-in for Pagefind: a page matches when it holds every word (as a prefix). */
  const engine = (pages: TestPage[]) => {
    const searched: string[] = [];
    const text = (p: TestPage) =>
      `${p.meta.title} ${p.meta.aliases ?? ''} ${p.content}`.toLowerCase();
    return {
      searched,
      search: (term: string) => {
        searched.push(term);
        const terms = term.toLowerCase().split(/\s+/).filter(Boolean);
        const results = pages
          .filter((p) =>
            terms.every((t) =>
              text(p)
                .split(/[^a-z0-9]+/)
                .some((w) => w.startsWith(t)),
            ),
          )
          .map((p) => ({
            id: p.id,
            score: terms.reduce(
              (sum, t) => sum + (p.meta.title.toLowerCase().includes(t) ? 10 : 1),
              0,
            ),
          }));
        return Promise.resolve({ results: results.sort((x, y) => y.score - x.score) });
      },
      vocabulary: () => {
        const v = buildVocabulary(pages, ['Source notes']);
        // As the dialog does: the pages of the demoted kinds, found through the kind filter.
        const demoted = pages.filter((p) => v.demotedKinds.includes(kindOf(p) ?? ''));
        return Promise.resolve({
          index: indexVocabulary(v),
          pageCount: v.pageCount,
          demoted: new Set(demoted.map((p) => p.id)),
        });
      },
    };
  };

  it('corrects a misspelled name and says what it searched for', async () => {
    const deps = engine(PAGES);
    const outcome = await forgivingSearch('kafak', deps);
    expect(outcome.corrected).toBe('kafka');
    expect(outcome.response.results[0].id).toBe('kafka');
  });
  it('searches the words as typed when asked to', async () => {
    const outcome = await forgivingSearch('kafak', engine(PAGES), true);
    expect(outcome.corrected).toBeUndefined();
    expect(outcome.response.results).toEqual([]);
  });
  it('retries a question word by word and ranks the page holding most of them first', async () => {
    const outcome = await forgivingSearch('how to handle late data in streaming', engine(PAGES));
    expect(outcome.retriedWith).toEqual(['handle', 'late', 'data', 'streaming']);
    expect(outcome.response.results[0].id).toBe('semantics');
  });
  it('searches both sides of a comparison', async () => {
    const deps = engine(PAGES);
    const outcome = await forgivingSearch('kafka vs kinesis', deps);
    expect(outcome.compared).toEqual(['kafka', 'kinesis']);
    expect(deps.searched).toEqual(expect.arrayContaining(['kafka', 'kinesis']));
    expect(
      outcome.response.results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['kafka', 'kinesis']);
  });
  it('ranks source notes below the pages they describe', async () => {
    const outcome = await forgivingSearch('kafka', engine(PAGES));
    const ids = outcome.response.results.map((r) => r.id);
    expect(ids.indexOf('source')).toBeGreaterThan(ids.indexOf('kafka'));
  });
  it('passes input without words straight through', async () => {
    const deps = engine(PAGES);
    const outcome = await forgivingSearch('?!', deps);
    expect(outcome).toEqual({ response: { results: [] } });
    expect(deps.searched).toEqual(['?!']);
  });
});
