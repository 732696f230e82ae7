#!/usr/bin/env node
// `npm run bench`: measures the site and writes docs/benchmarks.md. A benchmark, not a test: it
// fails only when it cannot measure, never because a figure misses its target.
//
//   (a) cold build (no caches) and warm rebuild, split into phases, several runs each
//   (b) build time at 1×, 5× and 10× the content (synthetic copies of the real entries)
//   (c) bytes per page by type for one page of each kind, loaded in Chromium
//   (d) Lighthouse, mobile and desktop, all four categories, for five pages
//   (e) what the diagram cache saves: an empty cache against a full one
//
// Every build runs in a throwaway copy of the project (see scripts/bench/site.mjs), so the
// project's own dist/ and caches are never touched. Options:
//   --runs N          rounds of cold / warm / cached-diagram builds for (a) and (e) (default 3)
//   --scale-runs N    measured builds per size in (b) (default 1: a 10× build takes minutes)
//   --sizes 1,5,10    content multiples for (b)
//   --only a,c        run only some sections (the report then says what was skipped)
//   --out FILE        where to write the report (default docs/benchmarks.md); --no-write to skip
//   --lh-runs N       Lighthouse runs per page and form factor, median kept (default 3)
//   --json FILE       also write the raw figures as JSON
//   --keep            keep the scratch directory (printed) for inspection
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHES, ROOT, build, clearCaches, copySite, diagramCacheSize, makeWorkDir } from './bench/site.mjs';
import { COPIED_COLLECTIONS, multiplyContent } from './bench/synthetic.mjs';
import { LIGHTHOUSE_KINDS, WEIGHT_TYPES, measurePageWeights, samplePages } from './bench/pages.mjs';
import { CATEGORIES, runLighthouse } from './bench/lighthouse.mjs';
import { renderReport } from './bench/report.mjs';
import { requireChromium } from '../src/integrations/browser/find-chromium.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'scale-runs': { type: 'string', default: '1' },
    sizes: { type: 'string', default: '1,5,10' },
    only: { type: 'string', default: 'a,b,c,d,e' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'string' },
    'lh-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs));
const SCALE_RUNS = Math.max(1, Number(opts['scale-runs']));
const SIZES = opts.sizes.split(',').map(Number).filter((n) => n >= 1);
const ONLY = new Set(opts.only.split(',').map((s) => s.trim()));

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.version} is too old for Astro; run \`npm run bench\` (it uses the project's Node 24).`);
  process.exit(1);
}

const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

/** Versions and hardware the figures belong to. */
async function machine() {
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  let chromium = 'not found';
  try {
    // Debian's wrapper script may print shell noise on stderr; the version is on stdout.
    chromium = execFileSync(await requireChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as not found.
  }
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) osName = `${pretty} (kernel ${os.release()}, ${os.arch()})`;
  } catch {
    // Not Linux: keep os.type().
  }
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['--no-optional-locks', 'status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dirty) commit += ' plus uncommitted changes';
  } catch {
    // Not a Git checkout.
  }
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: os.totalmem() / 1024 ** 3,
    os: osName,
    node: process.version,
    chromium,
    commit,
    versions: {
      astro: pkg('astro'),
      '@astrojs/starlight': pkg('@astrojs/starlight'),
      pagefind: pkg('pagefind'),
      mermaid: pkg('mermaid'),
      'playwright-core': pkg('playwright-core'),
      lighthouse: pkg('lighthouse'),
    },
    loadAtStart: os.loadavg(),
  };
}

/** Entries per collection in a site copy. */
function countEntries(dir) {
  const out = {};
  const content = join(dir, 'src', 'content');
  for (const collection of readdirSync(content)) {
    const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, name) => n + walk(join(p, name)), 0) : /\.(mdx?|ya?ml)$/.test(p) ? 1 : 0);
    if (statSync(join(content, collection)).isDirectory()) out[collection] = walk(join(content, collection));
  }
  return out;
}

/** Bytes of Starlight's sidebar (`<nav class="sidebar …">…</nav>`) in one built page, if it has one. */
function sidebarBytes(file) {
  const html = readFileSync(file, 'utf8');
  const start = html.search(/<nav\b[^>]*class="sidebar\b/);
  if (start < 0) return undefined;
  let depth = 0;
  const tags = /<(\/?)nav\b[^>]*>/g;
  tags.lastIndex = start;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return Buffer.byteLength(html.slice(start, tags.lastIndex));
  }
  return undefined;
}

/** Size of the HTML pages in a build, of the whole output, and of the sidebar in a sample of pages. */
function distSize(dist) {
  let html = 0;
  let htmlFiles = 0;
  let total = 0;
  const sidebars = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        total += stat.size;
        if (name.endsWith('.html')) {
          html += stat.size;
          htmlFiles++;
          if (htmlFiles % 10 === 1) sidebars.push(sidebarBytes(path));
        }
      }
    }
  };
  if (existsSync(dist)) walk(dist);
  const withSidebar = sidebars.filter((b) => b !== undefined).sort((a, b) => a - b);
  return { html, htmlFiles, total, sidebar: withSidebar[Math.floor(withSidebar.length / 2)] };
}

/** One build with its load average beside it (another job on the machine shows up here). */
async function timedBuild(dir, options) {
  const load = os.loadavg()[0];
  const result = await build(dir, options);
  log(`  ${options.label}: ${(result.wallMs / 1000).toFixed(2)} s, ${result.pages} pages (load ${load.toFixed(2)})`);
  return { ...result, loadBefore: load };
}

const work = makeWorkDir();
let interrupted = false;
const cleanup = () => {
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  interrupted = true;
  cleanup();
  process.exit(130);
});

