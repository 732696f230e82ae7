// Which pages stand for each kind, and what each one costs a first-time visitor: every response
// Chromium receives while loading it, summed by type, raw and gzip-compressed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/integrations/browser/find-chromium.mjs';

/**
 * Preferred sample per kind (pages with the features that cost most: diagrams, checklists,
 * long tables); when a preferred page is gone the first page of that kind in the build is used.
 */
const SAMPLES = [
  { kind: 'home', prefer: [''], under: null },
  { kind: 'plan', prefer: ['plans/learning-path-10-week/'], under: 'plans', depth: 1 },
  { kind: 'week', prefer: ['plans/senior-study-plan-2025/week-2/'], under: 'plans', depth: 2 },
  { kind: 'project', prefer: ['projects/11-airflow-dag-pipeline/'], under: 'projects', depth: 1 },
  { kind: 'topic', prefer: ['topics/dbt/'], under: 'topics', depth: 1 },
  { kind: 'checklist', prefer: ['checklists/study-plan-environment-setup/'], under: 'checklists', depth: 1 },
  { kind: 'template', prefer: ['templates/study-plan-adr-template/'], under: 'templates', depth: 1 },
  { kind: 'reading list', prefer: ['reading/senior-resources-reading/'], under: 'reading', depth: 1 },
  { kind: 'guide', prefer: ['guides/learning-path/portfolio-projects/'], under: 'guides', depth: 2 },
];

/** Kinds sampled by Lighthouse (five pages). */
export const LIGHTHOUSE_KINDS = ['home', 'week', 'project', 'topic', 'checklist'];

/** Directories `depth` levels below `dist/<under>` that hold an index.html, as site paths. */
function pagesUnder(dist, under, depth) {
  let level = [under];
  for (let d = 0; d < depth; d++) {
    level = level.flatMap((p) =>
      existsSync(join(dist, p)) ? readdirSync(join(dist, p)).filter((n) => statSync(join(dist, p, n)).isDirectory()).sort().map((n) => `${p}/${n}`) : [],
    );
  }
  return level.filter((p) => existsSync(join(dist, p, 'index.html'))).map((p) => `${p}/`);
}

/** One page path per kind present in the build. */
export function samplePages(dist) {
  const out = [];
  for (const sample of SAMPLES) {
    const path =
      sample.prefer.find((p) => existsSync(join(dist, p, 'index.html'))) ?? (sample.under ? pagesUnder(dist, sample.under, sample.depth)[0] : undefined);
    if (path !== undefined) out.push({ kind: sample.kind, path });
  }
  return out;
}

const TYPE_OF = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };
export const WEIGHT_TYPES = ['html', 'css', 'js', 'fonts', 'other'];

const isLoopback = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/**
 * Loads each page in a fresh context (empty cache) and sums the bodies of its responses by
 * type. Requests that would leave loopback are blocked and listed.
 */
export async function measurePageWeights(siteUrl, pages) {
  const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const { kind, path } of pages) {
      const context = await browser.newContext({ colorScheme: 'light' });
      const blocked = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLoopback(url)) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const bodies = [];
      page.on('response', (response) => {
        const type = TYPE_OF[response.request().resourceType()] ?? 'other';
        bodies.push(
          response.body().then(
            (body) => ({ type, url: response.url(), raw: body.length, gzip: gzipSync(body).length }),
            () => ({ type, url: response.url(), raw: 0, gzip: 0 }),
          ),
        );
      });
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(bodies);
      await context.close();
      const byType = Object.fromEntries(WEIGHT_TYPES.map((t) => [t, { raw: 0, gzip: 0, requests: 0 }]));
      for (const r of responses) {
        byType[r.type].raw += r.raw;
        byType[r.type].gzip += r.gzip;
        byType[r.type].requests++;
      }
      const total = { raw: 0, gzip: 0, requests: responses.length };
      for (const t of WEIGHT_TYPES) {
        total.raw += byType[t].raw;
        total.gzip += byType[t].gzip;
      }
      results.push({ kind, path, byType, total, blocked, other: responses.filter((r) => r.type === 'other').map((r) => r.url) });
    }
  } finally {
    await browser.close();
  }
  return results;
}
