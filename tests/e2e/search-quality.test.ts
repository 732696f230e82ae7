import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchedPage } from './setup/browser';
import { searchResults } from './support/search';
import { SEARCH_QUERIES } from './search-queries';

/** The search test set: at least 90% of learners' queries find their page in the top three. */
const REQUIRED_SHARE = 0.9;

describe('search quality', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await watchedPage(browser));
    await page.goto(new URL('', inject('siteUrl')).href);
  });
  afterAll(async () => browser?.close());

  it(`finds at least ${REQUIRED_SHARE * 100}% of ${SEARCH_QUERIES.length} queries' pages in the top 3`, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(30);
    const misses: string[] = [];
    for (const { query, expect: wanted } of SEARCH_QUERIES) {
      const top = (await searchResults(page, query)).slice(0, 3);
      const acceptable = Array.isArray(wanted) ? wanted : [wanted];
      if (!top.some((path) => acceptable.includes(path))) misses.push(`"${query}": wanted ${acceptable.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
    }
    const share = (SEARCH_QUERIES.length - misses.length) / SEARCH_QUERIES.length;
    console.log(`search quality: ${SEARCH_QUERIES.length - misses.length}/${SEARCH_QUERIES.length} in the top 3${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
