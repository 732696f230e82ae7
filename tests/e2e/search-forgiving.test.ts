import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';
import { injectAxe, type AxeWindow } from './support/axe';
import { resultsFor, searchResults } from './support/search';

const notice = (page: Page) => page.locator('dialog[open] .atlas-search-notice [role="status"]');

describe('forgiving search in the dialog', () => {
  let browser: Browser;
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    browser = await useBrowser();
    ({ page, requests } = await watchedPage(browser));
    await page.goto(new URL('', inject('siteUrl')).href);
  });
  afterAll(async () => browser?.close());

  it('loads nothing of search until the reader shows intent, then the vocabulary once', async () => {
    const searchFiles = (urls: string[]) =>
      urls.filter((url) => /\/pagefind\/|\/search\/|search-vocabulary\.json|search-ui/.test(url));
    await page.reload();
    await page.waitForLoadState('networkidle');
    // Idle is when Starlight's own search fetched Pagefind's UI: give the page that moment.
    await page.waitForTimeout(1000);
    const before = requests.length;
    expect(searchFiles(requests)).toEqual([]);
    await page.locator('atlas-search-box button[data-open-search]').first().hover();
    await expect.poll(() => searchFiles(requests.slice(before)).length).toBeGreaterThan(0);
    await searchResults(page, 'kafak');
    await page.locator('dialog[open] .pagefind-ui__search-input').fill('airflwo');
    await expect.poll(() => notice(page).textContent()).toContain('airflow');
    const opened = requests.slice(before);
    expect(opened.filter((url) => url.endsWith('/search-vocabulary.json'))).toHaveLength(1);
    expect(opened.filter((url) => url.endsWith('/search/pagefind.js'))).toHaveLength(1);
    expect(opened.filter((url) => url.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
  });

  it('says which words it searched for, in a live region, and searches the words as typed in one click', async () => {
    const results = await searchResults(page, 'kafak');
    expect(results[0]).toBe('/topics/apache-kafka/');
    await expect.poll(() => notice(page).textContent()).toBe('Showing results for kafka.');
    expect(await notice(page).getAttribute('aria-live')).toBe('polite');
    const undo = page.locator('dialog[open] .atlas-search-notice button');
    expect(await undo.textContent()).toBe('Search for “kafak” instead');
    await undo.click();
    // Searched as typed, the misspelling no longer finds the Kafka page (Pagefind may still match
    // pages holding a one-letter word such as "k", a prefix of the query).
    // The notice empties as the search as typed returns; its results are drawn after that.
    await expect.poll(() => notice(page).textContent()).toBe('');
    const literal = await resultsFor(page, 'kafak');
    expect(literal).not.toContain('/topics/apache-kafka/');
    expect(await undo.isHidden()).toBe(true);
    // The dialog stays open and keeps the reader's words in the box.
    expect(
      (await page.locator('dialog[open] .pagefind-ui__search-input').inputValue()).trim(),
    ).toBe('kafak');
  });

  it('announces a retry word by word, and a comparison searched side by side', async () => {
    // No page holds all three names, so each is searched on its own.
    await searchResults(page, 'kimball watermarks terraform');
    await expect
      .poll(() => notice(page).textContent())
      .toContain('the most of: kimball, watermarks, terraform');
    await searchResults(page, 'kafka vs kinesis');
    await expect
      .poll(() => notice(page).textContent())
      .toBe('Showing pages about kafka and about kinesis.');
  });

  it("keeps the dialog's keyboard handling: Ctrl+K opens it, Escape closes it", async () => {
    await page.reload();
    await page
      .locator('atlas-search-box button[data-open-search]:not([disabled])')
      .first()
      .waitFor();
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] .pagefind-ui__search-input').fill('kafak');
    await expect.poll(() => notice(page).textContent()).toContain('kafka');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('lists no print view, and a source-notes page below the content it describes', async () => {
    for (const query of ['All checklists', 'all weeks', 'Senior Data Engineering Study Plan']) {
      const results = await searchResults(page, query);
      expect(
        results.filter((path) => path.endsWith('/print/')),
        query,
      ).toEqual([]);
    }
    const results = await searchResults(page, 'interview preparation guide');
    const source = results.indexOf('/sources/interview-guide/');
    const guide = results.indexOf('/guides/interview-guide/preparation/');
    expect(guide).toBeGreaterThanOrEqual(0);
    if (source >= 0) expect(source).toBeGreaterThan(guide);
  });
});

describe('forgiving search budget', () => {
  it("adds at most 5 KB gzip of JavaScript in front of Pagefind, and leaves Pagefind's files alone", () => {
    const dist = inject('distDir');
    const layer = readFileSync(join(dist, 'search', 'pagefind.js'));
    expect(gzipSync(layer).length).toBeLessThanOrEqual(5 * 1000);
    // Pagefind's own module stays where Pagefind wrote it, under its own name.
    expect(readFileSync(join(dist, 'pagefind', 'pagefind.js'), 'utf8')).not.toContain(
      'search-vocabulary',
    );
    expect(existsSync(join(dist, 'pagefind', 'pagefind-engine.js'))).toBe(false);
    // Pages do not load it: the dialog imports it on the first sign of search intent.
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).not.toContain('pagefind.js');
  });
});

describe('search dialog accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violation in the open dialog with a correction notice (%s theme)',
    async (theme) => {
      // The injected axe script is not in the site's script hashes, so this context bypasses CSP.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL('', inject('siteUrl')).href);
      await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
      await searchResults(page, 'kafak');
      await expect.poll(() => notice(page).textContent()).toContain('kafka');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as AxeWindow;
        const result = await axe.run('dialog[open]', { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      );
      await context.close();
    },
  );
});
