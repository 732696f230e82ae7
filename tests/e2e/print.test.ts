import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';
import { readCollectionFiles } from '../../scripts/lib/content-reader';
import { pdfPages, pdfText } from '../support/pdf-text';

const CHECKLIST = 'study-plan-weekly-plan-checklist';
const checklistItems = (): string[] => {
  const file = readCollectionFiles(join(process.cwd(), 'src/content/checklists')).find(
    (f) => f.id === CHECKLIST,
  )!;
  const groups = file.data.groups as Array<{ items: Array<string | { text: string }> }>;
  return groups.flatMap((g) => g.items.map((i) => (typeof i === 'string' ? i : i.text)));
};

describe('printing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('a checklist prints every item and none of the site chrome, also from the dark theme', async () => {
    const { page } = await watchedPage(browser, { colorScheme: 'dark' });
    await page.goto(new URL(`checklists/${CHECKLIST}/`, inject('siteUrl')).href);
    await page.getByRole('checkbox').first().check();
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      text: getComputedStyle(document.querySelector('main h1')!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.theme).toBe('dark');
    expect(colours.text).toBe('rgb(0, 0, 0)');
    expect(colours.background).toBe('rgb(255, 255, 255)');
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
    const items = checklistItems();
    for (const item of items) expect(text, item).toContain(normalise(item));
    // The ticked box prints ticked.
    expect(text).toContain(`✓ ${normalise(items[0])}`);
    for (const chrome of [
      'On this page',
      'Start here',
      'Ctrl K',
      'Search',
      'Edit this page',
      'Previous',
      'Next',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(text, 'the Print button').not.toMatch(/\bPrint\b/);
    expect(text).toContain(`/checklists/${CHECKLIST}/`);
    // Credited by its title, never by the content file or the source document's file name.
    expect(text).not.toContain('src/content/');
    expect(text).not.toMatch(/\b00\d_[0-9a-f]{16}\.txt\b/);
    await page.context().close();
  });

  it('the print views hold every checklist and every week of a plan', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(new URL('checklists/print/', inject('siteUrl')).href);
    const titles = readCollectionFiles(join(process.cwd(), 'src/content/checklists')).map((f) =>
      String(f.data.title),
    );
    const headings = await page.locator('main h2').allTextContents();
    for (const title of titles) expect(headings).toContain(title);
    await page.goto(new URL('plans/senior-study-plan-2025/print/', inject('siteUrl')).href);
    const weeks = await page.locator('main h2').allTextContents();
    expect(weeks.filter((h) => /^Week \d+:/.test(h))).toHaveLength(9);
    // A reader who set no start day keeps the source's dates, and the code that re-dates is not loaded.
    expect(requests.filter((r) => r.includes('apply-reader-dates'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a plan prints an overview first, then each week on a page of its own', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(new URL('plans/learning-path-10-week/print/', inject('siteUrl')).href);
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    // The first page: what the plan asks for and its weeks at a glance.
    expect(pages[0]).toContain('15–20 hours a week');
    expect(pages[0]).toContain('10 weeks');
    expect(pages[0]).toMatch(/Week 1: Data Modeling & Storage Systems[\s\S]*Week 10: /);
    // Every week starts a page: its heading opens the page, never stranded at the foot of one.
    for (let n = 1; n <= 10; n++) {
      const starts = pages.filter((text) => new RegExp(`^Week ${n}: `).test(text));
      expect(starts, `week ${n}`).toHaveLength(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a printed plan names each week's project once and follows the reader's start day", async () => {
    const { page, errors, requests } = await watchedPage(browser);
    const plan = 'senior-study-plan-2025';
    await page.goto(new URL(`plans/${plan}/`, inject('siteUrl')).href);
    await page.getByLabel('Start on').fill('2027-01-04');
    await page.getByLabel('Start on').dispatchEvent('change');
    // On the plan page: a milestone the source dates (24 Aug 2025, the end of week 1) moves with
    // the start day, as the weeks do.
    await expect
      .poll(() => page.locator(`[data-milestone-date="${plan}/2"]`).textContent())
      .toBe('9 Jan 2027');
    await page.emulateMedia({ media: 'print' });
    const planPage = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(planPage).toContain('9 Jan 2027 · week 1: Project 1 delivered');
    expect(planPage).not.toContain('24 Aug 2025');
    // The plan's own dates among its facts follow too.
    expect(planPage).toContain('4 Jan 2027 – 5 Mar 2027');
    expect(planPage).not.toContain('19 Aug 2025 – 18 Oct 2025');

    await page.emulateMedia({ media: 'screen' });
    await page.goto(new URL(`plans/${plan}/print/`, inject('siteUrl')).href);
    await expect
      .poll(() => page.locator(`.print-overview [data-week-dates="${plan}/all"]`).textContent())
      .toBe('4 Jan 2027 – 5 Mar 2027');
    expect(requests.some((r) => r.includes('apply-reader-dates'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    const all = pages.join('\n');
    // The overview page: the plan's dates and its milestones as the reader set them.
    expect(pages[0]).toContain('4 Jan 2027 – 5 Mar 2027');
    expect(pages[0]).toContain('9 Jan 2027 · week 1: Project 1 delivered');
    expect(all).not.toMatch(/Aug 2025|Sept 2025|Oct 2025/);
    // Week 1's schedule names its project ("Project 1 (Sun): …"); the tasks follow without a
    // second "Project: …" heading.
    const weekStart = (n: number) => pages.findIndex((text) => text.startsWith(`Week ${n}: `));
    const week1 = pages.slice(weekStart(1), weekStart(2)).join('\n');
    const project = 'Log ETL + Analytics in Postgres';
    expect(week1.split(project).length - 1, week1).toBe(1);
    expect(all).toContain('Project tasks');
    // The tasks never open a page on their own: they print on the page of the block naming the project.
    const tasksPage = pages
      .slice(weekStart(1), weekStart(2))
      .find((text) => text.includes('Project tasks'));
    expect(tasksPage).toContain(`Project 1 (Sun): ${project}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints blank or with your ticks, as the reader chooses', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(new URL(`checklists/${CHECKLIST}/`, inject('siteUrl')).href);
    await page.getByRole('checkbox').first().check();
    const items = checklistItems();
    const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
    // "Print blank" marks the page before printing; the print stylesheet then empties every box.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print blank' }).click();
    await page.emulateMedia({ media: 'print' });
    const blank = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(blank).toContain(normalise(items[0]));
    expect(blank).not.toContain('✓');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print with my ticks' }).click();
    await page.emulateMedia({ media: 'print' });
    const ticked = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(ticked).toContain(`✓ ${normalise(items[0])}`);
    await page.context().close();
  });

  it('a page without boxes offers one Print button, as wide as it is before its script runs', async () => {
    // A phone as wide as Lighthouse's: there the two buttons and the one wrap differently.
    const viewport = { width: 412, height: 823 };
    const template = new URL('templates/study-plan-daily-8-hour-template/', inject('siteUrl')).href;
    const unscripted = await browser.newContext({ viewport, javaScriptEnabled: false });
    const before = await unscripted.newPage().then(async (page) => {
      await page.goto(template);
      const box = await page.locator('[data-print-choice]').boundingBox();
      // Its place in the row depends on the copy button, which needs JavaScript; its size does not.
      return { width: box?.width, height: box?.height };
    });
    await unscripted.close();
    const { page } = await watchedPage(browser, { colorScheme: 'dark' });
    await page.setViewportSize(viewport);
    await page.goto(template);
    const row = page.locator('[data-print-choice]');
    await expect.poll(() => row.getAttribute('aria-hidden')).toBeNull();
    const after = await row.boundingBox();
    expect({ width: after?.width, height: after?.height }).toEqual(before);
    expect(await row.getByRole('button', { name: /print/i }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});
