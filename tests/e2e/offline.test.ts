import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  COPY_SUMMARY_FILE,
  NETWORK_TIMEOUT_MS,
  formatBytes,
  freshness,
  servedPath,
  unreferencedFiles,
  type CopyList,
  type CopySummary,
} from '../../src/offline/offline-files';
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

/** Every file of a built site with its address and, for files that can name others, its text. */
function builtFiles(dir: string): Array<{ path: string; text?: string }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return files.map((entry) => {
    const file = join(entry.parentPath, entry.name);
    const path = servedPath(relative(dir, file).split('\\').join('/'));
    if (/\.pf_(meta|index)$/.test(path))
      return { path, text: gunzipSync(readFileSync(file)).toString('latin1') };
    if (path === '' || path.endsWith('/') || /\.(html|m?js|css|json|svg)$/.test(path))
      return { path, text: readFileSync(file, 'utf8') };
    return { path };
  });
}

/** The status line under the search box, where the search says what it did or could not do. */
const searchNotice = (page: Page) =>
  page.locator('#atlas-search .atlas-search-notice [role="status"]');

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

    // A query never searched: its part of the index was never kept, and the search says so
    // rather than showing nothing.
    await page.reload();
    await page.locator('atlas-search-box button[data-open-search]').first().click();
    await page.locator('dialog[open] .pagefind-ui__search-input').fill('Kafka');
    await expect
      .poll(() => searchNotice(page).textContent(), { timeout: 15_000 })
      .toMatch(/^Part of the search index is not saved in this browser/);

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

  it('a page whose navigation was under way while the worker took over is taken over too', async () => {
    const { page, errors } = await watchedPage(browser);
    const context = page.context();
    await page.goto(url('topics/'));
    // The home page's answer is held until the worker has activated and claimed its clients,
    // which the browser does before that page exists: claiming leaves such a page out.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(url(''), async (route) => {
      await held;
      await route.continue();
    });
    const navigation = page.goto(url(''));
    const watcher = await context.newPage();
    await watcher.goto(url('offline/'));
    await expect
      .poll(
        () =>
          watcher.evaluate(
            async () => (await navigator.serviceWorker.getRegistration())?.active?.state,
          ),
        { timeout: 90_000, interval: 250 },
      )
      .toBe('activated');
    release();
    await navigation;
    await page.unroute(url(''));
    await controlledAndKept(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('"Save for offline" says what it downloads, then every page, search and SQL practice work offline; the copy can be removed, ticks stay', async () => {
    const { page, errors } = await watchedPage(browser);
    const context = page.context();
    await page.goto(url(PROJECT));
    await box(page, TICK).check();
    const ticks = await page.evaluate(() => localStorage.getItem('atlas:progress'));
    // At idle the page asks for the copy's summary only, never its full list.
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.goto(url(''));
    await controlledAndKept(page);
    await expect
      .poll(() => saveButton(page).textContent())
      .toBe(`Save for offline (${formatBytes(copy.bytes)})`);
    expect(await saveStatus(page).textContent()).toContain(formatBytes(copy.bytes));
    expect(asked).toContain(url(COPY_SUMMARY_FILE));
    expect(asked).not.toContain(url('offline/copy.json'));

    // Before anything is downloaded, the copy must fit: a browser granting too little says so.
    await page.evaluate(() => {
      navigator.storage.estimate = () => Promise.resolve({ quota: 5_000_000, usage: 1_000_000 });
    });
    await saveButton(page).click();
    await expect
      .poll(() => saveStatus(page).textContent())
      .toBe(
        `Not enough storage to save for offline: saving needs ${formatBytes(copy.bytes)} and this browser has ${formatBytes(4_000_000)} free for this site. Nothing was downloaded; free some space and try again.`,
      );
    expect((await cacheNames(page)).filter((name) => name.includes('-copy-'))).toEqual([]);
    await page.evaluate(() => {
      delete (navigator.storage as Partial<StorageManager>).estimate;
    });

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

describe('what the worker keeps, on the built site', () => {
  const files = builtFiles(inject('distDir'));

  it('the copy summary matches the list, and is small enough to fetch at idle', () => {
    const summary = JSON.parse(
      readFileSync(join(inject('distDir'), COPY_SUMMARY_FILE), 'utf8'),
    ) as CopySummary;
    const list = JSON.parse(
      readFileSync(join(inject('distDir'), 'offline', 'copy.json'), 'utf8'),
    ) as CopyList;
    expect(summary).toEqual({ build: list.build, bytes: list.bytes });
    expect(JSON.stringify(summary).length).toBeLessThan(100);
  });

  it("pruning keeps every file the build's own pages reach, and drops one none names", () => {
    // The copy's list names every file; the worker never keeps it, so neither does this.
    const kept = files.filter((file) => file.path !== 'offline/copy.json');
    expect(kept.filter((file) => freshness(file.path) === 'immutable').length).toBeGreaterThan(50);
    expect(unreferencedFiles(kept)).toEqual([]);
    const orphan = { path: '_astro/from-an-older-build.Zq8Xw2Lk.js', text: '' };
    expect(unreferencedFiles([...kept, orphan])).toEqual([orphan.path]);
  });

  it('an offline search reads one pagefind-entry.json and then only files named by hashes it leads to, so two builds never mix', () => {
    const pagefind = files.filter((file) => file.path.startsWith('pagefind/'));
    // Fixed names (kept once each, the newest replacing the older): the entry, the engine and
    // its WebAssembly, and the UI bundles, which name no index file.
    const fixed = pagefind.filter((file) => freshness(file.path) === 'network-first');
    for (const file of fixed)
      expect(file.path).toMatch(
        /^pagefind\/(pagefind-entry\.json|[\w-]+\.(js|css)|wasm\.\w+\.pagefind)$/,
      );
    // Everything else is named by a hash, reached from the entry alone: the metadata it names,
    // the index and filter chunks the metadata names, the fragments those name.
    const hashed = pagefind.filter((file) => freshness(file.path) === 'immutable');
    expect(hashed.some((file) => file.path.endsWith('.pf_meta'))).toBe(true);
    expect(hashed.some((file) => file.path.startsWith('pagefind/fragment/'))).toBe(true);
    const entry = pagefind.find((file) => file.path === 'pagefind/pagefind-entry.json')!;
    expect(unreferencedFiles([entry, ...hashed])).toEqual([]);
  });
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

  it('a page whose connection hangs is answered from the kept copy after a few seconds', async () => {
    const { page } = await watchedPage(browser);
    const topics = new URL('topics/', server.url).href;
    await page.goto(topics);
    await controlledAndKept(page);
    // Far longer than any reader waits: only the kept copy can answer in time.
    server.setDelay((path) => (path === 'topics/' ? 120_000 : undefined));
    try {
      const started = Date.now();
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 30_000 });
      const ms = Date.now() - started;
      expect(await title(page)).toBe('Topics');
      expect(ms).toBeGreaterThanOrEqual(NETWORK_TIMEOUT_MS - 500);
      expect(ms).toBeLessThan(NETWORK_TIMEOUT_MS + 15_000);
    } finally {
      server.setDelay(undefined);
    }
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
    // The visited cache holds the home page's stylesheet (kept when the page was first loaded) and,
    // planted here, a hashed file of an older build that no kept page names.
    const stylesheet = new URL(
      (await page
        .locator('link[rel="stylesheet"][href*="/_astro/"]')
        .first()
        .getAttribute('href'))!,
      server.url,
    ).href;
    const orphan = new URL('_astro/from-an-older-build.Zq8Xw2Lk.js', server.url).href;
    const inVisited = (address: string) =>
      page.evaluate(
        async (u) => (await (await caches.open('atlas-offline-visited')).match(u)) !== undefined,
        address,
      );
    await expect.poll(() => inVisited(stylesheet)).toBe(true);
    await page.evaluate(async (u) => {
      await (await caches.open('atlas-offline-visited')).put(u, new Response('old'));
    }, orphan);
    expect(await inVisited(orphan)).toBe(true);

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
    // The new build pruned the visited cache: the orphan is gone, what the kept pages load stays.
    await expect.poll(() => inVisited(orphan), { timeout: 30_000 }).toBe(false);
    expect(await inVisited(stylesheet)).toBe(true);
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
