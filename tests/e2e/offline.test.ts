import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatBytes, type CopyList } from '../../src/offline/offline-files';
import { writeOfflineFiles } from '../../src/offline/integration';
import { fixtureSite, type SiteCopy } from '../support/site-copy';
import { serveStatic } from './setup/static-server';
import { useBrowser, watchedPage } from './setup/browser';
import { searchResults } from './support/search';

/**
 * Offline reading as a reader meets it, in Chromium: pages opened before work without a
 * connection (with their search and ticks), "Save for offline" keeps every page, search and SQL
 * practice, a new deploy is announced to a reader with a copy and never mixed with the old one,
 * and all of it under a base path too.
 */

const PROJECT = 'projects/11-airflow-dag-pipeline/';
const TICK = 'Create custom operators';
const FALLBACK_TITLE = 'Not saved for offline reading';

const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text, exact: true });
const title = (page: Page) => page.locator('main h1').first().textContent();
const saveButton = (page: Page) => page.getByRole('button', { name: /^Save for offline/ });
const saveStatus = (page: Page) => page.locator('[data-save-offline] [role="status"]');

/**
 * Waits until the service worker controls the page and has kept the page itself. Polled with
 * `page.evaluate`, which awaits the check: `waitForFunction` does not await a promise, and would
 * take the pending one as a yes at once.
 */
async function controlledAndKept(page: Page): Promise<void> {
  // A first visit installs the worker, which saves the offline shell first: on a machine running
  // other browser suites that has taken over 30 s. A failure says what the page saw.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const kept = (await caches.match(location.href.split('#')[0])) !== undefined;
          const registration = await navigator.serviceWorker.getRegistration();
          return navigator.serviceWorker.controller !== null && kept
            ? 'controlled and kept'
            : `controller: ${navigator.serviceWorker.controller !== null}, kept: ${kept}, ` +
                `installing: ${!!registration?.installing}, waiting: ${!!registration?.waiting}, ` +
                `active: ${registration?.active?.state ?? 'none'}, caches: ${(await caches.keys()).join(' ')}`;
        }),
      { timeout: 90_000, interval: 250 },
    )
    .toBe('controlled and kept');
}

