import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser } from './setup/browser';

/** The smallest label a reader should have to read, in CSS pixels at default zoom. */
const MIN_LABEL_PX = 11;
const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;

/** Every built page that shows at least one diagram, as a site path (`topics/dbt/`). */
function diagramPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (
        name === 'index.html' &&
        readFileSync(path, 'utf8').includes('<figure class="diagram"')
      ) {
        out.push(relative(dist, dir).split(sep).join('/') + '/');
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** What kind of page a diagram sits on, for the per-kind summary. */
function pageKind(path: string): string {
  if (/^plans\/[^/]+\/week-[^/]+\/$/.test(path)) return 'week';
  const [section] = path.split('/');
  return { topics: 'topic', plans: 'plan', projects: 'project', map: 'map' }[section] ?? section;
}

interface DiagramMeasure {
  /** Mermaid's own name for the diagram type (flowchart-v2, gantt, …). */
  type: string;
  title: string;
  labels: number;
  /** Smallest drawn font size of any label, px. */
  smallest: number;
  smallestText: string;
  problems: string[];
}

/**
 * Measures what the browser draws for every diagram on the page: each label's font size times
 * the scale from SVG units to screen pixels (the screen CTM), so a diagram shrunk into its column
 * counts as the small text it is. Also checks that nothing is cut off: the diagram fits its
 * column, or its region scrolls and can be reached and named by keyboard users.
 */
function measureDiagrams(page: Page): Promise<DiagramMeasure[]> {
  return page.evaluate(() => {
    const near = (a: number, b: number) => a <= b + 1;
    return [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
      const problems: string[] = [];
      const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[aria-roledescription]')].filter(
        (s) => s.checkVisibility(),
      );
      const svg = svgs[0];
      if (svgs.length !== 1 || !svg) {
        return {
          type: '?',
          title: '?',
          labels: 0,
          smallest: 0,
          smallestText: '',
          problems: [`${svgs.length} visible SVGs`],
        };
      }
      const box = svg.getBoundingClientRect();
      let smallest = Infinity;
      let smallestText = '';
      let labels = 0;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const words = text.textContent?.trim() ?? '';
        if (!words || !text.checkVisibility()) continue;
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        labels++;
        const elements = [text, ...text.querySelectorAll<SVGTSpanElement>('tspan')];
        for (const el of elements) {
          const ctm = el.getScreenCTM();
          if (!ctm) continue;
          const drawn = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.c, ctm.d);
          if (drawn < smallest) {
            smallest = drawn;
            smallestText = words.slice(0, 40);
          }
        }
        // A label running out of the SVG's own box is cut off by it.
        if (
          !near(box.left, rect.left) ||
          !near(rect.right, box.right) ||
          !near(box.top, rect.top) ||
          !near(rect.bottom, box.bottom)
        ) {
          problems.push(`label "${words.slice(0, 40)}" reaches outside the diagram`);
        }
      }
      const column = figure.parentElement!.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      if (
        !near(frame.width, column.width) ||
        frame.right > document.documentElement.clientWidth + 1
      ) {
        problems.push(
          `region ${Math.round(frame.width)} px wide in a ${Math.round(column.width)} px column`,
        );
      }
      const style = getComputedStyle(figure);
      if (!near(box.width, figure.clientWidth)) {
        // Wider than its region: it must scroll there, by keyboard too, and say so.
        if (!/auto|scroll/.test(style.overflowX))
          problems.push(
            `${Math.round(box.width)} px diagram cut off (overflow-x: ${style.overflowX})`,
          );
        if (figure.scrollWidth + 1 < box.right - frame.left)
          problems.push('the scroll region does not reach its right edge');
        if (figure.tabIndex !== 0) problems.push('scrolls but cannot take keyboard focus');
        if (!figure.getAttribute('role') || !figure.getAttribute('aria-label'))
          problems.push('scrolls but has no role or name');
        if (!/gradient/.test(style.backgroundImage)) problems.push('scrolls with no visible cue');
      }
      if (!near(box.height, figure.scrollHeight) && !/auto|scroll/.test(style.overflowY))
        problems.push('cut off at the bottom');
      return {
        type: svg.getAttribute('aria-roledescription') ?? '?',
        title: svg.querySelector('title')?.textContent ?? '',
        labels,
        smallest: labels ? Math.round(smallest * 100) / 100 : 0,
        smallestText,
        problems: labels ? problems : [...problems, 'no labels found'],
      };
    });
  });
}

describe('diagrams are readable on a phone and a laptop, in both themes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it(
    `draw every label at ${MIN_LABEL_PX} px or more and cut nothing off`,
    { timeout: 600_000 },
    async () => {
      const site = inject('siteUrl');
      const pages = diagramPages(inject('distDir'));
      expect(pages.length).toBeGreaterThan(50);
      // Two pages per width, side by side, each reused for its share of the paths. A page loads
      // once per width and is measured in each theme, switched in place as Starlight's theme
      // picker does: the themes change colours, and a diagram's colours come from custom properties.
      const results = await Promise.all(
        WIDTHS.flatMap((width) =>
          [0, 1].map(async (share) => {
            const context = await browser.newContext({ viewport: { width, height: 800 } });
            const page = await context.newPage();
            const rows: Array<{
              path: string;
              width: number;
              theme: string;
              diagrams: DiagramMeasure[];
            }> = [];
            for (const path of pages.filter((_, i) => i % 2 === share)) {
              await page.goto(new URL(path, site).href);
              for (const theme of THEMES) {
                await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
                rows.push({ path, width, theme, diagrams: await measureDiagrams(page) });
              }
            }
            await context.close();
            return rows;
          }),
        ),
      );
      const rows = results.flat();

      // The figures a reader (or reviewer) asks for: the smallest label per kind, and the share of
      // views (page × width × theme) with any label under the minimum.
      const smallestByKind: Record<string, number> = {};
      for (const row of rows) {
        for (const d of row.diagrams) {
          const kind = `${pageKind(row.path)} ${d.type}`;
          smallestByKind[kind] = Math.min(smallestByKind[kind] ?? Infinity, d.smallest);
        }
      }
      const small = rows.filter((r) => r.diagrams.some((d) => d.smallest < MIN_LABEL_PX));
      const summary = {
        views: rows.length,
        viewsUnderMinimum: small.length,
        share: small.length / rows.length,
        smallestByKind,
      };
      if (process.env.ATLAS_DIAGRAM_REPORT)
        writeFileSync(process.env.ATLAS_DIAGRAM_REPORT, JSON.stringify({ summary, rows }, null, 2));
      console.info(`diagram labels: ${JSON.stringify(summary)}`);

      const failures = rows.flatMap((r) =>
        r.diagrams.flatMap((d) => [
          ...(d.smallest < MIN_LABEL_PX
            ? [`${r.path} @${r.width}px ${r.theme}: "${d.smallestText}" drawn at ${d.smallest} px`]
            : []),
          ...d.problems.map((p) => `${r.path} @${r.width}px ${r.theme}: ${d.title}: ${p}`),
        ]),
      );
      expect(failures).toEqual([]);
    },
  );
});
