import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './setup/browser';
import { STORAGE_KEY } from '../../src/lib/progress-store';
import { FOLLOWING_KEY } from '../../src/lib/next-steps';

/** The most a page may move, summed over its whole visit (Lighthouse counts 0.1 as "good"). */
const CLS_BUDGET = 0.02;
/** How long a page must stay still (no layout shift, no DOM change) before its shift is read. */
const IDLE_MS = 1000;
/**
 * Scripts arrive this late. Unthrottled on loopback they run before the first paint, which hides
 * every shift a reader on a slow phone sees; held back, the page paints first without them, as
 * it does under Lighthouse's throttling.
 */
const SCRIPT_DELAY_MS = 600;

const url = (path: string) => new URL(path, inject('siteUrl')).href;

/** The entry page of `<kind>/` with the most HTML (print views and indexes aside). */
function heaviest(kind: string, depth: 1 | 2 = 1, pattern = /./): string {
  const root = join(inject('distDir'), kind);
  const candidates: Array<{ path: string; size: number }> = [];
  const visit = (dir: string, rel: string, level: number) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (!statSync(full).isDirectory() || name === 'print') continue;
      const path = `${rel}${name}/`;
      if (level === depth) {
        const index = join(full, 'index.html');
        if (pattern.test(path) && statSync(index, { throwIfNoEntry: false })) candidates.push({ path: `${kind}/${path}`, size: statSync(index).size });
      } else visit(full, path, level + 1);
    }
  };
  visit(root, '', 1);
  if (candidates.length === 0) throw new Error(`no built page under dist/${kind}/ at depth ${depth}`);
  return candidates.reduce((a, b) => (b.size > a.size ? b : a)).path;
}

interface Sample {
  name: string;
  path: () => string;
  /** localStorage to start from, as a returning reader has it. */
  storage?: (context: BrowserContext) => Promise<Record<string, string>>;
}

async function catalogKeys(context: BrowserContext): Promise<string[]> {
  const response = await context.request.get(url('progress/catalog.json'));
  const catalog = (await response.json()) as { lists: Array<{ items: Array<{ key: string }> }> };
  return catalog.lists.flatMap((l) => l.items.map((i) => i.key));
}

const ticks = (keys: string[]) =>
  JSON.stringify({ version: 1, items: Object.fromEntries(keys.map((key) => [key, '2026-11-01T10:00:00.000Z'])) });

const SAMPLES: Sample[] = [
  { name: 'home', path: () => '' },
  { name: 'biggest topic', path: () => heaviest('topics') },
  { name: 'projects index', path: () => 'projects/' },
  { name: 'biggest project', path: () => heaviest('projects') },
  { name: 'biggest template', path: () => heaviest('templates') },
  { name: 'biggest checklist', path: () => heaviest('checklists') },
  { name: 'biggest plan', path: () => heaviest('plans') },
  { name: 'biggest plan week', path: () => heaviest('plans', 2, /\/week-[^/]+\/$/) },
  { name: 'map', path: () => 'map/' },
  { name: 'progress, nothing stored', path: () => 'progress/' },
  {
    name: 'progress, every other item ticked',
    path: () => 'progress/',
    storage: async (context) => ({ [STORAGE_KEY]: ticks((await catalogKeys(context)).filter((_, i) => i % 2 === 0)) }),
  },
  {
    name: 'progress, following a plan',
    path: () => 'progress/',
    storage: async (context) => {
      const keys = await catalogKeys(context);
      return {
        [STORAGE_KEY]: ticks(keys.filter((k) => k.includes('senior-study-plan-2025')).slice(0, 12)),
        [FOLLOWING_KEY]: JSON.stringify(['senior-study-plan-2025']),
      };
    },
  },
];

const VIEWPORTS: Record<string, BrowserContextOptions> = {
  mobile: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};
const THEMES = ['light', 'dark'] as const;

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

/** Loads a page, lets it settle, scrolls to the bottom, lets it settle again: every shift seen. */
async function measure(browser: Browser, sample: Sample, viewport: string, theme: (typeof THEMES)[number]) {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], colorScheme: theme });
  try {
    await context.route('**/*', async (route) => {
      const request = route.request();
      const { protocol, hostname } = new URL(request.url());
      if (!(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1')) return route.abort('blockedbyclient');
      if (request.resourceType() === 'script') await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
      return route.continue();
    });
    const storage = { 'starlight-theme': theme, ...((await sample.storage?.(context)) ?? {}) };
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      const w = window as unknown as { __shifts: Shift[]; __lastChange: number };
      w.__shifts = [];
      w.__lastChange = performance.now();
      const describe = (node: Node | null) => {
        if (!(node instanceof Element)) return node?.nodeName ?? '?';
        const cls = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
        const data = [...node.attributes].find((a) => a.name.startsWith('data-') && a.name !== 'data-astro-cid')?.name;
        return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}${data ? `[${data}]` : ''}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node: Node | null }> }>) {
          if (entry.hadRecentInput) continue;
          w.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: (entry.sources ?? []).map((s) => describe(s.node)) });
          w.__lastChange = performance.now();
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => (w.__lastChange = performance.now())).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, storage);
    const page = await context.newPage();
    const settle = () =>
      page.waitForFunction(
        (idle) => document.readyState === 'complete' && performance.now() - (window as unknown as { __lastChange: number }).__lastChange >= idle,
        IDLE_MS,
        { timeout: 20_000, polling: 100 },
      );
    await page.goto(url(sample.path()), { waitUntil: 'load' });
    await settle();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settle();
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    return { shifts, total: shifts.reduce((n, s) => n + s.value, 0) };
  } finally {
    await context.close();
  }
}

describe(`layout shift stays at or under ${CLS_BUDGET} on the heaviest page of each kind`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const sample of SAMPLES) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      for (const theme of THEMES) {
        it(`${sample.name} (${viewport}, ${theme})`, async () => {
          const { shifts, total } = await measure(browser, sample, viewport, theme);
          const moved = shifts.map((s) => `  ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join(', ') || '(no source)'}`);
          console.log(`CLS ${total.toFixed(4)}  /${sample.path()}  ${sample.name}  ${viewport} ${theme}${moved.length ? `\n${moved.join('\n')}` : ''}`);
          expect(total, `/${sample.path()} moved:\n${moved.join('\n')}`).toBeLessThanOrEqual(CLS_BUDGET);
        });
      }
    }
  }
});