const results = { options: { runs: RUNS, scaleRuns: SCALE_RUNS, sizes: SIZES, only: [...ONLY] }, machine: await machine() };
log(`scratch directory ${work}${opts.keep ? ' (kept)' : ''}`);
let compileCaches = 0;
const freshCompileCache = () => join(work, `node-compile-cache-${++compileCaches}`);

try {
  const base = copySite(work, 'site');
  results.entries = countEntries(base);

  // (a) and (e): on the real content, rounds of three builds —
  //   cold:            no caches at all (fresh clone);
  //   warm:            the same again at once, on every cache the cold build left;
  //   cached diagrams: no caches except a full diagram cache (Astro's store, Vite's cache,
  //                    dist and the Node compile cache gone), so set against the cold build
  //                    the only difference is the diagram cache.
  // Cold builds also provide (b)'s 1× row with a fully cold build, cached-diagram builds its 1× row.
  const wantBuilds = ['a', 'b', 'e'].some((s) => ONLY.has(s));
  if (wantBuilds || ONLY.has('c') || ONLY.has('d')) {
    const rounds = wantBuilds ? RUNS : 1;
    log(`real content: ${rounds} round(s) of cold, warm and cached-diagram builds`);
    const cold = [];
    const warm = [];
    const cachedDiagrams = [];
    for (let i = 1; i <= rounds; i++) {
      clearCaches(base, ['astro', 'diagrams', 'vite', 'dist']);
      const compileCache = freshCompileCache();
      cold.push(await timedBuild(base, { compileCache, label: `cold ${i}` }));
      if (!wantBuilds) break;
      warm.push(await timedBuild(base, { compileCache, label: `warm ${i}` }));
      const cachedFiles = diagramCacheSize(base);
      clearCaches(base, ['astro', 'vite', 'dist']);
      cachedDiagrams.push({ ...(await timedBuild(base, { compileCache: freshCompileCache(), label: `cached diagrams ${i}` })), cachedFiles });
    }
    results.builds = { cold, warm, cachedDiagrams, dist: distSize(join(base, 'dist')) };
  }

  // (c) and (d) on the real content's build, served on 127.0.0.1.
  if (ONLY.has('c') || ONLY.has('d')) {
    const { serveStatic } = await import('../tests/e2e/setup/static-server.ts');
    const server = await serveStatic(join(base, 'dist'), '/');
    try {
      const pages = samplePages(join(base, 'dist'));
      if (ONLY.has('c')) {
        log(`(c) bytes per page: ${pages.length} pages`);
        results.weights = await measurePageWeights(server.url, pages);
      }
      if (ONLY.has('d')) {
        const sampled = pages.filter((p) => LIGHTHOUSE_KINDS.includes(p.kind));
        log(`(d) Lighthouse: ${sampled.length} pages × mobile, desktop`);
        results.lighthouse = await runLighthouse(server.url, sampled, { log: (m) => log(`  ${m}`), runs: Math.max(1, Number(opts['lh-runs'])) });
      }
    } finally {
      await server.close();
    }
  }

  // (b) Content multiples. Every entry copy brings its own generated diagrams, and rendering
  // dominates a cold build (see (e)), so fully cold builds at 5× and 10× would take most of
  // the time budget. Instead one diagram cache is shared between the sizes: a first build at
  // each size renders the diagrams not cached yet (timed and reported, renders counted), then
  // the measured builds run with no cache but that one, like the cached-diagram builds at 1×.
  if (ONLY.has('b')) {
    const shared = join(work, 'scaling-diagram-cache');
    if (existsSync(join(base, CACHES.diagrams))) cpSync(join(base, CACHES.diagrams), shared, { recursive: true });
    results.scaling = [];
    // Largest first: a smaller size's copies are a subset of a larger one's, so after the
    // largest size its first build renders only the few diagrams that list the whole site.
    for (const factor of [...SIZES].sort((a, b) => b - a)) {
      if (factor === 1) {
        results.scaling.push({ factor, entries: results.entries, fill: results.builds.cold[0], runs: results.builds.cachedDiagrams, dist: results.builds.dist });
        continue;
      }
      const dir = copySite(work, `site-${factor}x`);
      multiplyContent(join(dir, 'src', 'content'), factor);
      log(`(b) ${factor}× content: a build to render the new diagrams, then ${SCALE_RUNS} measured build(s)`);
      const fill = await timedBuild(dir, { compileCache: freshCompileCache(), diagramCache: shared, label: `${factor}× first build` });
      const runs = [];
      for (let i = 1; i <= SCALE_RUNS; i++) {
        clearCaches(dir, ['astro', 'vite', 'dist']);
        runs.push(await timedBuild(dir, { compileCache: freshCompileCache(), diagramCache: shared, label: `${factor}× cached diagrams ${i}` }));
      }
      results.scaling.push({ factor, entries: countEntries(dir), fill, runs, dist: distSize(join(dir, 'dist')) });
      rmSync(dir, { recursive: true, force: true });
    }
    results.copiedCollections = COPIED_COLLECTIONS;
  }

  results.machine.loadAtEnd = os.loadavg();
  results.totalSeconds = (Date.now() - started) / 1000;
  const report = renderReport(results, { categories: CATEGORIES, weightTypes: WEIGHT_TYPES });
  if (!opts['no-write']) {
    const out = resolve(ROOT, opts.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report);
    log(`wrote ${out}`);
  }
  if (opts.json) writeFileSync(resolve(process.cwd(), opts.json), JSON.stringify(results, null, 2));
  console.log(`\n${report}`);
  log(`done in ${results.totalSeconds.toFixed(0)} s`);
} finally {
  if (!interrupted) cleanup();
}
