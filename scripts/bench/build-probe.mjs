// Preloaded (`node --import`) into an `astro build` that the benchmark runs. It changes nothing
// the build does; it only watches, and writes what it saw to $ATLAS_BENCH_PROBE_OUT on exit:
//  - every line the build prints, with the millisecond it was printed (Astro's own log
//    timestamps have one-second resolution, too coarse for phases of a few seconds);
//  - the diagram renderer's activity. src/integrations/mermaid keeps its state on globalThis
//    under Symbol.for keys so every copy of the module shares it; the probe puts those objects
//    there first (the renderer adopts them with `??=`) and records, through accessors, when a
//    browser is launched, how long the first page (browser + Mermaid) took to open, and how
//    long the render queue was busy. The integration's closeRenderer() clears `browser` at the
//    end of the build, which is why browserLaunched() cannot be asked afterwards.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const OUT = process.env.ATLAS_BENCH_PROBE_OUT;
const now = () => performance.timeOrigin + performance.now();

/** @type {Array<{ t: number, line: string }>} */
const lines = [];
let pending = '';
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => {
    const t = now();
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) lines.push({ t, line: line.replace(/\x1b\[[0-9;]*m/g, '') });
    return write(chunk, ...rest);
  };
}

const diagrams = {
  /** Whether the renderer's state object was ours (false: the integration changed its keys). */
  observed: false,
  browserLaunches: 0,
  /** Browser launch + blank page + Mermaid bundle, for each first page opened. */
  pageOpenMs: /** @type {number[]} */ ([]),
  jobs: /** @type {Array<{ queued: number, settled?: number }>} */ ([]),
};

let browser;
let page;
let queue = Promise.resolve();
globalThis[Symbol.for('atlas.mermaid-renderer')] = {
  get browser() {
    diagrams.observed = true;
    return browser;
  },
  set browser(value) {
    diagrams.observed = true;
    if (value !== undefined) diagrams.browserLaunches++;
    browser = value;
  },
  get page() {
    return page;
  },
  set page(value) {
    diagrams.observed = true;
    page = value;
    if (value && typeof value.then === 'function') {
      const started = now();
      value.then(
        () => diagrams.pageOpenMs.push(now() - started),
        () => undefined,
      );
    }
  },
  get queue() {
    return queue;
  },
  set queue(value) {
    diagrams.observed = true;
    queue = value;
    // The renderer chains each render on the previous one and stores the new tail here.
    const job = { queued: now() };
    diagrams.jobs.push(job);
    Promise.resolve(value).then(() => (job.settled = now()));
  },
};

const stats = { hits: 0, misses: 0 };
globalThis[Symbol.for('atlas.diagram-cache-stats')] = stats;

process.on('exit', (code) => {
  if (pending) lines.push({ t: now(), line: pending });
  if (!OUT) return;
  // Time the queue spent rendering: each job starts when it is queued or when the one before it
  // settles, whichever is later (renders run one at a time).
  let busyMs = 0;
  let previousEnd = 0;
  for (const job of diagrams.jobs) {
    if (job.settled === undefined) continue;
    const start = Math.max(job.queued, previousEnd);
    busyMs += Math.max(0, job.settled - start);
    previousEnd = job.settled;
  }
  const firstJob = diagrams.jobs[0]?.queued;
  const lastJob = diagrams.jobs.findLast((j) => j.settled !== undefined)?.settled;
  writeFileSync(
    OUT,
    JSON.stringify({
      exitCode: code,
      processStart: performance.timeOrigin,
      exitAt: now(),
      lines,
      cache: { ...stats },
      diagrams: {
        observed: diagrams.observed,
        browserLaunches: diagrams.browserLaunches,
        pageOpenMs: diagrams.pageOpenMs,
        renders: diagrams.jobs.length,
        renderBusyMs: busyMs,
        firstRenderAt: firstJob,
        lastRenderAt: lastJob,
      },
    }),
  );
});
