// A throwaway copy of the project to build in, and one instrumented `astro build` in it.
// Same approach as tests/support/site-copy.ts: project files copied, node_modules hard-linked
// (`cp -al`), and the caches inside node_modules deleted in the copy so that nothing the copy
// writes lands in the real project's caches through a hard link.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./build-probe.mjs', import.meta.url));
/** What a site needs to build; everything else (tests, dist, docs) stays behind. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** The caches a cold build must not find (paths inside the copy). */
export const CACHES = {
  astro: 'node_modules/.astro',
  diagrams: 'node_modules/.cache/atlas-diagrams',
  vite: 'node_modules/.vite',
  dist: 'dist',
};

/** The benchmark's scratch directory: site copies, probe files, its own Node compile cache. */
export function makeWorkDir() {
  return mkdtempSync(join(tmpdir(), 'atlas-bench-'));
}

/** Copies the project into `<work>/<name>` and returns the copy's path. */
export function copySite(work, name) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const item of PROJECT_FILES) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')], { stdio: 'ignore' });
  // All of node_modules/.cache, not just ours: any cache written through a hard link would change the project's.
  for (const cache of ['node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite', 'dist']) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
  return dir;
}

/** Removes the named caches (keys of CACHES, or 'data-store' for just the content layer's store). */
export function clearCaches(dir, which) {
  for (const key of which) {
    const path = key === 'data-store' ? join(dir, CACHES.astro, 'data-store.json') : join(dir, CACHES[key]);
    rmSync(path, { recursive: true, force: true });
  }
}

/** How many files the diagram cache holds. */
export function diagramCacheSize(dir, path = join(dir, CACHES.diagrams)) {
  return existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.json')).length : 0;
}

/**
 * Runs `astro build` in `dir` under the probe and returns wall-clock time, phases and diagram
 * activity. `compileCache` is the Node compile cache directory the CLI may use: a fresh one
 * for a cold build, a kept one for a warm rebuild. `diagramCache` moves the diagram cache out
 * of the copy (to share it between copies).
 */
