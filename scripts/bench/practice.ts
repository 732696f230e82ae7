// The SQL practice budgets, in headless Chromium against a built site:
//
//   weight   an exercise page (the heaviest) and a topic page with runnable examples, loaded and
//            left idle for 5 s without a touch: HTML + CSS + JS (gzip), and which practice files
//            were fetched (none of the editor, the worker or PostgreSQL may be)
//   none     a page without a runner (the Kafka topic, else any topic without one): the practice
//            files it fetched, which must be none
//   run      first Run on the exercise page, from the click on Run to the result table on screen,
//            with an empty browser cache (cold) and again in a new page of the same browser
//            context (warm: PostgreSQL's files come from the HTTP cache, and it starts from the
//            cluster the cold page kept while it stayed open 3 s after the result, as a reader
//            reading it would), each the median of N
//   memory   the PostgreSQL worker after that Run: its V8 heap and the ArrayBuffer/WebAssembly
//            memory it holds, read over the DevTools protocol from the worker itself
//            (Runtime.getHeapUsage); and the growth of the page's renderer process (RSS, from
//            /proc) from before the first Run to after it
//
// On its own: `npx node scripts/bench/practice.ts` (after `npm run build`) measures the build in
// dist/ and prints the report section; `--json FILE` also writes the figures, `--runs N` sets the
// runs per cache state (default 3). `npm run bench` runs the same on its 1× site.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/find-chromium.mjs';
import { IDLE_MS, weighIdle } from './idle-weight.ts';
import { gzipBytes, median } from './output.ts';

/** How long the cold page stays open after its result, as a reader reads it (see firstRun). */
const READ_RESULT_MS = 3000;

/** What belongs to the SQL runner: its scripts, the editor, the worker, PostgreSQL, datasets. */
const PRACTICE_FILE =
  /\/_astro\/(?:runner|sql-editor|sql-input|SqlRunner|SqlExamples|examples|worker-|pglite|initdb)[^/]*$|\.wasm$|\.data$|\/practice\/datasets\/[^/]+\.sql$/;
/** Files fetched only on the first touch or Run (what the buttons do, the editor, the worker, PostgreSQL). */
const ON_FIRST_USE =
  /\/_astro\/(?:runner-actions|sql-editor|worker-|pglite|initdb)[^/]*$|\.wasm$|\.data$/;

/** The pages measured, by their role in the report. */
type Role = 'exercise' | 'examples' | 'withoutRunner';

/** What one page fetched while it sat idle: gzip bytes by type, and the practice files among it. */
interface IdleWeight {
  role: Role;
  path: string;
  transfer: { html: number; css: number; js: number; other: number };
  practiceFiles: string[];
}

/** The worker's heap as `Runtime.getHeapUsage` reports it. */
interface WorkerHeap {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

/** Everything measurePractice finds, as the report and results.json hold it. */
export interface PracticeFigures {
  pages: {
    exercise?: string | undefined;
    examples?: string | undefined;
    withoutRunner?: string | undefined;
  };
  idleMs: number;
  idle: IdleWeight[];
  run: {
    path: string;
    cold: { medianMs: number; runs: number[] };
    warm: { medianMs: number; runs: number[] };
    status: string;
    errors: string[];
    onFirstUse: Array<{ path: string; bytes: number }>;
  };
  memory?:
    | {
        worker: WorkerHeap | undefined;
        rendererRss: { before: number | undefined; after: number | undefined };
      }
    | undefined;
}

/**
 * The heaviest exercise page, a topic with runnable examples and a page without a runner, as
 * site paths, from the built folder.
 */
function practicePages(dist: string): PracticeFigures['pages'] {
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const dirs = (path: string) => {
    try {
      return readdirSync(join(dist, path)).filter((d) =>
        statSync(join(dist, path, d)).isDirectory(),
      );
    } catch {
      return [];
    }
  };
  const exercises = dirs('practice')
    .filter((d) => d !== 'datasets')
    .map((d) => ({
      path: `/practice/${d}/`,
      size: statSync(join(dist, 'practice', d, 'index.html')).size,
    }))
    .sort((a, b) => b.size - a.size);
  const topics = dirs('topics').map((d) => `/topics/${d}/`);
  const hasRunner = (p: string) => html(p).includes('data-sql-runner');
  const withExamples =
    topics.find((p) => p === '/topics/sql/' && hasRunner(p)) ?? topics.find(hasRunner);
  const without =
    topics.find((p) => /kafka/.test(p) && !hasRunner(p)) ?? topics.find((p) => !hasRunner(p));
  return { exercise: exercises[0]?.path, examples: withExamples, withoutRunner: without };
}

/** Resident memory of a process, bytes, from /proc (Linux only). */
function rssBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The renderer process of the page, from the browser's SystemInfo (the one with the most memory if several). */
async function rendererPid(browserSession: CDPSession): Promise<number | undefined> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  return renderers.sort((a, b) => (rssBytes(b) ?? 0) - (rssBytes(a) ?? 0))[0];
}

