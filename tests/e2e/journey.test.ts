import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';

/**
 * A new reader's path through the atlas, on a phone: the home page's plan chooser, following
 * the plan it ranks first, ticking, and finding "where am I" at the top of the home page and
 * /progress/ — then on another device, from a progress link alone.
 */
const url = (path: string) => new URL(path, inject('siteUrl')).href;

/** Presses "Copy a link to my progress" and returns the link once the page has made it. */
async function copyProgressLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy a link to my progress' }).click();
  const output = page.locator('[data-link-output]');
  await expect.poll(() => output.inputValue()).toContain('#progress=');
  return output.inputValue();
}

/** The "where you are" panel's text, once the script has filled it in. */
async function whereYouAre(page: Page): Promise<string> {
  const section = page.locator('[data-next-steps]');
  await expect.poll(() => section.locator('[data-next-list] li').count()).toBeGreaterThan(0);
  return (await section.innerText()).replace(/\s+/g, ' ').trim();
}

/** True when the panel comes before everything else in the page's main content. */
const comesFirst = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('[data-next-steps]')!;
    const content = document.querySelector('main .sl-markdown-content, main')!;
    const before = [...content.querySelectorAll('h2, h3, .ways, [data-progress-link]')].filter(
      (el) => panel.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
    );
    const rect = panel.getBoundingClientRect();
    return { headingsBefore: before.map((el) => el.textContent?.trim()), top: rect.top };
  });

