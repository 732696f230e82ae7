import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { savedDownload, useBrowser, watchedPage } from './setup/browser';
import { injectAxe, type AxeWindow } from './support/axe';

/**
 * The SQL runner in Chromium against the production build, driven as a reader would: type into
 * the textbox named "SQL", press Run and Check, read the status. Every exercise's solution must
 * be announced as correct, and every one of its mistakes must not.
 */
const url = (path: string) => new URL(path, inject('siteUrl')).href;

interface Exercise {
  id: string;
  solution: string;
  mistakes: Array<{ sql: string }>;
}
const EXERCISES: Exercise[] = readdirSync('src/content/exercises')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const text = readFileSync(`src/content/exercises/${file}`, 'utf8');
    const data = parse(text.split(/^---$/m)[1]) as Omit<Exercise, 'id'>;
    return {
      id: file.replace(/\.md$/, ''),
      solution: data.solution,
      mistakes: data.mistakes ?? [],
    };
  });

const editor = (page: Page) => page.getByRole('textbox', { name: 'SQL' });
const status = (page: Page) => page.locator('[data-sql-runner] [role="status"]');

/** Waits until the runner is no longer busy, then returns what its status says. */
async function outcome(page: Page, timeout = 120_000): Promise<string> {
  await page.waitForFunction(
    () => document.querySelector('[data-sql-runner]')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout },
  );
  return (await status(page).textContent()) ?? '';
}

async function press(page: Page, name: 'Run' | 'Check' | 'Reset') {
  await page.getByRole('button', { name, exact: true }).click();
  return outcome(page);
}