/**
 * The PostgreSQL worker's heap, over the DevTools protocol: attaches to the worker target and asks
 * it for Runtime.getHeapUsage (used and total V8 heap, and the ArrayBuffer backing stores, where
 * PGlite's WebAssembly memory lives). `session` is a session on the page.
 */
async function workerHeap(session: CDPSession): Promise<WorkerHeap | undefined> {
  const waiting = new Map<number, (value: unknown) => void>();
  let workerSession: string | undefined;
  const attached = new Promise((resolve) => {
    session.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker' && /\/worker-[^/]*\.js/.test(event.targetInfo.url)) {
        workerSession = event.sessionId;
        resolve(undefined);
      }
    });
  });
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== workerSession) return;
    const message = JSON.parse(event.message) as { id: number; result?: unknown; error?: unknown };
    waiting.get(message.id)?.(message.result ?? { error: message.error });
  });
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await Promise.race([attached, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (!workerSession) return undefined;
  const ask = (id: number, method: string) =>
    new Promise<unknown>((resolve) => {
      waiting.set(id, resolve);
      void session.send('Target.sendMessageToTarget', {
        sessionId: workerSession,
        message: JSON.stringify({ id, method, params: {} }),
      });
    });
  await ask(1, 'HeapProfiler.collectGarbage');
  return (await ask(2, 'Runtime.getHeapUsage')) as WorkerHeap;
}

/**
 * One first Run: fill the editor with the exercise's solution (the editor loads on that first
 * touch and is waited for, as a reader types before pressing Run), then time from the click on
 * Run to the result table on screen. With `options.memory`, a session on the browser, the
 * worker's heap and the renderer's memory are taken too.
 */
async function firstRun(
  context: BrowserContext,
  url: string,
  options: { memory?: CDPSession | undefined; readFor?: number } = {},
) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const fetched: Array<{ path: string; bytes: number }> = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (ON_FIRST_USE.test(path))
      void response
        .body()
        .then((body) => fetched.push({ path, bytes: gzipBytes(body) }))
        .catch(() => {});
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const check = await page.locator('[data-sql-runner]').first().getAttribute('data-check');
    const solution = (JSON.parse(check ?? '{}') as { solution?: string }).solution;
    const editor = page.getByRole('textbox', { name: 'SQL' });
    await editor.fill(solution ?? 'SELECT 1');
    await page.locator('[data-sql-runner] .cm-editor').waitFor({ timeout: 30_000 });
    const browserSession = options.memory;
    const pid = browserSession ? await rendererPid(browserSession) : undefined;
    const rssBefore = pid ? rssBytes(pid) : undefined;
    const session = browserSession ? await context.newCDPSession(page) : undefined;
    const started = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page
      .locator('[data-sql-runner] [data-result] table, [data-sql-runner] [data-result] pre')
      .first()
      .waitFor({ state: 'visible', timeout: 120_000 });
    const ms = Date.now() - started;
    const status = (await page.locator('[data-sql-runner] [data-status]').textContent()) ?? '';
    let memory: PracticeFigures['memory'];
    if (session && pid) {
      const heap = await workerHeap(session);
      const rssAfter = rssBytes(pid);
      memory = {
        worker: heap,
        rendererRss: { before: rssBefore, after: rssAfter },
      };
    }
    // The worker keeps the fresh cluster it made (src/practice/worker.ts) while the reader reads
    // the result; a page closed at once would cut that short.
    if (options.readFor) await page.waitForTimeout(options.readFor);
    return { ms, status, errors, fetched, memory };
  } finally {
    await page.close();
  }
}

