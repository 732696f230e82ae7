import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ProgressStore } from '../../src/progress/store';
import { useBrowser, watchedPage } from './setup/browser';

const url = (path: string) => new URL(path, inject('siteUrl')).href;
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.keys(
      (
        JSON.parse(localStorage.getItem('atlas:progress') ?? '{"items":{}}') as Pick<
          ProgressStore,
          'items'
        >
      ).items,
    ).sort(),
  );
const tick = (page: Page, keys: string[]) =>
  page.evaluate((k) => {
    const items = Object.fromEntries(k.map((key) => [key, '2026-11-01T10:00:00.000Z']));
    localStorage.setItem('atlas:progress', JSON.stringify({ version: 1, items }));
  }, keys);
const catalog = async (page: Page) =>
  (await (await page.request.get(url('progress/catalog.json'))).json()) as {
    linkKeys: string[];
    lists: Array<{ items: Array<{ key: string }> }>;
  };

/** Makes a link on /progress/ in one browser context and returns it. */
async function makeLink(page: Page): Promise<string> {
  await page.goto(url('progress/'));
  await page.getByRole('button', { name: 'Copy a link to my progress' }).click();
  await page.waitForFunction(() =>
    (document.querySelector<HTMLInputElement>('[data-link-output]')?.value ?? '').includes(
      '#progress=',
    ),
  );
  return page.locator('[data-link-output]').inputValue();
}

describe('moving progress by link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('every item of the site ticked fits in a short link, and a second device merges it after being asked', async () => {
    const phone = await watchedPage(browser);
    const laptop = await watchedPage(browser);
    await laptop.page.goto(url('progress/'));
    const { linkKeys, lists } = await catalog(laptop.page);
    const all = lists.flatMap((l) => l.items.map((i) => i.key));
    expect(linkKeys.length).toBeGreaterThanOrEqual(all.length);
    await tick(laptop.page, all);
    const link = await makeLink(laptop.page);
    expect(link.length).toBeLessThanOrEqual(2000);
    console.log(`progress link for all ${all.length} items ticked: ${link.length} characters`);

    await phone.page.goto(url('progress/'));
    await tick(phone.page, all.slice(0, 10));
    // Opened afresh, as on another device (the other tests paste the link into an open page).
    await phone.page.goto('about:blank');
    await phone.page.goto(link);
    const summary = phone.page.locator('[data-link-summary]');
    await expect
      .poll(() => summary.textContent())
      .toBe(
        `${all.length} ticks from a link: ${all.length - 10} new, 10 you already have. Nothing changes until you choose.`,
      );
    // Nothing applied before the reader chooses.
    expect(await stored(phone.page)).toEqual([...all.slice(0, 10)].sort());
    await phone.page.getByRole('button', { name: /^Merge/ }).click();
    await phone.page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('Added'),
    );
    expect(await stored(phone.page)).toEqual([...all].sort());
    // The link no longer sits in the address bar once used.
    expect(new URL(phone.page.url()).hash).toBe('');
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
    await laptop.page.context().close();
  });

  it('replace makes the ticks exactly the link’s, after confirming', async () => {
    const a = await watchedPage(browser);
    const b = await watchedPage(browser);
    await a.page.goto(url('progress/'));
    const { lists } = await catalog(a.page);
    const all = lists.flatMap((l) => l.items.map((i) => i.key));
    await tick(a.page, [all[3], all[40]]);
    const link = await makeLink(a.page);
    await b.page.goto(url('progress/'));
    await tick(b.page, [all[5], all[6], all[7]]);
    b.page.on('dialog', (dialog) => dialog.accept());
    await b.page.goto(link);
    await b.page.getByRole('button', { name: /^Replace/ }).click();
    await b.page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('now the 2 ticks'),
    );
    expect(await stored(b.page)).toEqual([all[3], all[40]].sort());
    await a.page.context().close();
    await b.page.context().close();
  });

  it('a link across a content change restores what still exists and says what it could not place', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('progress/'));
    const { linkKeys } = await catalog(page);
    // A link made by a newer version of the site: one position past this catalog, one key as text.
    const { encodeProgress } = await import('../../src/progress/link-code');
    const newer = [...linkKeys, 'projects/new-project/new-task'];
    const value = encodeProgress(
      [linkKeys[0], 'projects/new-project/new-task', 'checklists/gone/an-old-item'],
      newer,
    );
    await page.goto(`${url('progress/')}#progress=${value}`);
    const summary = page.locator('[data-link-summary]');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/^1 ticks? from a link: 1 new, 0 you already have\. 2 could not be placed/);
    await page.getByRole('button', { name: /^Merge/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('Added'),
    );
    expect(await stored(page)).toEqual([linkKeys[0]]);
    await page.context().close();
  });

  it.each([
    ['p1.AAAA.xxxx', /incomplete or was changed/],
    ['garbage', /not a progress link of this site/],
    ['p1.%E0%A4%A', /./],
  ])(
    'a malformed or cut-off link (%s) is refused with a message and changes nothing',
    async (value, message) => {
      const { page, errors } = await watchedPage(browser);
      await page.goto(url('progress/'));
      await tick(page, ['checklists/study-plan-environment-setup/x']);
      await page.goto(`${url('progress/')}#progress=${value}`);
      const summary = page.locator('[data-link-summary]');
      await expect.poll(() => summary.textContent()).toMatch(message);
      await expect.poll(() => summary.textContent()).toMatch(/Nothing was changed\.$/);
      expect(await page.getByRole('button', { name: /^Merge/ }).isVisible()).toBe(false);
      expect(await stored(page)).toEqual(['checklists/study-plan-environment-setup/x']);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
  it('a truncated real link is refused', async () => {
    const a = await watchedPage(browser);
    await a.page.goto(url('progress/'));
    const { lists } = await catalog(a.page);
    await tick(a.page, lists.flatMap((l) => l.items.map((i) => i.key)).slice(0, 50));
    const link = await makeLink(a.page);
    await a.page.evaluate(() => localStorage.clear());
    await a.page.goto(link.slice(0, -3));
    await expect
      .poll(() => a.page.locator('[data-link-summary]').textContent())
      .toMatch(/incomplete/);
    expect(await stored(a.page)).toEqual([]);
    await a.page.context().close();
  });
});