describe('SQL practice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('loads PostgreSQL on the first Run and never before, and shows results and errors', async () => {
    const { page, requests, errors } = await watchedPage(browser);
    await page.goto(url('practice/customers-without-orders/'));
    await page.waitForTimeout(1500);
    expect(requests.filter((r) => /pglite|worker|\.wasm|\.data|datasets\/.*\.sql/.test(r))).toEqual(
      [],
    );
    // Only what restores the reader's query and readies the buttons loads with the page.
    expect(requests.filter((r) => /sql-editor|runner-actions/.test(r))).toEqual([]);
    await editor(page).fill('SELECT customer_id, name FROM customers ORDER BY customer_id LIMIT 3');
    expect(await press(page, 'Run')).toMatch(/3 rows/);
    expect(requests.some((r) => r.endsWith('.wasm'))).toBe(true);
    // The first touch swapped in the highlighting editor, still the textbox named SQL. It arrives
    // by a dynamic import of its own, which PostgreSQL's start-up usually outlasts: wait for it.
    await page.locator('[data-sql-runner] .cm-content').waitFor();
    expect(requests.some((r) => /sql-editor/.test(r))).toBe(true);
    expect(await editor(page).getAttribute('contenteditable')).toBe('true');
    expect(await page.locator('[data-sql-runner] textarea').isHidden()).toBe(true);
    expect(await editor(page).textContent()).toContain('ORDER BY customer_id LIMIT 3');
    expect(await page.locator('[data-sql-runner] .cm-content span').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-result] tbody tr').count()).toBe(3);
    // Ctrl+Enter runs too; a syntax error shows PostgreSQL's message and where it is.
    await editor(page).fill('SELECT * FROM customers WHERE');
    await editor(page).press('Control+Enter');
    expect(await outcome(page)).toMatch(/ERROR: syntax error at end of input \(at character \d+\)/);
    // A big result shows its first 200 rows and the count.
    await editor(page).fill('SELECT g FROM generate_series(1, 10000) AS g');
    expect(await press(page, 'Run')).toMatch(/10000 rows/);
    expect(await page.locator('[data-result] tbody tr').count()).toBe(200);
    // A dropped table comes back with Reset.
    await editor(page).fill('DROP TABLE order_items');
    await press(page, 'Run');
    await editor(page).fill('SELECT count(*) FROM order_items');
    expect(await press(page, 'Run')).toMatch(/ERROR: relation "order_items" does not exist/);
    expect(await press(page, 'Reset')).toMatch(/back to the dataset/);
    expect(await press(page, 'Run')).toMatch(/1 row/);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 240_000);

  it('says so when the runner cannot load, keeps the query, and runs once it can', async () => {
    const { page } = await watchedPage(browser);
    // The service worker would answer from its copy; this is a reader without one.
    await page.context().route(/runner-actions/, (route) => route.abort('internetdisconnected'));
    await page.goto(url('practice/customers-without-orders/'));
    await editor(page).fill('SELECT 1 AS kept');
    expect(await press(page, 'Run')).toMatch(/could not load.*Your query is kept/);
    expect(await editor(page).inputValue()).toBe('SELECT 1 AS kept');
    await page.context().unroute(/runner-actions/);
    expect(await press(page, 'Run')).toMatch(/1 row/);
  }, 240_000);

  it('stops a runaway query and stays usable', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('practice/customers-without-orders/'));
    await editor(page).fill('SELECT 1 AS warm');
    await press(page, 'Run');
    await editor(page).fill('select count(*) from generate_series(1, 1e12)');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(1000);
    const started = Date.now();
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    expect(await outcome(page, 10_000)).toMatch(/Stopped/);
    expect(Date.now() - started).toBeLessThan(5000);
    await editor(page).fill('SELECT 2 AS again');
    expect(await press(page, 'Run')).toMatch(/1 row/);
  }, 240_000);

  it('a Run says what happened: nothing to run, rows changed, and the way out of psql habits (a failed transaction, a backslash command)', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('practice/customers-without-orders/'));
    await editor(page).fill('\\d customers');
    expect(await press(page, 'Run')).toMatch(
      /ERROR: syntax error at or near "\\".*Hint: backslash commands .* belong to psql.*information_schema\.columns/,
    );
    // Text with no statement, and a statement that changes rows, say what happened.
    await editor(page).fill('-- what does this table hold?\n');
    expect(await press(page, 'Run')).toBe('Nothing ran: the query holds only blanks or comments.');
    await editor(page).fill(
      'DELETE FROM order_items WHERE order_id IN (SELECT min(order_id) FROM orders);',
    );
    expect(await press(page, 'Run')).toMatch(/^Ran in \d+ ms: \d+ rows? deleted\.$/);
    await editor(page).fill('BEGIN; SELECT 1/0;');
    expect(await press(page, 'Run')).toMatch(/ERROR: division by zero/);
    // PostgreSQL refuses every statement until the transaction ends, and says only that.
    await editor(page).fill('SELECT count(*) FROM customers');
    expect(await press(page, 'Run')).toMatch(
      /ERROR: current transaction is aborted.*Hint: .*run ROLLBACK \(or press Reset\)/,
    );
    await editor(page).fill('ROLLBACK');
    expect(await press(page, 'Run')).not.toMatch(/ERROR/);
    await editor(page).fill('SELECT count(*) FROM customers');
    expect(await press(page, 'Run')).toMatch(/1 row/);
    await editor(page).fill('BEGIN; DELETE FROM customers; SELECT 1/0;');
    await press(page, 'Run');
    expect(await press(page, 'Reset')).toMatch(/back to the dataset/);
    await editor(page).fill('SELECT count(*) AS customers FROM customers');
    expect(await press(page, 'Run')).toMatch(/1 row/);
    expect(await page.locator('[data-result] tbody td').first().textContent()).not.toBe('0');
  }, 240_000);

  it('a passed check ticks the exercise in the export; a failed one schedules reviews', async () => {
    const { page } = await watchedPage(browser);
    const exercise = EXERCISES.find((e) => e.id === 'orders-per-customer')!;
    await page.goto(url(`practice/${exercise.id}/`));
    await editor(page).fill(exercise.mistakes[0].sql);
    const failed = await press(page, 'Check');
    expect(failed).toMatch(/Not yet/);
    expect(failed).not.toMatch(/Correct/);
    await editor(page).fill(exercise.solution);
    expect(await press(page, 'Check')).toMatch(/Correct/);
    // The last query survives a reload.
    await page.reload();
    expect(await editor(page).inputValue()).toBe(exercise.solution);
    await page.goto(url('progress/'));
    await expect.poll(() => page.locator('[data-reviews]').isVisible()).toBe(true);
    expect(await page.locator('[data-reviews]').textContent()).toMatch(/Orders per customer/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await savedDownload(download), 'utf8')) as {
      items: Record<string, string>;
    };
    expect(Object.keys(exported.items)).toContain('exercises/orders-per-customer/solved');
  }, 240_000);

  it('a sql block with a dataset in a topic becomes a runner; a page without one loads none of it', async () => {
    const { page, requests } = await watchedPage(browser);
    await page.goto(url('topics/kubernetes/'));
    await page.waitForTimeout(1000);
    expect(requests.filter((r) => /SqlRunner|examples|runner|sql-editor/i.test(r))).toEqual([]);
    // Its policy allows search's worker but not PostgreSQL's.
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/worker-src [^;]*pagefind-worker\.js/);
    expect(policy).not.toMatch(/worker-src [^;]*_astro\/worker-/);
    await page.goto(url('topics/sql/'));
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toMatch(/worker-src [^;]*_astro\/worker-/);
    await expect.poll(() => editor(page).count()).toBe(1);
    expect(await editor(page).inputValue()).toMatch(/NOT IN/);
    // Run pressed before anything but the page has loaded: what it does loads, then it runs.
    expect(requests.filter((r) => /runner-actions/.test(r))).toEqual([]);
    const said = await press(page, 'Run');
    expect(said).toMatch(/1 row/);
    // NOT IN over a list with NULLs matches nothing; NOT EXISTS finds the customers.
    const cells = await page.locator('[data-result] tbody td').allTextContents();
    expect(cells[0]).toBe('0');
    expect(Number(cells[1])).toBeGreaterThan(0);
    // The worker that just ran here is refused on a page without a runner.
    const workerUrl = requests.find((r) => /\/_astro\/worker-[^/]*\.js$/.test(r))!;
    expect(workerUrl).toBeTruthy();
    await page.goto(url('topics/kubernetes/'));
    const refused = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(e.effectiveDirective),
          );
          try {
            new Worker(src, { type: 'module' });
          } catch (error) {
            resolve(String(error));
          }
          setTimeout(() => resolve('allowed'), 3000);
        }),
      new URL(workerUrl).pathname,
    );
    expect(refused).toBe('worker-src');
  }, 240_000);

  it('a later page starts PostgreSQL from the fresh cluster the first start kept; a broken or stale one is replaced', async () => {
    const { page, requests } = await watchedPage(browser);
    const exercise = url('practice/customers-without-orders/');
    const kept = () =>
      page.evaluate(async () => {
        const cache = await caches.open('atlas-practice-cluster');
        return Promise.all(
          (await cache.keys()).map(async (request) => {
            const bytes = new Uint8Array(await (await cache.match(request))!.arrayBuffer());
            return {
              key: new URL(request.url).pathname,
              size: bytes.length,
              magic: [bytes[0], bytes[1]],
            };
          }),
        );
      });
    // A stale cluster, kept by an earlier build's worker, is in the way of nothing and goes.
    await page.goto(exercise);
    await page.evaluate(async () => {
      const cache = await caches.open('atlas-practice-cluster');
      await cache.put('/_astro/worker-of-an-earlier-build.js', new Response('old'));
    });
    await editor(page).fill('SELECT 1 AS first');
    expect(await press(page, 'Run')).toMatch(/1 row/);
    const workerPath = new URL(requests.find((r) => /\/_astro\/worker-[^/]*\.js$/.test(r))!)
      .pathname;
    // The cluster is gzipped and stored after the answer: allow for a machine busy with other files.
    await expect
      .poll(async () => (await kept()).map((k) => k.key), { timeout: 30_000 })
      .toEqual([workerPath]);
    const [first] = await kept();
    expect(first.magic).toEqual([0x1f, 0x8b]);
    expect(first.size).toBeGreaterThan(1_000_000);

    // The next page starts from what was kept: a cluster marked here (made by the same PGlite in
    // Node) shows its mark. The dataset is loaded into it as into a new one.
    const { PGlite } = await import('@electric-sql/pglite');
    const marked = await PGlite.create();
    await marked.exec('CREATE ROLE kept_cluster_mark');
    const tarball = Buffer.from(await (await marked.dumpDataDir('gzip')).arrayBuffer());
    await marked.close();
    await page.evaluate(
      async ([key, base64]) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        await (await caches.open('atlas-practice-cluster')).put(key, new Response(bytes));
      },
      [workerPath, tarball.toString('base64')] as const,
    );
    await page.goto(exercise);
    await editor(page).fill(
      "SELECT (SELECT count(*) FROM pg_roles WHERE rolname = 'kept_cluster_mark') AS marks, (SELECT count(*) FROM customers) > 0 AS dataset",
    );
    expect(await press(page, 'Run')).toMatch(/1 row/);
    expect(await page.locator('[data-result] tbody td').allTextContents()).toEqual(['1', 't']);

    // A kept cluster that cannot be read costs only the time to make a new one, which is kept.
    await page.evaluate(async (key) => {
      await (await caches.open('atlas-practice-cluster')).put(key, new Response('not a cluster'));
    }, workerPath);
    await page.goto(exercise);
    await editor(page).fill(
      "SELECT count(*) AS marks FROM pg_roles WHERE rolname = 'kept_cluster_mark'",
    );
    expect(await press(page, 'Run')).toMatch(/1 row/);
    expect(await page.locator('[data-result] tbody td').allTextContents()).toEqual(['0']);
    await expect
      .poll(async () => (await kept())[0]?.magic, { timeout: 30_000 })
      .toEqual([0x1f, 0x8b]);
  }, 240_000);

  it('a saved query written for an earlier form of the exercise is kept, and the reader is told', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('practice/orders-per-customer/'));
    const dataset = await page.locator('[data-sql-runner]').getAttribute('data-dataset');
    const stale = 'SELECT customer_id FROM customers -- written long ago';
    await page.evaluate(
      ([sql, dataset]) =>
        localStorage.setItem(
          'atlas:practice:query:orders-per-customer',
          JSON.stringify({ sql, dataset, version: 'an-older-one' }),
        ),
      [stale, dataset] as const,
    );
    await page.reload();
    expect(await editor(page).inputValue()).toBe(stale);
    expect(await status(page).textContent()).toMatch(/exercise has changed since you wrote/);
    // Written again, it is saved with this version and the notice does not come back.
    await editor(page).fill(`${stale} again`);
    await page.reload();
    expect(await editor(page).inputValue()).toBe(`${stale} again`);
    expect(await status(page).textContent()).toBe('');
  }, 240_000);

  it('axe finds nothing serious on an exercise with a result, in both themes, at 390 px', async () => {
    const findings: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      // axe is injected as a script of its own, which the site's policy rightly refuses.
      const context = await browser.newContext({
        colorScheme: theme,
        bypassCSP: true,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      await page.goto(url('practice/revenue-rollup/'));
      await page.evaluate((t) => {
        localStorage.setItem('starlight-theme', t);
        document.documentElement.dataset.theme = t;
      }, theme);
      // Keyboard only: focus the editor, type, run with Ctrl+Enter.
      await editor(page).focus();
      await page.keyboard.type('SELECT country, count(*) AS n FROM customers GROUP BY 1');
      await page.keyboard.press('Control+Enter');
      expect(await outcome(page)).toMatch(/6 rows/);
      // Tab leaves the editor for the buttons, Shift+Tab comes back.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run');
      await page.keyboard.press('Shift+Tab');
      expect(await editor(page).evaluate((e) => e === document.activeElement)).toBe(true);
      await page.getByRole('button', { name: /Show a hint/ }).click();
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as AxeWindow;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
      findings.push(...violations.map((v) => `${theme}: ${v}`));
      // Nothing wider than the screen but the scrollable result.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(390);
      await page.context().close();
    }
    expect(findings).toEqual([]);
  }, 240_000);
});

