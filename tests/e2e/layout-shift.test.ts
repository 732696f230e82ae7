import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { useBrowser } from './setup/browser';
import { STORAGE_KEY } from '../../src/progress/store';
import { FOLLOWING_KEY } from '../../src/progress/following';
import { planHoursKey, planStartKey } from '../../src/plans/settings-keys';

/** The most a page may move, summed over its whole visit (Lighthouse counts 0.1 as "good"). */
const CLS_BUDGET = 0.02;
/** How long a page must stay still (no layout shift, no DOM change) before its shift is read. */
const IDLE_MS = 1000;
/**
 * How the slow connection below delivers a page. Unthrottled on loopback a page is all there, with
 * its scripts run, before the first paint, which hides every shift a reader on a slow phone sees
 * (Lighthouse throttles for the same reason). Here the first 64 KiB of HTML (header, sidebars,
 * the top of the page) arrive 1 KiB at a time, so the browser paints a page that is still
 * arriving, and scripts arrive late, so it paints the page without them first.
 */
const SLOW = { htmlChunk: 1024, htmlChunkedUpTo: 64 * 1024, chunkGapMs: 20, scriptDelayMs: 600 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A slow connection in front of the built site, on 127.0.0.1 (see SLOW). */
async function slowConnection(upstream: string) {
  const relay = async (req: IncomingMessage, res: ServerResponse) => {
    const response = await fetch(new URL(req.url ?? '/', upstream));
    const body = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? 'application/octet-stream';
    res.writeHead(response.status, { 'Content-Type': type });
    if (type.startsWith('text/html')) {
      for (let at = 0; at < body.length;) {
        const size = at < SLOW.htmlChunkedUpTo ? SLOW.htmlChunk : body.length;
        res.write(body.subarray(at, at + size));
        at += size;
        await sleep(SLOW.chunkGapMs);
      }
      res.end();
      return;
    }
    if (type.startsWith('text/javascript')) await sleep(SLOW.scriptDelayMs);
    res.end(body);
  };
  const server = createServer((req, res) => {
    relay(req, res).catch((error: unknown) => {
      // The upstream is the test's own static server: a failure here is a test failure, seen as a 502.
      res.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let siteUrl: string;
const url = (path: string) => new URL(path, siteUrl).href;

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
        const size = pattern.test(path)
          ? statSync(index, { throwIfNoEntry: false })?.size
          : undefined;
        if (size !== undefined) candidates.push({ path: `${kind}/${path}`, size });
      } else visit(full, path, level + 1);
    }
  };
  visit(root, '', 1);
  if (candidates.length === 0)
    throw new Error(`no built page under dist/${kind}/ at depth ${depth}`);
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
  JSON.stringify({
    version: 1,
    items: Object.fromEntries(keys.map((key) => [key, '2026-11-01T10:00:00.000Z'])),
  });

const PLAN_SET = {
  [planStartKey('learning-path-10-week')]: '2027-01-04',
  [planHoursKey('learning-path-10-week')]: '8',
};

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
  {
    name: 'home, following a plan',
    path: () => '',
    storage: () => Promise.resolve({ [FOLLOWING_KEY]: JSON.stringify(['senior-study-plan-2025']) }),
  },
  // A reader who set a start day and hours on an undated plan: its dates column and pace text are
  // filled in from what is stored, and a week page shows the week's dates, paced by the hours.
  {
    name: 'undated plan, with a start day and hours set',
    path: () => 'plans/learning-path-10-week/',
    storage: () => Promise.resolve(PLAN_SET),
  },
  {
    name: 'week of that plan, with a start day and hours set',
    path: () => 'plans/learning-path-10-week/week-3/',
    storage: () => Promise.resolve(PLAN_SET),
  },
  { name: 'progress, nothing stored', path: () => 'progress/' },
  {
    name: 'progress, every other item ticked',
    path: () => 'progress/',
    storage: async (context) => ({
      [STORAGE_KEY]: ticks((await catalogKeys(context)).filter((_, i) => i % 2 === 0)),
    }),
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
  mobile: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};
const THEMES = ['light', 'dark'] as const;

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

/** Loads a page, lets it settle, scrolls to the bottom, lets it settle again: every shift seen. */
async function measure(
  browser: Browser,
  sample: Sample,
  viewport: string,
  theme: (typeof THEMES)[number],
) {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], colorScheme: theme });
  try {
    const storage = { 'starlight-theme': theme, ...((await sample.storage?.(context)) ?? {}) };
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      const w = window as unknown as { __shifts: Shift[]; __lastChange: number };
      w.__shifts = [];
      w.__lastChange = performance.now();
      const describe = (node: Node | null) => {
        if (!(node instanceof Element)) return node?.nodeName ?? '?';
        const cls = [...node.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('');
        const data = [...node.attributes].find((a) => a.name.startsWith('data-'))?.name;
        return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}${data ? `[${data}]` : ''}`;
      };
      type LayoutShift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: Array<{ node: Node | null }>;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) {
          // Shifts right after a tap or key press are the reader's doing, not the page's.
          if (entry.hadRecentInput) continue;
          const sources = (entry.sources ?? []).map((s) => describe(s.node));
          w.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
          w.__lastChange = performance.now();
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const changes = { subtree: true, childList: true, attributes: true, characterData: true };
      new MutationObserver(() => (w.__lastChange = performance.now())).observe(document, changes);
    }, storage);
    const page = await context.newPage();
    const settle = () =>
      page.waitForFunction(
        (idle) => {
          const { __lastChange } = window as unknown as { __lastChange: number };
          return document.readyState === 'complete' && performance.now() - __lastChange >= idle;
        },
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

// Samples load side by side (each in a context of its own): a sample's time is spent waiting on
// the slow connection, not on the processor.
describe.concurrent(
  `layout shift stays at or under ${CLS_BUDGET} on the heaviest page of each kind`,
  () => {
    let browser: Browser;
    let connection: Awaited<ReturnType<typeof slowConnection>>;
    beforeAll(async () => {
      connection = await slowConnection(inject('siteUrl'));
      siteUrl = connection.url;
      browser = await useBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await connection?.close();
    });

    for (const sample of SAMPLES) {
      for (const viewport of Object.keys(VIEWPORTS)) {
        for (const theme of THEMES) {
          it(`${sample.name} (${viewport}, ${theme})`, async ({ expect }) => {
            const { shifts, total } = await measure(browser, sample, viewport, theme);
            const moved = shifts.map(
              (s) =>
                `  ${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join(', ') || '(no source)'}`,
            );
            const where = `/${sample.path()}  ${sample.name}  ${viewport} ${theme}`;
            console.log([`CLS ${total.toFixed(4)}  ${where}`, ...moved].join('\n'));
            expect(total, `${where} moved:\n${moved.join('\n')}`).toBeLessThanOrEqual(CLS_BUDGET);
          });
        }
      }
    }
  },
);
