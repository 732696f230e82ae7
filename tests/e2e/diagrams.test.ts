import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, useBrowser, watchedPage } from './setup/browser';

/** A page whose body holds a hand-written Mermaid diagram (seed 004's "data journey"). */
const DIAGRAM_PAGE = 'plans/learning-path-10-week/';
/** A generated diagram whose nodes link to other pages. */
const LINKED_DIAGRAM_PAGE = 'topics/apache-kafka/';

/** Computed paint of the page's diagrams: node fills, edge strokes and label colours. */
async function visibleDiagramPaint(page: Page) {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>('.diagram svg')].filter((el) =>
      el.checkVisibility(),
    );
    const svg = svgs[0];
    if (!svg) return { visible: svgs.length, paint: [] as string[] };
    const shapes = [
      ...svg.querySelectorAll(
        '.node rect, .node polygon, .node circle, .node path, path.flowchart-link, text',
      ),
    ];
    return {
      visible: svgs.length,
      theme: document.documentElement.dataset.theme,
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
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it('are inline SVG with selectable text, and no Mermaid script reaches the reader', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(new URL(DIAGRAM_PAGE, inject('siteUrl')).href);
    const info = await page.evaluate(() => ({
      figures: document.querySelectorAll('figure.diagram').length,
      svgs: document.querySelectorAll('.diagram svg').length,
      texts: [...document.querySelectorAll('.diagram svg')].map((svg) => svg.textContent ?? ''),
      scripts: [...document.scripts].map((s) => s.src || s.textContent || ''),
    }));
    // The plan's own diagram; its week timeline is a table now, not a second diagram.
    expect(info.figures).toBeGreaterThanOrEqual(1);
    // One SVG per diagram: no hidden copy for the other theme.
    expect(info.svgs).toBe(info.figures);
    // The hand-written "data journey" diagram of the seed, as text in the SVG.
    expect(info.texts.some((t) => t.includes('Fundamentals') && t.includes('Governance'))).toBe(
      true,
    );
    const selectable = await page.evaluate(
      () => getComputedStyle(document.querySelector('.diagram svg text')!).userSelect,
    );
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
    expect(light.theme).toBe('light');
    expect(dark.theme).toBe('dark');
    expect(dark.paint.length).toBeGreaterThan(0);
    expect(dark.paint).not.toEqual(light.paint);
    expect(errors).toEqual([]);
  });

  it('print in dark ink on white whatever the theme on screen', async () => {
    const { page, errors } = await watchedPage(browser, { colorScheme: 'dark' });
    await page.goto(new URL(DIAGRAM_PAGE, inject('siteUrl')).href);
    const screen = await visibleDiagramPaint(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const svg = document.querySelector('.diagram svg')!;
      return {
        text: [...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fill),
        // Nodes without an author's own colour.
        nodes: [...svg.querySelectorAll('.node:not([style]) rect')]
          .filter((r) => !r.getAttribute('style'))
          .map((r) => getComputedStyle(r).fill),
      };
    });
    expect(screen.theme).toBe('dark');
    expect(printed.text.length).toBeGreaterThan(0);
    // Black labels, except on the nodes the author coloured themselves (white on colour).
    expect(printed.text.filter((fill) => fill === 'rgb(0, 0, 0)').length).toBeGreaterThan(0);
    expect(printed.nodes.length).toBeGreaterThan(0);
    for (const fill of printed.nodes) expect(fill).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
  });

  it('link their nodes with real anchors that keyboards reach and crawlers follow', async () => {
    const { page, errors } = await watchedPage(browser);
    const site = inject('siteUrl');
    await page.goto(new URL(LINKED_DIAGRAM_PAGE, site).href);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('figure.diagram svg a')].map((a) => ({
        href: a.getAttribute('href'),
        xlink:
          a.getAttribute('xlink:href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'),
        name: a.textContent?.trim(),
      })),
    );
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      expect(link.href).toMatch(/^\/(topics|projects)\/[^/]+\/$/);
      expect(link.xlink).toBeNull();
      expect(link.name).toBeTruthy();
    }
    // Every link leads to a built page.
    for (const link of links) {
      const response = await page.request.get(new URL(link.href!, site).href);
      expect(response.status(), link.href!).toBe(200);
    }
    // Tab from the diagram's region lands on its first link, and Enter follows it.
    await page.locator('figure.diagram').first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        inDiagram: Boolean(el?.closest('figure.diagram svg')),
        href: el?.getAttribute('href'),
      };
    });
    expect(focused).toEqual({ inDiagram: true, href: links[0].href });
    await Promise.all([
      page.waitForURL((url) => url.pathname === links[0].href),
      page.keyboard.press('Enter'),
    ]);
    expect(errors).toEqual([]);
  });
});