// Every exercise: its solution passes, each of its mistakes does not. Exercises run side by
// side in tabs of one context, so PGlite's files come from that context's cache after the first,
// and a tab that is free goes on to the next exercise: its renderer keeps the compiled code
// (PostgreSQL's WebAssembly among it) that a new tab would compile again.
describe.concurrent('every SQL exercise', () => {
  let browser: Browser;
  let context: BrowserContext;
  const freeTabs: Page[] = [];
  beforeAll(async () => {
    browser = await useBrowser();
    const { page } = await watchedPage(browser);
    context = page.context();
    // A reader's second exercise starts PostgreSQL from the cluster the first one kept (the test
    // above covers both starts). A tab here moves on as soon as its checks pass, which can be
    // before the first start has finished keeping it, so one start keeps it before they begin.
    // Chromium lists a cache entry before it has stored it for good, and drops it if the worker
    // ends in between: the tab waits a little longer than the entry takes to appear.
    await page.goto(url('practice/customers-without-orders/'));
    await editor(page).fill('SELECT 1');
    await press(page, 'Run');
    await page.waitForFunction(
      async () => (await (await caches.open('atlas-practice-cluster')).keys()).length === 1,
      undefined,
      { timeout: 60_000, polling: 250 },
    );
    await page.waitForTimeout(2000);
    freeTabs.push(page);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  for (const exercise of EXERCISES) {
    // Concurrent tests count assertions through their own `expect`.
    it(`${exercise.id}: the solution is correct and every mistake is not`, async ({ expect }) => {
      const page = freeTabs.pop() ?? (await context.newPage());
      await page.goto(url(`practice/${exercise.id}/`));
      await editor(page).fill(exercise.solution);
      expect(await press(page, 'Run')).not.toMatch(/ERROR/);
      expect(await press(page, 'Check')).toMatch(/Correct/);
      for (const mistake of exercise.mistakes) {
        await editor(page).fill(mistake.sql);
        const said = await press(page, 'Check');
        expect(said).toMatch(/Not yet/);
        expect(said).not.toMatch(/Correct/);
      }
      // Only a tab whose exercise went as expected is used again; the context closes the others.
      freeTabs.push(page);
    }, 240_000);
  }
});
