// `npm run bench`: measures the site and writes docs/benchmarks.md from that run's figures. A
// benchmark, not a test: it fails only when it cannot measure, never because a figure misses.
//
//   builds      at 1× and 10× the content (synthetic copies made from the content model): build
//               time by phase (Astro's own phase timer and integration hooks), page generation
//               and search indexing (Pagefind's Node API on the output) per page
//   output      total size, HTML per page (median, max; raw and gzip), sidebar HTML per page
//   pages       Lighthouse, mobile and desktop, median of N runs, on the heaviest page of every
//               kind plus /, /map/, /progress/ and /projects/; what each page transfers (gzip)
//               and its JavaScript against a bare Starlight page
//   offline     the full offline copy (files, bytes), the service worker and what its
//               registration adds to every page (gzip), from the build's output
//   idle        the same pages in Chromium after they have sat idle (5 s): HTML + CSS + JS as a
//               reader's browser fetched it, and the time from Ctrl+K to a ready search box;
//               every page's idle weight estimated from the build's files (bench/page-weights.ts)
//   practice    SQL practice (bench/practice.ts, also runnable on its own): an exercise page's
//               weight before the first Run, a page without a runner fetching none of it, the
//               first Run with a cold and a warm cache, and the PostgreSQL worker's memory
//
// Options: --quick (1× only), --factor N (default 10), --lh-runs N (default 3),
//          --out FILE (default docs/benchmarks.md), --keep (keep the scratch folder),
//          --from FILE (write the report again from a run's results.json, measuring nothing)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import * as pagefind from 'pagefind';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { measureIdle } from './bench/idle-weight.ts';
import { estimatePageWeight } from './bench/page-weights.ts';
import { measureOffline } from './bench/offline.ts';
import { measurePractice } from './bench/practice.ts';
import { heaviestPerRoute, measureOutput, transferByType } from './bench/output.ts';
import {
  renderReport,
  type BenchResults,
  type PageFigures,
  type ScaleFigures,
} from './bench/report.ts';
import {
  ROOT,
  buildSite,
  copyProject,
  linkNodeModules,
  writeBareStarlight,
} from './bench/sites.ts';
import { loadContentModel, multiplyContent } from './bench/synthetic.ts';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    factor: { type: 'string', default: '10' },
    'lh-runs': { type: 'string', default: '3' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    keep: { type: 'boolean', default: false },
    from: { type: 'string' },
  },
});
if (opts.from) {
  writeFileSync(
    resolve(ROOT, opts.out),
    renderReport(JSON.parse(readFileSync(opts.from, 'utf8')) as BenchResults),
  );
  process.exit(0);
}
const factors = opts.quick ? [1] : [1, Math.max(2, Number(opts.factor))];
const lighthouseRuns = Math.max(1, Number(opts['lh-runs']));
/** Pages measured besides the heaviest of each kind. */
const NAMED_PAGES = ['/', '/map/', '/progress/', '/projects/'];

