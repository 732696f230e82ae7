import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../browser/find-chromium.mjs';

/** The two Mermaid themes rendered for every diagram: one per Starlight colour scheme. */
export const THEMES = { light: 'default', dark: 'dark' } as const;
export type ThemedSvg = Record<keyof typeof THEMES, string>;

const require = createRequire(import.meta.url);
const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
export const mermaidVersion: string = require('mermaid/package.json').version;

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
const state: RendererState = ((globalThis as any)[STATE] ??= { queue: Promise.resolve() });

/** No browser to render with: not a problem of any one diagram, so it is reported as itself. */
export class BrowserUnavailableError extends Error {
  override name = 'BrowserUnavailableError';
}

async function openPage(): Promise<Page> {
  let executablePath: string;
  try {
    executablePath = await requireChromium();
  } catch (error) {
    throw new BrowserUnavailableError(`Diagrams are rendered at build time and need Chromium.\n${(error as Error).message}`);
  }
  state.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const p = await state.browser.newPage();
  await p.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await p.addScriptTag({ path: mermaidBundle });
  return p;
}

/** Whether this process has started a browser (the benchmark reports it). */
export function browserLaunched(): boolean {
  return state.browser !== undefined;
}

/**
 * Renders one diagram in both themes. Rejects with Mermaid's own message (which carries the
 * line inside the diagram) when the source does not parse.
 */
export function renderDiagram(code: string, id: string): Promise<ThemedSvg> {
  const job = state.queue.then(async () => {
    state.page ??= openPage();
    const p = await state.page;
    return p.evaluate(
      async ({ code, id, themes }) => {
        const mermaid = (globalThis as any).mermaid;
        const out: Record<string, string> = {};
        try {
          for (const [scheme, theme] of Object.entries(themes)) {
            mermaid.initialize({
              startOnLoad: false,
              theme,
              securityLevel: 'strict',
              // Plain SVG text (no foreignObject): selectable, searchable and printable everywhere.
              htmlLabels: false,
              // Wide enough that single long words (snake_case task names, "Airbyte/Fivetran") are not split.
              flowchart: { htmlLabels: false, wrappingWidth: 320 },
              fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
            });
            const { svg } = await mermaid.render(`${id}-${scheme}`, code);
            out[scheme] = svg;
          }
        } finally {
          document.body.replaceChildren();
        }
        return out;
      },
      { code, id, themes: THEMES },
    ) as Promise<ThemedSvg>;
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
