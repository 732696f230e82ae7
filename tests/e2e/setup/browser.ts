import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

/**
 * A connection to the run's one Chromium (started by global-setup.ts). Each file connects once,
 * in `beforeAll`, and works in contexts of its own, so files cannot see each other's storage.
 * `close()` only disconnects: it closes this connection's contexts and leaves the browser running.
 */
export async function useBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

/**
 * The path of a finished download, saved in a fresh temporary folder that goes when the test
 * ends. `download.path()` refuses a browser connected over the wire (as `useBrowser()` is), so
 * the file is saved out instead.
 */
export async function savedDownload(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-download-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

export interface PageWatch {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested (a service worker's own fetches are not the page's). */
  requests: string[];
}

/**
 * A fresh page that records console errors, page errors and every request. Requests are watched,
 * not intercepted: Playwright's request interception turns off the browser's HTTP cache, and a
 * reader's browser keeps one. Nothing can leave loopback anyway: the run's Chromium resolves no
 * other host (global-setup.ts), and a test fails on what was tried (`externalRequests`).
 */
export async function watchedPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<PageWatch> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  // What the page asked for, not what a service worker fetches on its own (the offline copy).
  context.on('request', (request) => {
    if (!request.serviceWorker()) requests.push(request.url());
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