const started = performance.now();
const log = (message: string) =>
  console.log(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`,
  );
// The figures are for the site at the root of its origin, whatever the shell sets.
delete process.env.ATLAS_BASE;

/** Times Pagefind indexing the built pages, the calls Starlight makes after a build. */
async function timeSearchIndex(dist: string, outputPath: string) {
  const begin = performance.now();
  try {
    const { errors, index } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    const written = await index.writeFiles({ outputPath });
    if (added.errors.length || written.errors.length) {
      throw new Error(`Pagefind: ${[...added.errors, ...written.errors].join('; ')}`);
    }
    return { ms: performance.now() - begin, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** A free TCP port on 127.0.0.1 for a preview server. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('no free port on 127.0.0.1')),
      );
    });
  });

/** Serves a built site with Astro's preview server on 127.0.0.1. */
async function serve(root: string) {
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.stop() };
}

const version = (name: string) =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const git = (args: string[]) =>
  execFileSync('git', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();

const work = mkdtempSync(join(os.tmpdir(), 'atlas-bench-'));
const diagramCache = join(work, 'diagram-cache');
log(`scratch folder ${work}`);
try {
  const machine = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src', 'astro.config.mjs']) ? ' with uncommitted changes' : ''}`,
    versions: ['astro', '@astrojs/starlight', 'pagefind', 'lighthouse'].map(
      (n) => `${n} ${version(n)}`,
    ),
    loadAtStart: os.loadavg(),
  };
  const model = await loadContentModel(ROOT);
  linkNodeModules(work);

  const scales: Array<ScaleFigures & { output: ReturnType<typeof measureOutput> }> = [];
  let site1x = '';
  for (const factor of factors) {
    const dir = join(work, `site-${factor}x`);
    copyProject(dir);
    const entries = multiplyContent(model, join(dir, 'src', 'content'), factor);
    log(
      `${factor}× content: a first build (renders the diagrams not yet cached), then a measured build`,
    );
    const first = await buildSite(dir, diagramCache);
    log(`  first build ${(first.processMs / 1000).toFixed(1)} s`);
    const measured = await buildSite(dir, diagramCache);
    log(`  measured build ${(measured.processMs / 1000).toFixed(1)} s`);
    const output = measureOutput(measured.dir, measured.routes);
    const search = await timeSearchIndex(measured.dir, join(work, `pagefind-${factor}x`));
    log(`  search index ${(search.ms / 1000).toFixed(1)} s for ${search.pages} pages`);
    scales.push({
      factor,
      entries,
      first,
      measured: { ...measured, routes: undefined },
      output,
      search,
      offline: measureOffline(measured.dir),
    });
    if (factor === 1) site1x = dir;
    else rmSync(dir, { recursive: true, force: true });
  }

  log('bare Starlight site for comparison');
  const bareDir = join(work, 'bare-starlight');
  writeBareStarlight(bareDir);
  await buildSite(bareDir, diagramCache);

  const one = scales[0];
  const dist = join(site1x, 'dist');
  const existing = new Set(one.output.pages.map((p) => p.file));
  const pages = [
    ...heaviestPerRoute(dist, one.output.pages),
    ...NAMED_PAGES.filter((p) => existing.has(join(dist, p, 'index.html'))).map((path) => ({
      label: path,
      path,
    })),
  ];
  const weights = one.output.pages.map((p) => ({
    route: p.route,
    ...estimatePageWeight(dist, p.file),
  }));
  const site = await serve(site1x);
  const bare = await serve(bareDir);
  let lighthouse: LighthouseResult[];
  let bareLighthouse: LighthouseResult[];
  let idle: BenchResults['idle'];
  let bareIdle: BenchResults['idle'];
  let practice: BenchResults['practice'];
  try {
    log(`idle weight and search: ${pages.length} pages, each left idle, then Ctrl+K`);
    idle = await measureIdle(site.url, pages, { log });
    bareIdle = await measureIdle(bare.url, [{ label: 'bare Starlight', path: '/guide/' }], { log });
    log('SQL practice: page weight before the first Run, first Run cold and warm, worker memory');
    practice = await measurePractice(site.url, dist, { log });
    log(`Lighthouse: ${pages.length} pages × mobile, desktop × ${lighthouseRuns} runs`);
    lighthouse = await runLighthouse(site.url, pages, { runs: lighthouseRuns, log });
    bareLighthouse = await runLighthouse(bare.url, [{ label: 'bare Starlight', path: '/guide/' }], {
      runs: 1,
      log,
    });
  } finally {
    await site.stop();
    await bare.stop();
  }
  const withTransfer = (results: LighthouseResult[], root: string, url: string): PageFigures[] =>
    results.map(({ requests, ...r }) => ({
      ...r,
      transfer: transferByType(join(root, 'dist'), url, requests),
    }));

  const results: BenchResults = {
    machine: { ...machine, loadAtEnd: os.loadavg() },
    options: {
      factors,
      lighthouseRuns,
      command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    },
    scales: scales.map(({ output: { pages: _pages, ...output }, ...s }) => ({ ...s, output })),
    lighthouse: withTransfer(lighthouse, site1x, site.url),
    bare: withTransfer(bareLighthouse, bareDir, bare.url),
    idle,
    bareIdle,
    weights,
    practice,
    minutes: (performance.now() - started) / 60_000,
  };
  // Saved first: a report that fails to render can be written again with --from.
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
  const out = resolve(ROOT, opts.out);
  writeFileSync(out, renderReport(results));
  log(
    `wrote ${out} (raw figures: ${join(work, 'results.json')}${opts.keep ? '' : ', removed with the scratch folder'})`,
  );
} finally {
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}
