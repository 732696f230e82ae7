// One measured build, in a process of its own (so every build starts with a cold Node, Vite and
// diagram renderer): `node scripts/bench/build.ts <site root> <timings.json> <cache dir>`. Runs
// Astro's programmatic build() with the build-timings integration added to the site's own config
// and Astro's and Vite's caches in <cache dir>, asks Astro's built-in phase timer
// (ASTRO_TIMER_PATH) for its phases, and writes both to <timings.json>.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'astro';
import { buildTimings, type BuildTimingsRecord } from './build-timings.ts';

const [root, out, cacheDir] = process.argv.slice(2);
if (!root || !out || !cacheDir) {
  throw new Error('usage: node scripts/bench/build.ts <site root> <timings.json> <cache dir>');
}

const phasesFile = `${out}.astro-timer.json`;
process.env.ASTRO_TIMER_PATH = phasesFile;
const hooks: BuildTimingsRecord = {};
const started = performance.now();
// Inline integrations are appended to the config file's, so this one's build:done hook runs last.
await build({
  root,
  logLevel: 'warn',
  cacheDir: join(cacheDir, 'astro'),
  vite: { cacheDir: join(cacheDir, 'vite') },
  integrations: [buildTimings(hooks)],
});
const wallMs = performance.now() - started;

const phases = JSON.parse(readFileSync(phasesFile, 'utf8')) as Record<
  string,
  { elapsedTime: number }
>;
const ms = Object.fromEntries(Object.entries(phases).map(([name, s]) => [name, s.elapsedTime]));
writeFileSync(out, JSON.stringify({ wallMs, phases: ms, ...hooks }));