describe("a new reader's path", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('home → plan by hours → follow → tick → reload → what is next first → progress link → another device', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });

    // Home: who it is for, and the plan chooser ranks plans by the reader's 6 hours a week.
    await page.goto(url(''));
    await expect(page.locator('main').textContent()).resolves.toMatch(/For engineers growing/);
    expect(await page.locator('[data-next-steps]').isHidden()).toBe(true);
    await page.getByRole('spinbutton', { name: 'I have hours a week' }).fill('6');
    const first = page.locator('[data-chooser-plan]').first();
    await expect
      .poll(() => first.locator('[data-chooser-fit]').textContent())
      .toBe('At 6 hours a week: about 25–34 weeks instead of 10 weeks.');
    await expect(first.textContent()).resolves.toContain('15–20 hours a week · 10 weeks');

    // Choose it and follow it.
    await first.getByRole('link').click();
    await page.waitForURL(/\/plans\/learning-path-10-week\/$/);
    await page.getByRole('button', { name: 'Follow this plan' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Following this plan' }).count())
      .toBe(1);
    // The hours given on the home page became the plan's pace.
    expect(await page.getByLabel('Hours a week you can study').inputValue()).toBe('6');
    await page.getByLabel('Start on').fill('2026-12-07');
    await page.getByLabel('Start on').dispatchEvent('change');

    // Tick the first two objectives of week 1 on the week page.
    await page.goto(url('plans/learning-path-10-week/week-1/'));
    const boxes = page.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const ticked = [
      (await boxes.nth(0).locator('xpath=ancestor::li[1]').innerText()).trim(),
      (await boxes.nth(1).locator('xpath=ancestor::li[1]').innerText()).trim(),
    ];
    await page.reload();
    await expect(boxes.nth(0).isChecked()).resolves.toBe(true);

    // Home: the reader's own state comes first, above the ways in.
    await page.goto(url(''));
    const home = await whereYouAre(page);
    expect(home).toMatch(/Data Engineer Learning Path/);
    expect(home).toMatch(/2 of \d+ done/);
    expect(home).toMatch(/You are in Week 1: /);
    for (const text of ticked) expect(home).not.toContain(text);
    const homeOrder = await comesFirst(page);
    expect(homeOrder.headingsBefore).toEqual([]);
    expect(homeOrder.top).toBeLessThan(844);
    expect(await page.getByRole('link', { name: 'All your progress' }).count()).toBe(1);

    // /progress/ is one click away from the header, and shows the same first.
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.waitForURL(/\/progress\/$/);
    const progress = await whereYouAre(page);
    expect(home).toBe(`${progress} All your progress`);
    expect((await comesFirst(page)).headingsBefore).toEqual([]);
    // The catalogue of every list is folded away.
    expect(await page.locator('details.progress-group[open]').count()).toBe(0);

    // Copy a progress link: it carries the ticks and the followed plan, start day and hours.
    const link = await copyProgressLink(page);
    expect(link).toMatch(/#progress=p1\.[^&]+&plans=learning-path-10-week~2026-12-07~6$/);
    await expect
      .poll(() => page.locator('[data-link-status]').textContent())
      .toMatch(/and the plan you follow \(with start days and hours\)/);
    expect(errors).toEqual([]);

    // Another device: a fresh context opens the link; it says what it holds before applying it.
    const other = await watchedPage(browser);
    await other.page.setViewportSize({ width: 390, height: 844 });
    await other.page.goto(link);
    const summary = other.page.locator('[data-link-summary]');
    await expect
      .poll(() => summary.textContent())
      .toMatch(
        /2 ticks from a link: 2 new, 0 you already have\. It also follows 1 plan: Data Engineer Learning Path \(from 7 Dec 2026, 6 hours a week\)\. Nothing changes until you choose\./,
      );
    expect(await other.page.locator('[data-next-steps]').isHidden()).toBe(true);
    await other.page.getByRole('button', { name: "Merge: add the link's ticks to mine" }).click();
    await other.page.waitForLoadState('load');
    const applied = await whereYouAre(other.page);
    expect(applied).toBe(progress);
    await other.page.goto(url(''));
    expect(await whereYouAre(other.page)).toBe(home);
    // The plan's pace came along too.
    await other.page.goto(url('plans/learning-path-10-week/'));
    expect(await other.page.getByLabel('Start on').inputValue()).toBe('2026-12-07');
    expect(await other.page.getByLabel('Hours a week you can study').inputValue()).toBe('6');
    expect(other.errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('a plan of topics only: follow → read a topic → what is next → progress link', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url('plans/senior-readiness-3-phase/'));
    // The source gives no time: the page says so and paces by start day, with no figure of ours.
    await expect(page.locator('main').textContent()).resolves.toContain(
      'hours a week not stated in the source',
    );
    await expect(
      page.locator('[data-phase-calendar] .plan-calendar__pace').textContent(),
    ).resolves.toMatch(/gives no time for this plan or its phases/);
    await expect
      .poll(() => page.locator('[data-progress-meter] [data-progress-text]').first().textContent())
      .toBe('0 of 21 done');
    await page.getByRole('button', { name: 'Follow this plan' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Following this plan' }).count())
      .toBe(1);
    await page.getByLabel('Start on').fill('2026-12-07');
    await page.getByLabel('Start on').dispatchEvent('change');
    await page.getByLabel('Weeks you give each phase').fill('2');
    await page.getByLabel('Weeks you give each phase').dispatchEvent('change');

    // Read the first topic of phase 1 and tick it on its own page.
    await page.goto(url('topics/distributed-systems/'));
    await page.getByRole('checkbox', { name: 'I have read this topic' }).check();

    // Home: where the reader is, and the next topic to read, which links to its page.
    await page.goto(url(''));
    const home = await whereYouAre(page);
    expect(home).toMatch(/Senior readiness in three phases/);
    expect(home).toMatch(
      /1 of 21 done \(5%\)\. You are in Phase 1: Foundations \+ Airflow\/dbt — 8 left in this phase\./,
    );
    expect(home).not.toContain('Read: Distributed systems');
    const next = page.locator('[data-next-steps] [data-next-list] ul a').first();
    expect(await next.textContent()).toBe('Read: ACID vs BASE');
    await next.click();
    await page.waitForURL(/\/topics\/acid-vs-base\/$/);

    // The plan page shows the same tick in its phase list.
    await page.goto(url('plans/senior-readiness-3-phase/'));
    await expect(
      page.getByRole('checkbox', { name: 'Read: Distributed systems' }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('checkbox', { name: 'Read: ACID vs BASE' }).isChecked(),
    ).resolves.toBe(false);

    // /progress/ shows it too, and its link carries the tick, the plan, its start day and the
    // weeks given each phase.
    await page.goto(url('progress/'));
    const progress = await whereYouAre(page);
    expect(`${progress} All your progress`).toBe(home);
    const link = await copyProgressLink(page);
    expect(link).toMatch(/&plans=senior-readiness-3-phase~2026-12-07~~2$/);
    expect(errors).toEqual([]);

    const other = await watchedPage(browser);
    await other.page.goto(link);
    await expect
      .poll(() => other.page.locator('[data-link-summary]').textContent())
      .toMatch(
        /It also follows 1 plan: Senior readiness in three phases \(from 7 Dec 2026, 2 weeks a phase\)/,
      );
    await other.page.getByRole('button', { name: "Merge: add the link's ticks to mine" }).click();
    await other.page.waitForLoadState('load');
    expect(await whereYouAre(other.page)).toBe(progress);
    await other.page.goto(url('plans/senior-readiness-3-phase/'));
    expect(await other.page.getByLabel('Start on').inputValue()).toBe('2026-12-07');
    expect(await other.page.getByLabel('Weeks you give each phase').inputValue()).toBe('2');
    await expect(
      other.page.locator('[data-phase-dates="senior-readiness-3-phase/3"]').textContent(),
    ).resolves.toMatch(/\(4 Jan 2027 – 17 Jan 2027\)/);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('an old progress link, with ticks only, still applies', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url('plans/learning-path-10-week/week-1/'));
    await page.getByRole('checkbox').first().check();
    await page.goto(url('progress/'));
    const link = await copyProgressLink(page);
    // Nothing followed: the link has no plans part, exactly as links made before plans travelled.
    expect(link).toMatch(/#progress=p1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    const other = await watchedPage(browser);
    await other.page.goto(link);
    await expect
      .poll(() => other.page.locator('[data-link-summary]').textContent())
      .toBe('1 tick from a link: 1 new, 0 you already have. Nothing changes until you choose.');
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });
});
