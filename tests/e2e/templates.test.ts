import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { savedDownload, useBrowser, watchedPage } from './setup/browser';

const TEMPLATE = 'study-plan-adr-template';
/** The template as written in its content file: the body after the frontmatter. */
const templateBody = () =>
  readFileSync(join(process.cwd(), 'src/content/templates', `${TEMPLATE}.md`), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .trim() + '\n';

describe('templates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('"Download .md" gives exactly the template, and "Copy as Markdown" puts the same on the clipboard', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('siteUrl')).origin,
    });
    await page.goto(new URL(`templates/${TEMPLATE}/`, inject('siteUrl')).href);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${TEMPLATE}.md`);
    const downloaded = readFileSync(await savedDownload(download), 'utf8');
    expect(downloaded).toBe(templateBody());

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-copy-status]')?.textContent === 'Copied.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(downloaded);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
