import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';
import { readCollectionFiles } from '../../scripts/lib/content-reader';
import { pdfText } from '../support/pdf-text';

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
    const { page, errors } = await watchedPage(browser);
    await page.goto(new URL('checklists/print/', inject('siteUrl')).href);
    const titles = readCollectionFiles(join(process.cwd(), 'src/content/checklists')).map((f) =>
      String(f.data.title),
    );
    const headings = await page.locator('main h2').allTextContents();
    for (const title of titles) expect(headings).toContain(title);
    await page.goto(new URL('plans/senior-study-plan-2025/print/', inject('siteUrl')).href);
    const weeks = await page.locator('main h2').allTextContents();
    expect(weeks.filter((h) => /^Week \d+:/.test(h))).toHaveLength(9);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