describe('ticks whose item changed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('lists ticks for items no longer on the site and drops them one by one or all at once', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(url('progress/'));
    await page.waitForLoadState('networkidle');
    // A reader with no ticks has nothing to compare: the list of items is not fetched.
    expect(requests.filter((r) => r.endsWith('/progress/catalog.json'))).toEqual([]);
    const { lists } = await catalog(page);
    const real = lists[0].items[0].key;
    await tick(page, [
      real,
      'projects/01-csv-to-postgresql-loader/an-old-wording',
      'checklists/removed-list/first-item',
      'weeks/x/week-1/gone-objective',
    ]);
    await page.reload();
    const section = page.locator('[data-orphan-ticks]');
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.locator('li').count()).toBe(3);
    await expect(section.locator('li').first().textContent()).resolves.toMatch(
      /first item \(checklists: removed list\), ticked 2026-11-01/,
    );
    await page.getByRole('button', { name: 'Drop the tick on an old wording' }).click();
    await expect.poll(() => section.locator('li').count()).toBe(2);
    page.on('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Drop all of them' }).click();
    await expect.poll(() => section.isVisible()).toBe(false);
    expect(await stored(page)).toEqual([real]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('following a plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows nothing to a reader who follows nothing, then where they are and what is next', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url(''));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-next-steps]').isVisible()).toBe(false);
    await page.goto(url('plans/learning-path-10-week/'));
    const follow = page.getByRole('button', { name: 'Follow this plan' });
    await follow.click();
    await expect
      .poll(() => page.locator('[data-follow-plan]').getAttribute('aria-pressed'))
      .toBe('true');
    await page.goto(url(''));
    const next = page.locator('[data-next-steps]');
    // The section is shown before its script fills it in (so nothing below it moves): wait for the words.
    await expect.poll(() => next.textContent()).toMatch(/You are in Week 1:/);
    // Tick all of week 1 (objectives and project tasks) and week 2 becomes the current one.
    const { plans } = (await (await page.request.get(url('progress/catalog.json'))).json()) as {
      plans: Array<{ id: string; weeks: Array<{ items: Array<{ key: string }> }> }>;
    };
    const weekOne = plans
      .find((p) => p.id === 'learning-path-10-week')!
      .weeks[0].items.map((i) => i.key);
    await tick(page, weekOne);
    await page.goto(url('progress/'));
    const onProgress = page.locator('[data-next-steps]');
    await expect.poll(() => onProgress.textContent()).toMatch(/You are in Week 2:/);
    expect(await onProgress.locator('a').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
