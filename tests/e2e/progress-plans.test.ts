import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { savedDownload, useBrowser, watchedPage } from './setup/browser';
import { pdfText } from '../support/pdf-text';

const url = (path: string) => new URL(path, inject('siteUrl')).href;

function weekEvents(ics: string) {
  // ical.js declares parse() as returning any; one VCALENDAR parses to one jCal component array.
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      const end = event.endDate.clone();
      end.adjust(-1, 0, 0, 0);
      return { summary: event.summary, start: event.startDate.toString(), end: end.toString() };
    })
    .filter((e) => /Week \d+/.test(e.summary));
}

async function setPace(page: Page, hours: string, start: string) {
  await page.getByLabel('Start on').fill(start);
  await page.getByLabel('Start on').dispatchEvent('change');
  await page.getByLabel('Hours a week you can study').fill(hours);
  await page.getByLabel('Hours a week you can study').dispatchEvent('change');
}

async function downloadIcs(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  return readFileSync(await savedDownload(download), 'utf8');
}

describe('a plan at your pace', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it("paces a plan by the source's hours per week, and the calendar follows", async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url('plans/senior-study-plan-2025/'));
    // The source plans 56 hours a week; at 28 every week takes two.
    expect(await page.getByLabel('Hours a week you can study').inputValue()).toBe('56');
    await setPace(page, '28', '2026-01-05');
    expect(await page.locator('[data-week-dates="senior-study-plan-2025/2"]').textContent()).toBe(
      '19 Jan 2026 to 1 Feb 2026',
    );
    await expect(page.locator('[data-calendar-pace]').textContent()).resolves.toMatch(
      /^At 28 hours a week the plan ends on 10 May 2026 \(18 weeks at most\)/,
    );
    const events = weekEvents(await downloadIcs(page));
    expect(events).toHaveLength(9);
    expect(events[0]).toMatchObject({ start: '2026-01-05', end: '2026-01-18' });
    expect(events[8]).toMatchObject({ start: '2026-04-27', end: '2026-05-10' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("paces by the source's plan-level range where its per-week times are incomplete, and says so", async () => {
    const { page } = await watchedPage(browser);
    // The 10-week path gives block times for weeks 1-9, none for the capstone week, and
    // "15-20 hours/week" for the whole plan: the range is used, as a range, and no guess is made.
    await page.goto(url('plans/learning-path-10-week/'));
    await expect(page.locator('[data-calendar-pace]').textContent()).resolves.toBe(
      'The source plans 15–20 hours a week (the source gives times for some weeks only, so its figure for the whole plan is used for every week): set your own hours to see when each week would fall.',
    );
    // A range leaves the field empty: which end the reader keeps is theirs to say.
    expect(await page.getByLabel('Hours a week you can study').inputValue()).toBe('');
    // At 10 hours a week a 15–20 hour week takes 11–14 days.
    await setPace(page, '10', '2026-01-05');
    expect(await page.locator('[data-week-dates="learning-path-10-week/2"]').textContent()).toBe(
      '16 Jan 2026 – 19 Jan 2026 to 26 Jan 2026 – 1 Feb 2026',
    );
    await page.context().close();
  });
});

describe('re-dating everywhere', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it("the reader's start day reaches the week table, milestones, week pages and the print view", async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url('plans/learning-path-10-week/'));
    // The source dates no week: no Dates column until the reader picks a start day.
    const datesHeader = page.locator('.week-table th[data-week-dates-column]');
    expect(await datesHeader.isHidden()).toBe(true);
    await page.getByLabel('Start on').fill('2026-12-07');
    await page.getByLabel('Start on').dispatchEvent('change');
    expect(await datesHeader.isVisible()).toBe(true);
    const week2 = '14 Dec 2026 – 20 Dec 2026';
    expect(
      await page.locator('.week-table [data-week-dates="learning-path-10-week/2"]').textContent(),
    ).toBe(week2);
    // "By Week 5" gets the last day of week 5.
    await expect(
      page.locator('[data-milestone-week="learning-path-10-week/5"]').textContent(),
    ).resolves.toBe(' (10 Jan 2027)');
    // The week page and the print view show the same dates.
    await page.goto(url('plans/learning-path-10-week/week-2/'));
    await expect
      .poll(() => page.locator('.facts [data-week-dates="learning-path-10-week/2"]').textContent())
      .toBe(week2);
    await page.goto(url('plans/learning-path-10-week/print/'));
    await expect
      .poll(() =>
        page.locator('.print-overview [data-week-dates="learning-path-10-week/2"]').textContent(),
      )
      .toBe(week2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a plan in phases is paced by its start day and the source lengths of its phases', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url('plans/thirty-projects-timeline/'));
    await page.getByLabel('Start on').fill('2026-12-07');
    await page.getByLabel('Start on').dispatchEvent('change');
    // Foundation is "3-4 months": it takes the longer end.
    await expect(
      page.locator('[data-phase-dates="thirty-projects-timeline/1"]').textContent(),
    ).resolves.toBe(' (7 Dec 2026 – 6 Apr 2027)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync(await savedDownload(download), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261207');
    // The plan that gives no time at all asks the reader for their weeks per phase.
    await page.goto(url('plans/senior-readiness-3-phase/'));
    await expect(
      page.locator('[data-phase-calendar] .plan-calendar__pace').textContent(),
    ).resolves.toMatch(/gives no time for this plan or its phases/);
    expect(await page.getByLabel('Weeks you give each phase').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('printouts that carry your progress', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  const printed = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

  it('a printed checklist shows the ticks, "N of M done" and the day it was printed', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('checklists/study-plan-weekly-plan-checklist/'));
    const boxes = page.getByRole('checkbox');
    const total = await boxes.count();
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(`2 of ${total} done`);
    expect(text.match(/✓/g)).toHaveLength(2);
    expect(text).toContain(`printed ${printed}`);
    await page.context().close();
  });

  it('a printed plan shows the ticks of its weeks and projects', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('plans/learning-path-10-week/print/'));
    await page.getByRole('checkbox').first().check();
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toMatch(/1 of \d+ done/);
    expect(text.match(/✓/g)).toHaveLength(1);
    expect(text).toContain(`printed ${printed}`);
    await page.context().close();
  });
});