/** Clicks "Save for offline", records what the status said on the way, and returns the time taken. */
async function saveForOffline(page: Page): Promise<{ ms: number; said: string[] }> {
  await expect.poll(() => saveButton(page).isEnabled()).toBe(true);
  await page.evaluate(() => {
    const status = document.querySelector('[data-save-offline] [role="status"]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const started = Date.now();
  await saveButton(page).click();
  await page.waitForFunction(
    () =>
      /^Saved for offline|^Saving stopped/.test(
        document.querySelector('[data-save-offline] [role="status"]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 240_000, polling: 250 },
  );
  const ms = Date.now() - started;
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  return { ms, said };
}

/** The names of the caches the offline feature wrote. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('offline reading of the built site', () => {
  let browser: Browser;
  const url = (path: string) => new URL(path, inject('siteUrl')).href;
  const copy = JSON.parse(
    readFileSync(join(inject('distDir'), 'offline', 'copy.json'), 'utf8'),
  ) as CopyList;

  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('pages a reader has opened work without a connection, with their search and ticks; others say so', async () => {
    const { page, errors } = await watchedPage(browser);
    const context = page.context();
    await page.goto(url('topics/'));
    await controlledAndKept(page);
    // Search once while online: the index files it reads are kept like any other file.
    expect((await searchResults(page, 'Change data capture'))[0]).toBe(
      '/topics/change-data-capture/',
    );
    await page.goto(url(PROJECT));
    await controlledAndKept(page);
    expect(errors).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    expect(await title(page)).toContain('Airflow');
    await box(page, TICK).check();
    await page.reload();
    expect(await box(page, TICK).isChecked()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('atlas:progress'))).toContain(
      'custom-operators',
    );

    await page.goto(url('topics/'));
    expect(await title(page)).toBe('Topics');
    expect((await searchResults(page, 'Change data capture'))[0]).toBe(
      '/topics/change-data-capture/',
    );

    // Never opened: the fallback page says so and links what is saved.
    await page.goto(url('topics/sql/'));
    expect(await title(page)).toBe(FALLBACK_TITLE);
    expect(page.url()).toBe(url('topics/sql/'));
    await expect
      .poll(() =>
        page
          .locator('[data-offline-list] a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      )
      .toEqual(expect.arrayContaining([url(PROJECT), url('topics/')]));
    await page.getByRole('link', { name: 'Home' }).first().isVisible();
    await page.locator('[data-offline-list] a', { hasText: 'Airflow' }).first().click();
    await page.waitForURL(url(PROJECT));
    expect(await box(page, TICK).isChecked()).toBe(true);
    await context.close();
  });

  it('"Save for offline" says what it downloads, then every page, search and SQL practice work offline; the copy can be removed, ticks stay', async () => {
    const { page, errors } = await watchedPage(browser);
    const context = page.context();
    await page.goto(url(PROJECT));
    await box(page, TICK).check();
    const ticks = await page.evaluate(() => localStorage.getItem('atlas:progress'));
    await page.goto(url(''));
    await controlledAndKept(page);
    await expect
      .poll(() => saveButton(page).textContent())
      .toBe(`Save for offline (${formatBytes(copy.bytes)})`);
    expect(await saveStatus(page).textContent()).toContain(formatBytes(copy.bytes));

    const { ms, said } = await saveForOffline(page);
    expect(await saveStatus(page).textContent()).toMatch(/^Saved for offline/);
    expect(said.some((text) => text.startsWith('Saving for offline: '))).toBe(true);
    expect(await page.getByRole('button', { name: 'Remove offline copy' }).isVisible()).toBe(true);
    console.info(
      `offline copy: ${copy.files.length} files, ${copy.bytes} bytes, saved in ${ms} ms`,
    );
    expect(errors).toEqual([]);

    await context.setOffline(true);
    for (const path of ['plans/learning-path-10-week/week-3/', 'checklists/', 'topics/sql/']) {
      await page.goto(url(path));
      expect(await title(page), path).not.toBe(FALLBACK_TITLE);
    }
    // A query never searched before: the whole index is saved.
    expect(await searchResults(page, 'Kafka')).not.toEqual([]);
    // PostgreSQL in the browser: the worker, its WebAssembly and data come from the copy.
    await page.goto(url('practice/customers-without-orders/'));
    await page
      .getByRole('textbox', { name: 'SQL' })
      .fill('SELECT customer_id, name FROM customers ORDER BY customer_id LIMIT 3');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-sql-runner]')?.getAttribute('aria-busy') === 'false',
      undefined,
      { timeout: 120_000 },
    );
    expect(await page.locator('[data-sql-runner] [role="status"]').textContent()).toMatch(/3 rows/);

    await context.setOffline(false);
    await page.goto(url('progress/'));
    await page.getByRole('button', { name: 'Remove offline copy' }).click();
    await expect.poll(() => saveStatus(page).textContent()).toMatch(/offline copy is removed/);
    expect((await cacheNames(page)).filter((name) => name.includes('-copy-'))).toEqual([]);
    expect(await saveButton(page).isEnabled()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('atlas:progress'))).toBe(ticks);
    await context.close();
  }, 300_000);
});

describe('offline under a base path, across a deploy', () => {
  const BASE = '/atlas';
  const MARK = 'This sentence arrived with the next deploy.';
  let site: SiteCopy;
  let nextBuild: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  beforeAll(async () => {
    site = fixtureSite('small-site');
    const { code, output } = await site.exec('astro', ['build'], { ATLAS_BASE: BASE });
    if (code !== 0) throw new Error(`the build under ${BASE} failed:\n${output.slice(-4000)}`);
    // The next deploy: the same site with a changed home page, finished by the same build step.
    nextBuild = mkdtempSync(join(tmpdir(), 'atlas-next-build-'));
    cpSync(join(site.dir, 'dist'), nextBuild, { recursive: true });
    const home = join(nextBuild, 'index.html');
    const html = readFileSync(home, 'utf8');
    const changed = html.replace(/<p class="home-lead/, `<p id="next">${MARK}</p>$&`);
    if (changed === html) throw new Error('the home page has no lead paragraph to change');
    writeFileSync(home, changed);
    await writeOfflineFiles(nextBuild, { base: BASE, title: 'Data Engineering Atlas' });
    server = await serveStatic(join(site.dir, 'dist'), BASE);
    browser = await useBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
    if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
  });

  it('installs at the base path: manifest, icons, theme colours and a worker scoped to the base', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(server.url);
    await controlledAndKept(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
      server.url,
    );
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${BASE}/manifest.webmanifest`);
    const manifest = await fetch(new URL(manifestHref!, server.url));
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    const body = (await manifest.json()) as {
      start_url: string;
      scope: string;
      icons: Array<{ src: string; sizes: string; purpose: string }>;
    };
    expect(new URL(body.start_url, manifest.url).href).toBe(server.url);
    expect(new URL(body.scope, manifest.url).href).toBe(server.url);
    expect(body.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of body.icons) {
      expect((await fetch(new URL(icon.src, manifest.url))).status, icon.src).toBe(200);
    }
    const colours = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('media')));
    expect(colours.sort()).toEqual([
      '(prefers-color-scheme: dark)',
      '(prefers-color-scheme: light)',
    ]);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    // The policy names the worker scripts a page may start: the service worker at the base path.
    expect(policy).toMatch(/worker-src [^;]*\*:\*\/atlas\/sw\.js/);
    expect(policy).toContain("manifest-src 'self'");

    // Offline, a page never opened gets the fallback, whose links keep the base path.
    await page.context().setOffline(true);
    await page.goto(new URL('topics/', server.url).href);
    expect(await title(page)).toBe(FALLBACK_TITLE);
    expect(await page.getByRole('link', { name: 'Your progress' }).getAttribute('href')).toBe(
      `${BASE}/progress/`,
    );
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a reader with an offline copy is told of a new deploy, which is saved whole before it is used', async () => {
    const { page, errors } = await watchedPage(browser);
    const context = page.context();
    await page.goto(server.url);
    await controlledAndKept(page);
    await page.evaluate(() => localStorage.setItem('atlas:offline-test', 'kept'));
    await saveForOffline(page);
    expect(await saveStatus(page).textContent()).toMatch(/^Saved for offline/);
    const before = await cacheNames(page);

    server.setRoot(nextBuild);
    // The next visit is the new build at once: pages come from the network first.
    await page.reload();
    expect(await page.locator('#next').textContent()).toBe(MARK);
    // The new worker saves the new copy while it installs, then the notice appears.
    const notice = page.getByRole('status').filter({ hasText: 'A newer version of the atlas' });
    await notice.waitFor({ state: 'visible', timeout: 120_000 });
    const newCopy = JSON.parse(
      readFileSync(join(nextBuild, 'offline', 'copy.json'), 'utf8'),
    ) as CopyList;
    expect(await cacheNames(page)).toContain(`atlas-offline-copy-${newCopy.build}`);

    await page.getByRole('button', { name: 'Reload to update' }).click();
    // The new worker deletes the old build's caches one by one while it activates.
    await expect
      .poll(
        () =>
          page.evaluate(async (build) => {
            const names = await caches.keys();
            return (
              names.filter((n) => n.includes('-copy-')).join() === `atlas-offline-copy-${build}` &&
              names.filter((n) => n.includes('-shell-')).length === 1
            );
          }, newCopy.build),
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    // Only the new build's copy and shell remain; pages kept from visits stay.
    const after = await cacheNames(page);
    expect(after.filter((n) => n.includes('-shell-'))).toHaveLength(1);
    expect(after).toContain('atlas-offline-visited');
    expect(before.filter((n) => n.includes('-copy-'))).not.toContain(
      `atlas-offline-copy-${newCopy.build}`,
    );

    await context.setOffline(true);
    await page.goto(server.url);
    expect(await page.locator('#next').textContent()).toBe(MARK);
    await page.goto(new URL('topics/', server.url).href);
    expect(await title(page)).not.toBe(FALLBACK_TITLE);
    expect(await page.evaluate(() => localStorage.getItem('atlas:offline-test'))).toBe('kept');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await context.close();
  });
});
