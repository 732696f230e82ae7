import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launchBrowser, watchedPage } from './setup/browser';

/** A page whose body holds a hand-written Mermaid diagram (seed 004's "data journey"). */
const DIAGRAM_PAGE = 'plans/learning-path-10-week/';

/** Computed paint of the diagram that is currently visible: node fills and edge strokes. */
async function visibleDiagramPaint(page: Page) {
  return page.evaluate(() => {
    const copies = [...document.querySelectorAll<HTMLElement>('.diagram__theme')].filter((el) => el.offsetParent !== null);
    const svg = copies[0]?.querySelector('svg');
    if (!svg) return { visible: copies.length, paint: [] as string[] };
    const shapes = [...svg.querySelectorAll('.node rect, .node polygon, .node circle, .node path, path.flowchart-link')];
    return {
      visible: copies.length,
      theme: copies[0].className,
      paint: shapes.map((s) => {
        const style = getComputedStyle(s);
        return `${style.fill}|${style.stroke}`;
      }),
    };
  });
}

describe('build-time diagrams', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('are inline SVG with selectable text, and no Mermaid script reaches the reader', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(new URL(DIAGRAM_PAGE, inject('siteUrl')).href);
    const info = await page.evaluate(() => ({
      svgs: document.querySelectorAll('.diagram svg').length,
      texts: [...document.querySelectorAll('.diagram__theme--light svg')].map((svg) => svg.textContent ?? ''),
      scripts: [...document.scripts].map((s) => s.src || s.textContent || ''),
    }));
    expect(info.svgs).toBeGreaterThanOrEqual(2);
    // The hand-written "data journey" diagram of the seed, as text in the SVG.
    expect(info.texts.some((t) => t.includes('Fundamentals') && t.includes('Governance'))).toBe(true);
    const selectable = await page.evaluate(() => getComputedStyle(document.querySelector('.diagram__theme--light svg text')!).userSelect);
    expect(selectable).not.toBe('none');
    expect(info.scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
    expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(externalRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('change colours when the reader switches the theme', async () => {
    const { page, errors } = await watchedPage(browser, { colorScheme: 'light' });
    await page.goto(new URL(DIAGRAM_PAGE, inject('siteUrl')).href);
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    const light = await visibleDiagramPaint(page);
    await select.selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const dark = await visibleDiagramPaint(page);
    expect(light.visible).toBeGreaterThan(0);
    expect(dark.visible).toBe(light.visible);
    expect(light.theme).toMatch(/light/);
    expect(dark.theme).toMatch(/dark/);
    expect(dark.paint.length).toBeGreaterThan(0);
    expect(dark.paint).not.toEqual(light.paint);
    expect(errors).toEqual([]);
  });
});
