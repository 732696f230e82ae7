import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';
import { resultTitles, searchResults } from './support/search';

describe('search', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await useBrowser();
    ({ page } = await watchedPage(browser));
    await page.goto(new URL('topics/', inject('siteUrl')).href);
  });
  afterAll(async () => browser?.close());

  it('finds a topic first by its name', async () => {
    const results = await searchResults(page, 'Change data capture');
    expect(results[0]).toBe('/topics/change-data-capture/');
  });

  it('finds a topic first by its acronym', async () => {
    const results = await searchResults(page, 'CDC');
    expect(results[0]).toBe('/topics/change-data-capture/');
  });

  it('indexes custom collection pages: a project task finds its project', async () => {
    const results = await searchResults(page, 'Handle encoding issues');
    expect(results).toContain('/projects/01-csv-to-postgresql-loader/');
  });
});

describe('search dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('offers filters by kind, level and category, and each result says what kind of page it is', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(new URL('topics/', inject('siteUrl')).href);
    await searchResults(page, 'streaming');
    // Pagefind's UI draws each filter group as its values arrive, after the results.
    await expect
      .poll(async () =>
        (await page.locator('dialog[open] .pagefind-ui__filter-name').allTextContents()).map((f) =>
          f.trim().toLowerCase(),
        ),
      )
      .toEqual(expect.arrayContaining(['kind', 'level', 'category']));
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles)
      expect(title).toMatch(
        / · (Topic|Project|Plan|Plan week|Checklist|Template|Reading list|Guide|Source notes|Overview|Print view)$/,
      );
    await page.context().close();
  });
});