/** `dist` is the built folder the site is served from. */
export async function measurePractice(
  siteUrl: string,
  dist: string,
  { log, runs = 3 }: { log: (message: string) => void; runs?: number },
): Promise<PracticeFigures> {
  const pages = practicePages(dist);
  const exercise = pages.exercise;
  if (!exercise) throw new Error(`no exercise page in ${dist}/practice/`);
  const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const browser = await chromium.launch({
    executablePath: await requireChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const idle: IdleWeight[] = [];
    const roles: Array<[Role, string | undefined]> = [
      ['exercise', exercise],
      ['examples', pages.examples],
      ['withoutRunner', pages.withoutRunner],
    ];
    for (const [role, path] of roles) {
      if (!path) continue;
      const { transfer: t, urls } = await weighIdle(browser, url(path));
      const practiceFiles = urls
        .map((u) => new URL(u).pathname)
        .filter((p) => PRACTICE_FILE.test(p));
      log(
        `  ${path}: ${((t.html + t.css + t.js) / 1024).toFixed(1)} KiB after idle; practice files: ${practiceFiles.join(', ') || 'none'}`,
      );
      idle.push({ role, path, transfer: t, practiceFiles });
    }
    const cold: Array<Awaited<ReturnType<typeof firstRun>>> = [];
    const warm: Array<Awaited<ReturnType<typeof firstRun>>> = [];
    let memory: PracticeFigures['memory'];
    for (let i = 0; i < runs; i++) {
      // A new context has an empty HTTP cache: everything is fetched.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const browserSession = i === 0 ? await browser.newBrowserCDPSession() : undefined;
        const c = await firstRun(context, url(exercise), {
          memory: browserSession,
          readFor: READ_RESULT_MS,
        });
        if (c.memory) memory = c.memory;
        cold.push(c);
        // The same context again: the HTTP cache holds PostgreSQL's files.
        warm.push(await firstRun(context, url(exercise)));
        log(`  first Run ${i + 1}/${runs}: cold ${c.ms} ms, warm ${warm.at(-1)?.ms} ms`);
      } finally {
        await context.close();
      }
    }
    const onFirstUse = cold[0].fetched.sort((a, b) => b.bytes - a.bytes);
    return {
      pages,
      idleMs: IDLE_MS,
      idle,
      run: {
        path: exercise,
        cold: { medianMs: median(cold.map((r) => r.ms)), runs: cold.map((r) => r.ms) },
        warm: { medianMs: median(warm.map((r) => r.ms)), runs: warm.map((r) => r.ms) },
        status: cold[0].status,
        errors: [...new Set([...cold, ...warm].flatMap((r) => r.errors))],
        onFirstUse,
      },
      memory,
    };
  } finally {
    await browser.close();
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const mib = (bytes: number | undefined) =>
  bytes === undefined ? 'not measured' : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** The targets this part of the benchmark checks, as [target, figure, met]. */
export function practiceTargets(p: PracticeFigures): Array<[string, string, boolean]> {
  // measurePractice always weighs the exercise page: it stops when there is none.
  const exercise = p.idle.find((x) => x.role === 'exercise')!;
  const without = p.idle.find((x) => x.role === 'withoutRunner');
  const total = exercise.transfer.html + exercise.transfer.css + exercise.transfer.js;
  const early = p.idle.flatMap((x) =>
    x.practiceFiles.filter((f) => ON_FIRST_USE.test(f)).map((f) => `${x.path}: ${f}`),
  );
  return [
    [
      `exercise page HTML + CSS + JS ≤ 60 KiB gzip after ${p.idleMs / 1000} s idle, before the first Run (\`${exercise.path}\`)`,
      `${kib(total)} KiB`,
      total <= 60 * 1024,
    ],
    [
      'no button code, editor, worker or PostgreSQL file fetched before a runner is touched',
      early.length ? `fetched: ${early.join('; ')}` : 'none fetched',
      early.length === 0,
    ],
    [
      `a page without a runner fetches no practice file (\`${without?.path ?? 'none found'}\`)`,
      without ? without.practiceFiles.join(', ') || 'none' : 'not measured',
      without !== undefined && without.practiceFiles.length === 0,
    ],
  ];
}

/** The report's section on SQL practice. */
export function renderPractice(p: PracticeFigures): string {
  const table = (head: string[], rows: string[][]) =>
    [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const idleRows = p.idle.map((x) => [
    `\`${x.path}\``,
    {
      exercise: 'exercise (heaviest)',
      examples: 'topic with runnable examples',
      withoutRunner: 'page without a runner',
    }[x.role],
    kib(x.transfer.html),
    kib(x.transfer.css),
    kib(x.transfer.js),
    `**${kib(x.transfer.html + x.transfer.css + x.transfer.js)}**`,
    x.practiceFiles.map((f) => `\`${f.replace(/^.*\//, '')}\``).join(', ') || 'none',
  ]);
  const m = p.memory;
  const w = m?.worker;
  const memoryText = m
    ? [
        w
          ? `The worker's own heap (\`Runtime.getHeapUsage\` in the worker, after a garbage collection): ${mib(w.usedSize)} used of ${mib(w.totalSize)} V8 heap, ${mib(w.backingStorageSize)} of ArrayBuffer backing stores (PGlite's WebAssembly memory among them)${w.embedderHeapUsedSize !== undefined ? `, ${mib(w.embedderHeapUsedSize)} embedder heap` : ''}.`
          : 'The worker could not be attached to over the DevTools protocol; its heap was not measured.',
        m.rendererRss.before !== undefined && m.rendererRss.after !== undefined
          ? `The page's renderer process (which runs the worker) held ${mib(m.rendererRss.before)} resident before the first Run and ${mib(m.rendererRss.after)} after it (+${mib(m.rendererRss.after - m.rendererRss.before)}).`
          : 'The renderer process memory was not read (no /proc).',
      ].join(' ')
    : 'Not measured.';
  const firstUse = p.run.onFirstUse.map(
    (f) => `\`${f.path.replace(/^.*\//, '')}\` ${kib(f.bytes)}`,
  );
  const firstUseTotal = p.run.onFirstUse.reduce((a, f) => a + f.bytes, 0);
  return `## SQL practice

Headless Chromium against the 1× build (\`scripts/bench/practice.ts\`). Each page is loaded in a fresh context until the network is idle and left ${p.idleMs / 1000} s more without a touch; every response compressed here with gzip (level 6), KiB. *Practice files* are the runner's scripts, the editor, the worker, PostgreSQL and the datasets.

${table(['page', 'kind', 'HTML', 'CSS', 'JS', 'HTML + CSS + JS', 'practice files fetched'], idleRows)}

First Run on \`${p.run.path}\`: the exercise's solution is typed into the editor (the editor loads on that first touch and is waited for), then the time from the click on Run to the result on screen is taken. *Cold*: a new browser context, so an empty HTTP cache, and PostgreSQL creates its cluster; the page then stays open ${READ_RESULT_MS / 1000} s, as a reader reads the result, while the worker keeps that fresh cluster. *Warm*: a new page in the same context afterwards: PostgreSQL's files from the HTTP cache, and it starts from the kept cluster. Median of ${p.run.cold.runs.length}, each run in brackets.

${table(
  ['cache', 'click on Run → result'],
  [
    ['cold', `**${p.run.cold.medianMs} ms** (${p.run.cold.runs.join(', ')})`],
    ['warm', `**${p.run.warm.medianMs} ms** (${p.run.warm.runs.join(', ')})`],
  ],
)}

Fetched on first use only (gzip KiB): ${firstUse.join(', ') || 'nothing'}; ${kib(firstUseTotal)} KiB in all. The Run said: “${p.run.status}”.${p.run.errors.length ? ` Console errors: ${p.run.errors.map((e) => `\`${e}\``).join('; ')}.` : ' No console errors.'}

Worker memory after the first Run. \`performance.measureUserAgentSpecificMemory()\` needs a cross-origin isolated page, which a static host cannot promise (it needs COOP and COEP headers), so the figures come from the DevTools protocol instead. ${memoryText}
`;
}

// Run on its own: measure the build in dist/ (served by Astro's preview server).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: opts } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      json: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const { preview } = await import('astro');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = join(root, opts.dist);
  const server = await preview({
    root,
    logLevel: 'warn',
    // A port nobody else on this machine is likely to hold; the server says which it took.
    server: { host: '127.0.0.1', port: 4391 + (process.pid % 500) },
  });
  try {
    const started = Date.now();
    const log = (message: string) =>
      console.error(
        `[practice ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`,
      );
    const result = await measurePractice(`http://127.0.0.1:${server.port}/`, dist, {
      log,
      runs: Math.max(1, Number(opts.runs)),
    });
    if (opts.json) writeFileSync(opts.json, JSON.stringify(result, null, 2));
    console.log(renderPractice(result));
    for (const [target, figure, met] of practiceTargets(result))
      console.log(`- ${target}: ${figure} — ${met ? 'met' : 'MISSED'}`);
  } finally {
    await server.stop();
  }
}
