// Lighthouse (the npm package) against the built site on 127.0.0.1, driving a Chromium this
// module launches itself with a DevTools port on loopback. Nothing may leave the machine: the
// browser gets a proxy that does not exist for every non-loopback host (Chromium always
// bypasses proxies for loopback) and a resolver that resolves no other name, and every run's
// network log is checked for requests to anywhere else.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, requireChromium } from '../../src/integrations/browser/find-chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const LOOPBACK_ONLY = ['--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Starts Chromium with a DevTools port on 127.0.0.1; resolves with its port and a stop(). */
async function launchChromium() {
  const executable = await requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-lh-profile-'));
  const child = spawn(
    executable,
    [...CHROMIUM_ARGS, ...LOOPBACK_ONLY, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port:\n${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${err}`)));
  });
  const version = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.json());
  return {
    port,
    browserVersion: version.Browser,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const isLoopback = (url) => {
  try {
    const { protocol, hostname } = new URL(url);
    return !/^https?:$/.test(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return true;
  }
};

/** What a run found wrong, per category: every scored audit short of a full score. */
function summarise(lhr) {
  const scores = {};
  const misses = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    misses[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue }));
  }
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  // Unweighted insights and diagnostics that Lighthouse flags: the reasons behind weak metrics.
  const diagnostics = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight === 0 && ref.group !== 'hidden')
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue }));
  // The elements that moved, largest share of the layout shift first.
  const layoutShifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
    .filter((item) => item.node?.selector)
    .slice(0, 3)
    .map((item) => ({ selector: item.node.selector, score: item.score }));
  return {
    scores,
    misses,
    diagnostics,
    layoutShifts,
    metrics: Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
        id,
        lhr.audits[id]?.displayValue,
      ]),
    ),
    requests: requests.length,
    external: requests.map((r) => r.url).filter((url) => !isLoopback(url)),
    warnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

/** Runs Lighthouse `runs` times for every page, mobile and desktop; keeps the run with the median performance score. */
export async function runLighthouse(siteUrl, pages, { log = () => {}, runs = 1 } = {}) {
  const chromium = await launchChromium();
  const results = [];
  try {
    for (const { kind, path } of pages) {
      for (const formFactor of ['mobile', 'desktop']) {
        const url = new URL(path, siteUrl).href;
        const done = [];
        for (let i = 1; i <= runs; i++) {
          log(`lighthouse ${formFactor} ${path || '/'}${runs > 1 ? ` (${i}/${runs})` : ''}`);
          const runner = await lighthouse(
            url,
            { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!runner?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
          if (runner.lhr.runtimeError) throw new Error(`Lighthouse: ${runner.lhr.runtimeError.code} ${runner.lhr.runtimeError.message} (${url})`);
          done.push({ kind, path, formFactor, lighthouseVersion: runner.lhr.lighthouseVersion, ...summarise(runner.lhr) });
        }
        done.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        const median = done[Math.floor((done.length - 1) / 2)];
        results.push({ ...median, performanceScores: done.map((d) => d.scores.performance), external: [...new Set(done.flatMap((d) => d.external))] });
      }
    }
  } finally {
    await chromium.stop();
  }
  return { browserVersion: chromium.browserVersion, runs, results };
}
