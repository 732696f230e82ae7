import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, watchedPage, type PageWatch } from './setup/browser';
import { searchResults } from './support/search';
import {
  BAD_INPUT_QUERIES,
  SEARCH_QUERIES,
  type SearchQuery,
  type SearchQueryKind,
} from './search-queries';

/** Share of all queries whose page must be among the first three results. */
const REQUIRED_TOP_3 = 0.95;
/** Share of all queries whose page must be the first result. */
const REQUIRED_RANK_1 = 0.85;
/** Every kind of query the set must cover, with at least this many queries each. */
const KINDS: SearchQueryKind[] = [
  'name',
  'acronym',
  'misspelled',
  'question',
  'comparison',
  'schedule',
  'odd',
];
const MIN_PER_KIND = 8;

interface Outcome {
  query: SearchQuery;
  /** 1-based rank of the first acceptable page, or 0 when it is not among the results. */
  rank: number;
  top: string[];
}

const percent = (n: number, of: number) => `${of ? Math.round((n / of) * 1000) / 10 : 0}%`;

/** The figures per kind and overall, as one table a reader can paste into a note. */
function report(outcomes: Outcome[]): string {
  const rows = [...KINDS, 'all' as const].map((kind) => {
    const of = outcomes.filter((o) => kind === 'all' || o.query.kind === kind);
    const top3 = of.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    const first = of.filter((o) => o.rank === 1).length;
    return `${kind.padEnd(11)} ${String(of.length).padStart(3)}  top-3 ${`${top3}/${of.length}`.padStart(7)} ${percent(top3, of.length).padStart(6)}  rank-1 ${`${first}/${of.length}`.padStart(7)} ${percent(first, of.length).padStart(6)}`;
  });
  const misses = outcomes
    .filter((o) => o.rank !== 1)
    .map(
      (o) =>
        `  [${o.query.kind}] "${o.query.query}": rank ${o.rank || '-'}, got ${o.top.join(', ') || 'nothing'}`,
    );
  return ['search quality (kind, queries, top-3, rank-1):', ...rows, 'not first:', ...misses].join(
    '\n',
  );
}

describe('search quality', () => {
  let browser: Browser;
  let page: Page;
  const outcomes: Outcome[] = [];
  beforeAll(async () => {
    browser = await useBrowser();
    ({ page } = await watchedPage(browser));
    await page.goto(new URL('', inject('siteUrl')).href);
    for (const query of SEARCH_QUERIES) {
      // On a loaded machine the dialog can miss its first chance to open: try once more, then fail.
      const results = await searchResults(page, query.query, { again: true })
        .catch(() => searchResults(page, query.query))
        .catch((error: Error) => {
          throw new Error(`searching for ${JSON.stringify(query.query)}: ${error.message}`);
        });
      const acceptable = Array.isArray(query.expect) ? query.expect : [query.expect];
      const rank = results.findIndex((path) => acceptable.includes(path)) + 1;
      outcomes.push({ query, rank, top: results.slice(0, 3) });
    }
    console.log(report(outcomes));
  }, 1_200_000);
  afterAll(async () => browser?.close());

  it('covers every kind of query learners type, each several times', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(80);
    for (const kind of KINDS)
      expect(SEARCH_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(
        MIN_PER_KIND,
      );
    for (const kind of ['misspelled', 'question', 'comparison', 'schedule'] as const) {
      expect(SEARCH_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    }
  });

  it(`finds the right page in the top 3 for at least ${REQUIRED_TOP_3 * 100}% of queries`, () => {
    const found = outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    expect(found / outcomes.length, report(outcomes)).toBeGreaterThanOrEqual(REQUIRED_TOP_3);
  });

  it(`puts the right page first for at least ${REQUIRED_RANK_1 * 100}% of queries`, () => {
    const first = outcomes.filter((o) => o.rank === 1).length;
    expect(first / outcomes.length, report(outcomes)).toBeGreaterThanOrEqual(REQUIRED_RANK_1);
  });
});

describe('search with bad input', () => {
  let browser: Browser;
  let watch: PageWatch;
  beforeAll(async () => {
    browser = await useBrowser();
    watch = await watchedPage(browser);
    await watch.page.goto(new URL('', inject('siteUrl')).href);
  });
  afterAll(async () => browser?.close());

  it.each(
    BAD_INPUT_QUERIES.map((q) => [JSON.stringify(q.length > 40 ? `${q.slice(0, 40)}…` : q), q]),
  )(
    'answers %s calmly: a message or nothing, no error, no markup from the query',
    async (_label, query) => {
      const { page } = watch;
      watch.errors.length = 0;
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        return d.dismiss();
      });
      await page.reload();
      await page.locator('atlas-search-box button[data-open-search]').first().click();
      await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
      if (query.trim()) {
        // Pagefind reports what it searched for once it is done; the message settles on a count.
        await page.waitForFunction(
          () => {
            const text =
              document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '';
            return text !== '' && !text.startsWith('Searching');
          },
          undefined,
          { timeout: 15_000 },
        );
      } else {
        await page.waitForTimeout(600);
        expect(await page.locator('dialog[open] .pagefind-ui__result').count()).toBe(0);
      }
      expect(
        await page
          .locator(
            'dialog[open] .pagefind-ui__message script, dialog[open] .pagefind-ui__message b',
          )
          .count(),
      ).toBe(0);
      expect(dialogs).toBe(0);
      expect(watch.errors).toEqual([]);
    },
  );
});
