import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useBrowser } from './setup/browser';
import { serveStatic } from './setup/static-server';
import { fixtureSite, type SiteCopy } from '../support/site-copy';

/**
 * A new version of the site must not lose a reader's ticks: tick an item, rebuild with another
 * item of the same list edited and a new one inserted before it, serve on the same origin, reload.
 * The site is the project built over a small content folder (tests/fixtures/small-site).
 */
describe('progress across a content update', () => {
  let site: SiteCopy;
  let browser: Browser;
  beforeAll(async () => {
    site = fixtureSite('small-site');
    browser = await useBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    site?.remove();
  });

  it('keeps a tick when other items of its list are edited and inserted', async () => {
    const file = join(site.dir, 'src/content/checklists/senior-resources-readiness.md');
    const ticked = 'Explain 3 failure modes and mitigations';
    const first = await site.exec('astro', ['build']);
    expect(first.code, first.output).toBe(0);
    let server = await serveStatic(join(site.dir, 'dist'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageUrl = new URL('checklists/senior-resources-readiness/', server.url).href;
    await page.goto(pageUrl);
    await page.getByRole('checkbox', { name: ticked, exact: true }).check();
    await server.close();

    const original = readFileSync(file, 'utf8');
    expect(original).toContain(ticked);
    // The reworded item keeps its published key with `id:`, as the build requires of a rewording
    // (a key that silently disappeared would fail it: see progress-keys.test.ts).
    const edited = original
      .replace(
        '- "Draw complete pipeline in <15 min"',
        '- id: draw-complete-pipeline-in-15-min\n        text: "Draw a complete pipeline in under 15 minutes"',
      )
      .replace(`- "${ticked}"`, `- "Name the SLOs of one pipeline you own"\n      - "${ticked}"`);
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const second = await site.exec('astro', ['build']);
    expect(second.code, second.output).toBe(0);
    server = await serveStatic(join(site.dir, 'dist'), '/', server.port);
    try {
      await page.goto(pageUrl);
      const boxes = page.getByRole('checkbox');
      expect(await boxes.count()).toBe(5);
      expect(
        await page
          .getByRole('checkbox', { name: 'Name the SLOs of one pipeline you own' })
          .isChecked(),
      ).toBe(false);
      expect(await page.getByRole('checkbox', { name: ticked, exact: true }).isChecked()).toBe(
        true,
      );
      expect(
        await page
          .getByRole('checkbox', { name: 'Draw a complete pipeline in under 15 minutes' })
          .isChecked(),
      ).toBe(false);
    } finally {
      await server.close();
      await context.close();
    }
  }, 300_000);
});
