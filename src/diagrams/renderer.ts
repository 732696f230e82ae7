import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../browser/find-chromium.mjs';
import { placeholderThemeVariables, themeSvgColours } from './palette';
import { compactSvg } from './compact';

/** One rendered diagram: a single SVG whose colours are CSS custom properties. */
export interface RenderedDiagram {
  svg: string;
  /** Natural size in CSS pixels (the SVG's viewBox), at which its labels have their set size. */
  width: number;
  height: number;
  /** The smallest label font size at natural size, px: how far the diagram may shrink. */
  smallestFontPx: number;
}

const require = createRequire(import.meta.url);
const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
export const mermaidVersion = (require('mermaid/package.json') as { version: string }).version;

/**
 * One browser and one warm page for the whole build: loading Mermaid costs far more than a
 * render, so pages are not opened per file. Renders are queued because Mermaid keeps global
 * state (its configuration) in the page.
 */
interface RendererState {
  browser?: Browser;
  page?: Promise<Page>;
  queue: Promise<unknown>;
}
// Kept on globalThis: Astro may load this module more than once (config, content layer, pages),
// and every copy must share the one browser so the integration can close it.
const STATE = Symbol.for('atlas.mermaid-renderer');
const shared = globalThis as typeof globalThis & { [STATE]?: RendererState };
const state: RendererState = (shared[STATE] ??= { queue: Promise.resolve() });

/** No browser to render with: not a problem of any one diagram, so it is reported as itself. */
class BrowserUnavailableError extends Error {
  override name = 'BrowserUnavailableError';
}

async function openPage(): Promise<Page> {
  let executablePath: string;
  try {
    executablePath = await requireChromium();
  } catch (error) {
    throw new BrowserUnavailableError(
      `Diagrams are rendered at build time and need Chromium.\n${(error as Error).message}`,
    );
  }
  state.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const p = await state.browser.newPage();
  await p.setContent(
    '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
  );
  await p.addScriptTag({ path: mermaidBundle });
  return p;
}

/** The part of Mermaid's browser API (its bundle's `mermaid` global) the render page calls. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, code: string): Promise<{ svg: string }>;
}

/** Gantt labels and axis dates (Mermaid's own 11 px and 10 px would shrink under 11 px at once). */
const GANTT_FONT_PX = 15;
/**
 * Gantt layout, px. Mermaid otherwise takes the render page's width. The wide right margin lets
 * labels (up to about 24 characters, see mermaid-source.ts) sit right of their bars
 * instead of being drawn leftwards over the section titles.
 */
const GANTT_LAYOUT = { useWidth: 840, leftPadding: 120, rightPadding: 240, barHeight: 24 };

/**
 * Renders one diagram with placeholder colours, then hands back one SVG at its natural size,
 * its colours replaced by custom properties. Rejects with Mermaid's own message (which carries
 * the line inside the diagram) when the source does not parse.
 */
export function renderDiagram(code: string, id: string): Promise<RenderedDiagram> {
  const job = state.queue.then(async () => {
    state.page ??= openPage();
    const p = await state.page;
    const rendered = await p.evaluate(
      async ({ code, id, themeVariables, ganttFontPx, ganttLayout }) => {
        const { mermaid } = globalThis as typeof globalThis & { mermaid: MermaidApi };
        try {
          mermaid.initialize({
            startOnLoad: false,
            theme: 'base',
            themeVariables,
            securityLevel: 'strict',
            // Plain SVG text (no foreignObject): selectable, searchable and printable everywhere.
            htmlLabels: false,
            // Wide enough that single long words (snake_case task names, "Airbyte/Fivetran") are not split.
            flowchart: { htmlLabels: false, wrappingWidth: 320 },
            // Day and month unless the chart sets its own axis format.
            gantt: {
              ...ganttLayout,
              fontSize: ganttFontPx,
              sectionFontSize: ganttFontPx,
              axisFormat: '%d %b',
            },
            fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          });
          const { svg } = await mermaid.render(id, code);
          const host = document.createElement('div');
          host.innerHTML = svg;
          document.body.append(host);
          const root = host.querySelector('svg')!;
          // SVG 2 links: `href`, which crawlers read and base-path rewriting sees (not xlink:href).
          for (const link of root.querySelectorAll('a')) {
            const target =
              link.getAttribute('xlink:href') ??
              link.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
            if (target === null) continue;
            link.removeAttribute('xlink:href');
            link.removeAttributeNS('http://www.w3.org/1999/xlink', 'href');
            link.setAttribute('href', target);
          }
          // Natural size: the viewBox, grown to hold every label (a Gantt label beside its bar can
          // run past the chart's edge and would be cut off).
          const [x0, y0, w0, h0] = (root.getAttribute('viewBox') ?? '0 0 0 0')
            .split(/[\s,]+/)
            .map(Number);
          root.removeAttribute('style');
          root.setAttribute('width', String(w0));
          root.setAttribute('height', String(h0));
          // Axis dates are drawn at a fixed 10 px; give them the chart's own label size, and drop
          // the dates that would then overlap the one before (their grid lines stay).
          let lastEnd = -Infinity;
          for (const tick of root.querySelectorAll<SVGTextElement>('.tick text')) {
            tick.setAttribute('font-size', String(ganttFontPx));
            const box = tick.getBoundingClientRect();
            if (box.left < lastEnd + 6) tick.remove();
            else lastEnd = box.right;
          }
          const content = root.getBBox();
          const x = Math.floor(Math.min(x0, content.x));
          const y = Math.floor(Math.min(y0, content.y));
          const width = Math.ceil(Math.max(x0 + w0, content.x + content.width) - x);
          const height = Math.ceil(Math.max(y0 + h0, content.y + content.height) - y);
          root.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
          root.setAttribute('width', String(width));
          root.setAttribute('height', String(height));
          // What the labels measure at natural size (font size times the SVG's own scaling).
          let smallest = Infinity;
          for (const text of root.querySelectorAll<SVGTextElement>('text, tspan')) {
            if (!text.textContent?.trim()) continue;
            const ctm = text.getScreenCTM();
            if (!ctm) continue;
            smallest = Math.min(
              smallest,
              parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.c, ctm.d),
            );
          }
          return {
            svg: host.innerHTML,
            width,
            height,
            smallestFontPx: Number.isFinite(smallest) ? smallest : 16,
          };
        } finally {
          document.body.replaceChildren();
        }
      },
      {
        code,
        id,
        themeVariables: placeholderThemeVariables(),
        ganttFontPx: GANTT_FONT_PX,
        ganttLayout: GANTT_LAYOUT,
      },
    );
    return { ...rendered, svg: themeSvgColours(compactSvg(rendered.svg), code).svg };
  });
  state.queue = job.catch(() => undefined);
  return job;
}

/** Closes the browser, if one was opened; safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  const pending = state.page;
  state.page = undefined;
  await pending?.catch(() => undefined);
  const b = state.browser;
  state.browser = undefined;
  await b?.close();
}
