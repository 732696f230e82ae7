import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { savedDownload, useBrowser, watchedPage } from './setup/browser';

/** Events of an .ics file as parsed by ical.js: [summary, first day, last day (inclusive)]. */
function parseEvents(ics: string) {
  // ical.js declares parse() as returning any; one VCALENDAR parses to one jCal component array.
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const end = event.endDate.clone();
    end.adjust(-1, 0, 0, 0);
    return { summary: event.summary, start: event.startDate.toString(), end: end.toString() };
  });
}

async function downloadIcs(page: Page, start?: string) {
  if (start) {
    await page.getByLabel('Start on').fill(start);
    await page.getByLabel('Start on').dispatchEvent('change');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  return readFileSync(await savedDownload(download), 'utf8');
}

describe('plan calendars', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('the default export keeps the source dates: one event per week and per milestone', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(new URL('plans/senior-study-plan-2025/', inject('siteUrl')).href);
    const events = parseEvents(await downloadIcs(page));
    const milestones = await page.locator('#milestones + ul > li').count();
    expect(events.filter((e) => /Week \d+:/.test(e.summary))).toHaveLength(9);
    expect(events.filter((e) => e.summary.startsWith('Milestone:'))).toHaveLength(milestones);
    expect(events[0]).toMatchObject({ start: '2025-08-19', end: '2025-08-24' });
    expect(events[8]).toMatchObject({ start: '2025-10-13' });
    // The static file offered without JavaScript is the same calendar.
    const staticIcs = await (
      await fetch(new URL('plans/senior-study-plan-2025/calendar.ics', inject('siteUrl')))
    ).text();
    expect(parseEvents(staticIcs).map((e) => [e.summary, e.start, e.end])).toEqual(
      events.map((e) => [e.summary, e.start, e.end]),
    );
    await page.context().close();
  });

  it('a chosen start date re-dates the week table and the export', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(new URL('plans/senior-study-plan-2025/', inject('siteUrl')).href);
    const events = parseEvents(await downloadIcs(page, '2026-01-06'));
    // The source starts on a Tuesday, 2025-08-19; every date moves by the same 140 days.
    expect(events[0]).toMatchObject({ start: '2026-01-06', end: '2026-01-11' });
    expect(events[1]).toMatchObject({ start: '2026-01-12', end: '2026-01-18' });
    expect(events.find((e) => e.summary.includes('Week 9'))).toMatchObject({ start: '2026-03-02' });
    expect(await page.locator('[data-week-dates="senior-study-plan-2025/1"]').textContent()).toBe(
      '6 Jan 2026 – 11 Jan 2026',
    );
    // The choice is remembered.
    await page.reload();
    expect(await page.getByLabel('Start on').inputValue()).toBe('2026-01-06');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a plan without dates gets them from the picker', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(new URL('plans/learning-path-10-week/', inject('siteUrl')).href);
    const events = parseEvents(await downloadIcs(page, '2026-02-02'));
    expect(events.filter((e) => /Week \d+:/.test(e.summary))).toHaveLength(10);
    expect(events[0]).toMatchObject({ start: '2026-02-02', end: '2026-02-08' });
    expect(events[9]).toMatchObject({ start: '2026-04-06', end: '2026-04-12' });
    await page.context().close();
  });

  it('a week page keeps room for the reader’s dates only when the stored start is a day', async () => {
    const { page, errors } = await watchedPage(browser);
    const week = new URL('plans/learning-path-10-week/week-3/', inject('siteUrl')).href;
    const dates = page.locator('[data-week-dates="learning-path-10-week/3"]');
    await page.goto(week);
    const markedWith = async (start: string) => {
      await page.evaluate(
        (value) => localStorage.setItem('atlas:plan-start:learning-path-10-week', value),
        start,
      );
      await page.reload();
      return page.evaluate(() => document.documentElement.hasAttribute('data-reader-dated'));
    };
    // A day: room is kept from the first paint, and the reader's dates fill it.
    expect(await markedWith('2026-02-02')).toBe(true);
    await expect.poll(() => dates.first().textContent()).toBe('16 Feb 2026 – 22 Feb 2026');
    // Not a day (written by hand, or by another tool): nothing is kept for dates that never come.
    for (const start of ['someday', '2026-13-01', '2026-02-30', '2026-2-2', ' 2026-02-02']) {
      expect(await markedWith(start), start).toBe(false);
      expect((await dates.first().textContent())?.trim(), start).not.toMatch(/2026/);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
