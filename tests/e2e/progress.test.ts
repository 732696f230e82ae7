import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ProgressStore } from '../../src/progress/store';
import { savedDownload, useBrowser, watchedPage } from './setup/browser';

const PROJECT = 'projects/11-airflow-dag-pipeline/';
const url = (path: string) => new URL(path, inject('siteUrl')).href;
/** Waits for the progress page's status line (it is written after the page reloads itself). */
const statusSays = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => document.querySelector('[data-status]')?.textContent?.includes(t),
    text,
    { timeout: 10_000 },
  );
const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text, exact: true });

describe('ticking and keeping progress', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('a tick survives a reload and counts in the meters', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url(PROJECT));
    await expect(box(page, 'Create custom operators').isChecked()).resolves.toBe(false);
    await box(page, 'Create custom operators').check();
    await page.reload();
    expect(await box(page, 'Create custom operators').isChecked()).toBe(true);
    expect(await box(page, 'Set up Airflow with Docker').isChecked()).toBe(false);
    expect(await page.locator('[data-progress-text]').first().textContent()).toBe('1 of 5 done');
    // The catalog shows the same progress for this project.
    await page.goto(url('projects/'));
    const row = page.locator('li', { has: page.locator(`a[href$="/${PROJECT}"]`) });
    expect(await row.locator('[data-progress-text]').textContent()).toBe('1 of 5 done');
    // Keyboard: Space on a focused box ticks it.
    await page.goto(url(PROJECT));
    await box(page, 'Set up Airflow with Docker').focus();
    await page.keyboard.press('Space');
    await page.reload();
    expect(await box(page, 'Set up Airflow with Docker').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('corrupt stored progress is kept as a backup, the page works and says so', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(url(PROJECT));
    await page.evaluate(() => localStorage.setItem('atlas:progress', '{"version":1,"items":{'));
    await page.reload();
    await expect(page.locator('.progress-problem').textContent()).resolves.toMatch(
      /could not be read: the saved progress is not valid JSON/,
    );
    await box(page, 'Create custom operators').check();
    const stored = await page.evaluate(() => {
      const backups = Object.keys(localStorage).filter((k) =>
        k.startsWith('atlas:progress:backup:'),
      );
      return {
        backups: backups.map((k) => localStorage.getItem(k)),
        current: JSON.parse(localStorage.getItem('atlas:progress')!) as ProgressStore,
      };
    });
    expect(stored.backups).toEqual(['{"version":1,"items":{']);
    expect(Object.keys(stored.current.items)).toEqual([
      'projects/11-airflow-dag-pipeline/create-custom-operators',
    ]);
    await page.goto(url('progress/'));
    expect(await page.getByRole('button', { name: /Download backup from/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('export, reset and import restore every tick; merge and replace do what they say', async () => {
    const { page, errors } = await watchedPage(browser);
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(url(PROJECT));
    await box(page, 'Create custom operators').check();
    await box(page, 'Build failure callbacks and alerts').check();

    await page.goto(url('progress/'));
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
    ]);
    const exportPath = await savedDownload(json);
    const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as Pick<ProgressStore, 'items'>;
    expect(Object.keys(exported.items).sort()).toEqual([
      'projects/11-airflow-dag-pipeline/build-failure-callbacks-and-alerts',
      'projects/11-airflow-dag-pipeline/create-custom-operators',
    ]);
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as Markdown checklist' }).click(),
    ]);
    const markdown = readFileSync(await savedDownload(md), 'utf8');
    expect(markdown).toContain('— 2 of 5');
    expect(markdown).toContain('- [x] Create custom operators');
    expect(markdown).toContain('- [ ] Set up Airflow with Docker');

    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await statusSays(page, 'All progress was reset.');
    await page.goto(url(PROJECT));
    expect(await box(page, 'Create custom operators').isChecked()).toBe(false);
    // A tick made after the export, to tell merge from replace.
    await box(page, 'Set up Airflow with Docker').check();

    await page.goto(url('progress/'));
    await page.getByLabel('File', { exact: true }).setInputFiles(exportPath);
    await page.getByLabel(/^Merge/).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await statusSays(page, 'Merged 2 ticks');
    await page.goto(url(PROJECT));
    expect(await box(page, 'Create custom operators').isChecked()).toBe(true);
    expect(await box(page, 'Build failure callbacks and alerts').isChecked()).toBe(true);
    expect(await box(page, 'Set up Airflow with Docker').isChecked()).toBe(true);

    await page.goto(url('progress/'));
    await page.getByLabel('File', { exact: true }).setInputFiles(exportPath);
    await page.getByLabel(/^Replace/).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await statusSays(page, 'Replaced your progress with 2 ticks');
    await page.goto(url(PROJECT));
    expect(await box(page, 'Set up Airflow with Docker').isChecked()).toBe(false);
    expect(await box(page, 'Create custom operators').isChecked()).toBe(true);

    // A file that is not an export is refused with a reason, and nothing changes.
    await page.goto(url('progress/'));
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"items":{}}'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await statusSays(page, 'Not imported: This JSON file is not a progress export');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
