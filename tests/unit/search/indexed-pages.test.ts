import { describe, expect, it } from 'vitest';
import { indexedPage } from '../../../src/search/indexed-pages';

const html = (body: string, head = '') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body><header><h2>Site menu</h2></header>${body}</body></html>`;

describe('indexedPage', () => {
  it('reads only the region Pagefind indexes, with its headings', () => {
    const page = indexedPage(
      '/topics/kafka/',
      html('<main data-pagefind-body><h1>Apache Kafka</h1><p>A log.</p><h2>Pitfalls</h2></main>'),
    );
    expect(page?.content).toBe('Apache Kafka A log. Pitfalls');
    expect(page?.headings).toEqual(['Apache Kafka', 'Pitfalls']);
    expect(page?.content).not.toContain('Site menu');
  });
  it('skips ignored regions, scripts, styles and diagrams', () => {
    const page = indexedPage(
      '/x/',
      html(
        '<main data-pagefind-body><p>kept</p><div data-pagefind-ignore><p>dropped</p></div><script>var dropped</script><style>.dropped{}</style><svg><text>dropped</text></svg></main>',
      ),
    );
    expect(page?.content).toBe('kept');
  });
  it('keeps words of neighbouring blocks apart', () => {
    const page = indexedPage(
      '/x/',
      html('<main data-pagefind-body><p>Kafka</p><p>Kinesis</p></main>'),
    );
    expect(page?.content.split(' ')).toEqual(['Kafka', 'Kinesis']);
  });
  it('reads metadata anywhere on the page, keeping colons in values', () => {
    const page = indexedPage(
      '/x/',
      html(
        '<main data-pagefind-body><span hidden data-pagefind-meta="aliases:CDC, Debezium"></span></main>',
        '<meta data-pagefind-meta="title:Week 1: SQL · Plan week">',
      ),
    );
    expect(page?.meta).toEqual({ aliases: 'CDC, Debezium', title: 'Week 1: SQL · Plan week' });
  });
  it('returns nothing for a page outside the index', () => {
    expect(indexedPage('/print/', html('<main><p>print view</p></main>'))).toBeUndefined();
  });
});
