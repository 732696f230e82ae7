import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../../src/integrations/browser/find-chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
}

export interface PageWatch {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * A fresh page that records console errors, page errors and every request, and blocks any
 * request that would leave loopback (recorded, so a test can fail on it).
 */
export async function watchedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PageWatch> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    const { protocol, hostname } = new URL(url);
    const local = protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
    return local ? route.continue() : route.abort('blockedbyclient');
  });
  return { page, errors, requests };
}

/** Requests that went (or tried to go) anywhere but loopback. */
export function externalRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
  });
}
