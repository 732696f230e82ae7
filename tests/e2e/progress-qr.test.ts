import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { injectAxe, type AxeWindow } from './support/axe';
import { useBrowser, watchedPage } from './setup/browser';
import { decodeQrSvg } from '../support/qr-decode';

const url = (path: string) => new URL(path, inject('siteUrl')).href;

const tick = (page: Page, keys: string[]) =>
  page.evaluate((k) => {
    const items = Object.fromEntries(k.map((key) => [key, '2026-11-01T10:00:00.000Z']));
    localStorage.setItem('atlas:progress', JSON.stringify({ version: 1, items }));
  }, keys);

/** The link "Copy a link to my progress" makes, the one the QR code must hold. */
async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy a link to my progress' }).click();
  await expect.poll(() => page.locator('[data-link-output]').inputValue()).toContain('#progress=');
  return page.locator('[data-link-output]').inputValue();
}

const qrSvg = (page: Page) => page.locator('[data-qr-image] svg').evaluate((svg) => svg.outerHTML);

/** Reads the QR code as the screen shows it: a screenshot of it, decoded by jsQR. */
async function scanScreenshot(page: Page): Promise<string | undefined> {
  const png = await page.locator('[data-qr-image]').screenshot();
  const { width, height, data } = await page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(
        new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return { width: image.width, height: image.height, data: [...image.data] };
    },
    [...png],
  );
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

/** Gzipped bytes of the site's own JavaScript among these requests, read from the build. */
function scriptBytes(requests: string[]): number {
  const dist = inject('distDir');
  const scripts = [...new Set(requests.filter((r) => /\.m?js$/.test(new URL(r).pathname)))];
  return scripts.reduce(
    (sum, r) => sum + gzipSync(readFileSync(join(dist, new URL(r).pathname)), { level: 9 }).length,
    0,
  );
}

describe('QR code of the progress link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('loads the QR library only on request, and the code is exactly the current link', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(url('progress/'));
    const catalog = (await (await page.request.get(url('progress/catalog.json'))).json()) as {
      lists: Array<{ items: Array<{ key: string }> }>;
    };
    const keys = catalog.lists.flatMap((l) => l.items.map((i) => i.key));
    await tick(page, keys.slice(0, 40));
    await page.reload();
    await page.waitForLoadState('networkidle');
    const before = [...requests];
    const button = page.getByRole('button', { name: 'Show QR code' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await page.locator('[data-qr-image] svg').count()).toBe(0);

    await button.click();
    await page.locator('[data-qr-image] svg').waitFor();
    const loadedOnClick = requests.slice(before.length).filter((r) => /\.m?js$/.test(r));
    // The library arrives with the click, in a chunk of its own the page had not loaded.
    expect(loadedOnClick.length).toBeGreaterThan(0);
    expect(loadedOnClick.every((r) => !before.includes(r))).toBe(true);
    console.log(
      `/progress/ JavaScript (gzip): ${scriptBytes(before)} bytes before "Show QR code", ` +
        `+${scriptBytes(loadedOnClick)} bytes loaded on click (${loadedOnClick.map((r) => new URL(r).pathname).join(', ')})`,
    );

    const link = await copiedLink(page);
    const encoded = await page.locator('[data-qr-image]').getAttribute('data-encoded');
    expect(encoded).toBe(link);
    expect(await page.locator('[data-qr-link]').textContent()).toBe(link);
    expect(await page.locator('[data-qr-link]').getAttribute('href')).toBe(link);
    // Decoded from the SVG itself, not from what the page says it encoded.
    expect(decodeQrSvg(await qrSvg(page))).toBe(link);
    expect(await scanScreenshot(page)).toBe(link);

    // More ticks, saved in another tab: the code follows the new link.
    const otherTab = await page.context().newPage();
    await otherTab.goto(url('progress/'));
    await tick(otherTab, keys.slice(0, 90));
    await expect
      .poll(() => page.locator('[data-qr-image]').getAttribute('data-encoded'))
      .not.toBe(link);
    const newLink = await copiedLink(page);
    expect(newLink).not.toBe(link);
    expect(await page.locator('[data-qr-image]').getAttribute('data-encoded')).toBe(newLink);
    expect(decodeQrSvg(await qrSvg(page))).toBe(newLink);
    expect(await page.locator('[data-qr-link]').textContent()).toBe(newLink);
    expect(errors).toEqual([]);
  });

  it('holds every item of the site ticked, and the screen shows it readably at 1280 px', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('progress/'));
    const catalog = (await (await page.request.get(url('progress/catalog.json'))).json()) as {
      lists: Array<{ items: Array<{ key: string }> }>;
    };
    await tick(
      page,
      catalog.lists.flatMap((l) => l.items.map((i) => i.key)),
    );
    await page.reload();
    const button = page.getByRole('button', { name: 'Show QR code' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.locator('[data-qr-image] svg').waitFor();
    const link = await copiedLink(page);
    expect(decodeQrSvg(await qrSvg(page))).toBe(link);
    expect(await scanScreenshot(page)).toBe(link);
    const modules = await page.locator('[data-qr-image] svg').getAttribute('data-modules');
    console.log(`every item ticked: a ${link.length}-character link, ${modules} modules a side`);
    expect(errors).toEqual([]);
  });

  it('scans in the dark theme on a phone, passes axe in both themes, and is left out of print', async () => {
    // axe is injected as a script, which the site's Content-Security-Policy refuses (as in
    // accessibility.test.ts); the first test runs the feature under the policy.
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme: 'dark',
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url('progress/'));
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const button = page.getByRole('button', { name: 'Show QR code' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.locator('[data-qr-image] svg').waitFor();
    const link = await copiedLink(page);
    expect(await scanScreenshot(page)).toBe(link);
    const box = (await page.locator('[data-qr-image]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Large enough for a camera: at least 2 CSS pixels a module.
    const modules = Number(await page.locator('[data-qr-image] svg').getAttribute('data-modules'));
    expect(box.width / (modules + 8)).toBeGreaterThanOrEqual(2);
    const image = page.getByRole('img', { name: /QR code of your progress link/ });
    expect(await image.count()).toBe(1);

    await injectAxe(page);
    for (const theme of ['light', 'dark']) {
      const violations = await page.evaluate(async (t) => {
        document.documentElement.dataset.theme = t;
        const result = await (window as unknown as AxeWindow).axe.run(
          document.querySelector('[data-progress-qr]')!,
          { resultTypes: ['violations'] },
        );
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${t}: ${v.id}`);
      }, theme);
      expect(violations).toEqual([]);
    }

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-progress-qr]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
