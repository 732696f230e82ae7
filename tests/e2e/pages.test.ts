import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { externalRequests, useBrowser, watchedPage } from './setup/browser';

/** One page of every kind a reader meets. */
const SAMPLE = [
  '',
  'plans/',
  'plans/senior-study-plan-2025/',
  'plans/senior-study-plan-2025/week-1/',
  'projects/',
  'projects/11-airflow-dag-pipeline/',
  'topics/',
  'topics/apache-kafka/',
  'reading/',
  'templates/',
  'checklists/',
  'about/using-the-atlas/',
];

describe('pages in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  // Each page waits for the network to go quiet, so late requests count: allow a busy machine.
  it.for(['light', 'dark'] as const)(
    'load with no console errors and no request leaving loopback (%s theme)',
    { timeout: 180_000 },
    async (colorScheme) => {
      const { page, errors, requests } = await watchedPage(browser, { colorScheme });
      for (const path of SAMPLE) {
        const res = await page.goto(new URL(path, inject('siteUrl')).href, {
          waitUntil: 'networkidle',
        });
        expect(res?.status(), path).toBe(200);
      }
      expect(errors).toEqual([]);
      expect(externalRequests(requests)).toEqual([]);
      await page.context().close();
    },
  );

  it("render inside Starlight's frame: sidebar, search, theme switch and prev/next", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(new URL('plans/senior-study-plan-2025/week-2/', inject('siteUrl')).href);
    expect(await page.locator('nav.sidebar').count()).toBe(1);
    expect(await page.locator('atlas-search-box').count()).toBeGreaterThan(0);
    expect(await page.locator('starlight-theme-select').count()).toBeGreaterThan(0);
    const pagination = page.locator('.pagination-links a');
    expect(await pagination.count()).toBe(2);
    await page.context().close();
  });
});
