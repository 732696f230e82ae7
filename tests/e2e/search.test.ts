import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchedPage } from './setup/browser';

/** Types a query into Starlight's search dialog and returns the result links in order. */
export async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.reload();
  await page.locator('site-search button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input');
  await input.fill(query);
  // Pagefind first reports the count, then fills the results in: wait for both.
  await page.waitForFunction(
    (q) => {
      const dialog = document.querySelector('dialog[open]');
      const message = dialog?.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!message.includes(q)) return false;
      return message.startsWith('No results') || (dialog?.querySelectorAll('.pagefind-ui__result-link').length ?? 0) > 0;
    },
    query,
    { timeout: 15_000 },
  );
  const links = await page.locator('dialog[open] .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return links;
}

describe('search', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await watchedPage(browser));
    await page.goto(new URL('topics/', inject('siteUrl')).href);
  });
  afterAll(async () => browser?.close());

  it("finds a topic first by its name", async () => {
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