export async function build(dir, { compileCache, diagramCache, label = 'build', timeoutMs = 15 * 60_000 } = {}) {
  const probeOut = join(dir, `.bench-probe-${process.hrtime.bigint()}.json`);
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = {
    ...process.env,
    ATLAS_BENCH_PROBE_OUT: probeOut,
    ATLAS_DIAGRAM_CACHE: diagramCache ?? join(dir, CACHES.diagrams),
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_COMPILE_CACHE: compileCache,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  if (!compileCache) delete env.NODE_COMPILE_CACHE;
  const started = performance.now();
  const startedAt = Date.now();
  const { code, output } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PROBE, astro, 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  const wallMs = performance.now() - started;
  if (code !== 0) {
    const tail = output.split('\n').slice(-40).join('\n');
    throw new Error(`${label}: astro build exited with ${code} in ${dir}\n${tail}`);
  }
  const probe = JSON.parse(readFileSync(probeOut, 'utf8'));
  rmSync(probeOut, { force: true });
  return { label, wallMs, ...parsePhases(probe, startedAt), diagrams: diagramSummary(probe), pages: countPages(join(dir, 'dist')) };
}

/** A duration as Astro and Pagefind print them ("396ms", "2.74s", "1m 3s") → ms. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+ms|[\d.]+s)`;
function duration(text) {
  const m = /^(\d+)m (\d+)s$/.exec(text);
  if (m) return Number(m[1]) * 60_000 + Number(m[2]) * 1000;
  return text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000;
}

/**
 * Phases of one build from its log. Line times come from the probe (ms resolution); where
 * Astro prints its own duration ("Completed in", Pagefind's "in …ms") that figure is used.
 */
export function parsePhases(probe, spawnedAt) {
  const { lines } = probe;
  const find = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) {
      const m = re.exec(lines[i].line);
      if (m) return { i, t: lines[i].t, m };
    }
    return undefined;
  };
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/);
  const entrypoints = find(/Building static entrypoints/);
  const routesStart = find(/generating static routes/);
  const routesDone = routesStart && find(new RegExp(String.raw`^\S*\s*✓ Completed in ${DURATION}\.?$`), routesStart.i + 1);
  const pagefindStart = find(/\[starlight:pagefind\] Building search index/);
  const pagefindDone = find(new RegExp(`Finished building search index in ${DURATION}`));
  const pagefindFiles = find(/\[starlight:pagefind\] Found (\d+) HTML files/);
  const diagramsLine = find(/\[atlas:mermaid-diagrams\] diagrams: (\d+) from cache, (\d+) rendered/);
  const built = find(new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`));
  const between = (a, b) => (a && b ? b.t - a.t : undefined);
  const phases = {
    /** Node start, config (sidebar from the content folders), Vite and integrations setup. */
    startup: syncStart ? syncStart.t - spawnedAt : undefined,
    /** Content layer: load, validate and render every entry (Markdown, and diagrams in .md). */
    contentSync: between(syncStart, syncEnd),
    /** Type generation and the rest of "Collecting build info". */
    buildInfo: between(syncEnd, entrypoints),
    /** Vite bundles the server and client entrypoints. */
    bundling: between(entrypoints, routesStart),
    /** Rendering every route to HTML (MDX, and diagrams in .mdx). */
    pageGeneration: between(routesStart, routesDone) ?? (routesDone ? duration(routesDone.m[1]) : undefined),
    /** Pagefind indexing. */
    searchIndex: between(pagefindStart, pagefindDone) ?? (pagefindDone ? duration(pagefindDone.m[1]) : undefined),
    /** Everything after page generation but the search index: other integrations' build:done hooks. */
    otherHooks: routesDone && built ? built.t - routesDone.t - (between(pagefindStart, pagefindDone) ?? 0) : undefined,
    /** From Astro's last line to the end of the process. */
    exit: built ? probe.exitAt - built.t : undefined,
  };
  return {
    phases,
    hooks: routesDone && built ? hookTimes(lines, routesDone.i, built.i, pagefindStart?.i, pagefindDone?.i) : {},
    /** Log lines after page generation, ms after its end: where the hook times come from. */
    tail: routesDone ? lines.slice(routesDone.i + 1).map(({ t, line }) => `+${Math.round(t - routesDone.t)}ms ${line}`) : [],
    astroReported: built ? { pages: Number(built.m[1]), ms: duration(built.m[2]) } : undefined,
    indexedFiles: pagefindFiles ? Number(pagefindFiles.m[1]) : undefined,
    diagramsLog: diagramsLine ? { cached: Number(diagramsLine.m[1]), rendered: Number(diagramsLine.m[2]) } : undefined,
  };
}

/**
 * The time after page generation, by the integration that logged at the end of it: each line
 * between the end of page generation and Astro's summary takes the time since the line before
 * (build:done hooks run one after another and log when they finish; Astro notes a hook that
 * takes more than a few seconds with "Waiting for integration …"). Lines without an
 * integration tag count as "build". Pagefind's lines, from its first to its last, are left
 * out: that stretch is the search-index phase.
 */
function hookTimes(lines, from, to, pagefindFrom = -1, pagefindTo = -1) {
  const out = {};
  let carried = 0;
  let untagged = 'build';
  for (let i = from + 1; i <= to; i++) {
    const { line, t } = lines[i];
    const delta = carried + (t - lines[i - 1].t);
    carried = 0;
    if (i > pagefindFrom && i <= pagefindTo) continue;
    if (/^\s*$/.test(line) || /^[\s╭╰│·─]+$/.test(line)) {
      carried = delta; // a blank or box line: its time goes to the next line
      continue;
    }
    const tag = /^\S*\s*\[([^\]]+)\]/.exec(line)?.[1];
    // starlight-links-validator prints a "validating links" heading and an untagged box.
    if (tag) untagged = 'build';
    // Astro's own note on a slow hook: the time so far is that hook's.
    const waitingFor = /Waiting for integration "([^"]+)"/.exec(line)?.[1];
    const name = waitingFor ?? (tag && tag !== 'starlight:pagefind' ? tag : untagged);
    out[name] = (out[name] ?? 0) + delta;
    if (/validating links/i.test(line)) untagged = 'starlight-links-validator';
  }
  return out;
}

function diagramSummary(probe) {
  const d = probe.diagrams;
  return {
    observed: d.observed,
    cacheHits: probe.cache.hits,
    cacheMisses: probe.cache.misses,
    browserLaunches: d.observed ? d.browserLaunches : undefined,
    browserStartMs: d.pageOpenMs[0],
    renderBusyMs: d.renders > 0 ? d.renderBusyMs : 0,
  };
}

/** HTML pages in a build output. */
export function countPages(dist) {
  let n = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) n++;
    }
  };
  if (existsSync(dist)) walk(dist);
  return n;
}
