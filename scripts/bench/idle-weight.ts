// What a page weighs as a reader loads it, and how soon search answers: each page is loaded in
// headless Chromium and left to sit idle, so requests made after `load` (a search UI fetched
// when the browser goes idle, say) are counted; then Ctrl+K is pressed and the time until the
// search box is ready is taken.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/find-chromium.mjs';
import { gzipBytes, median } from './output.ts';

/** How long a page sits idle before its requests are counted. */
export const IDLE_MS = 5000;
/** Ctrl+K timings per page; the median is reported. */
const SEARCH_RUNS = 3;
/** The search box of Pagefind's UI, in Starlight's dialog or ours. */
const SEARCH_INPUT = 'dialog[open] .pagefind-ui__search-input';

/** The report's bucket for one of Chromium's resource types. */
const bucket = (type: string) =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';

/**
 * Loads `url` in a fresh context, leaves it idle, and weighs what it fetched: gzip bytes by type,
 * and the address of every response.
 */
export async function weighIdle(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const urls: string[] = [];
  page.on('response', (response) => {
    urls.push(response.url());
    pending.push(
      response
        .body()
        .then((body) => {
          sizes[bucket(response.request().resourceType())] += gzipBytes(body);
        })
        .catch(() => {}),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(IDLE_MS);
    await Promise.all(pending);
    return { transfer: sizes, urls };
  } finally {
    await context.close();
  }
}

async function searchReadyMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(IDLE_MS);
    const started = Date.now();
    await page.keyboard.press('Control+k');
    await page.locator(SEARCH_INPUT).waitFor({ state: 'visible', timeout: 10_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}

export async function measureIdle(
  siteUrl: string,
  pages: Array<{ label: string; path: string }>,
  { log }: { log: (message: string) => void },
) {
  const browser = await chromium.launch({
    executablePath: await requireChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const results = [];
    for (const { label, path } of pages) {
      const url = new URL(path.replace(/^\//, ''), siteUrl).href;
      const { transfer } = await weighIdle(browser, url);
      const runs: number[] = [];
      for (let i = 0; i < SEARCH_RUNS; i++) runs.push(await searchReadyMs(browser, url));
      const total = transfer.html + transfer.css + transfer.js;
      log(
        `  ${path}: ${(total / 1024).toFixed(1)} KiB after idle, search ready in ${median(runs)} ms`,
      );
      results.push({ label, path, transfer, searchMs: median(runs), searchRuns: runs });
    }
    return results;
  } finally {
    await browser.close();
  }
}
