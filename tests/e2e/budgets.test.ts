import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { useBrowser, watchedPage } from './setup/browser';

/** A Starlight page with nothing of ours on it: the baseline for "JavaScript above bare Starlight". */
const BARE_STARLIGHT = 'about/using-the-atlas/';
/** One content page of each kind a reader meets. */
const CONTENT_PAGES = [
  'plans/senior-study-plan-2025/',
  'plans/senior-study-plan-2025/week-1/',
  'projects/11-airflow-dag-pipeline/',
  'topics/apache-kafka/',
  'checklists/study-plan-weekly-plan-checklist/',
  'templates/study-plan-adr-template/',
  'reading/learning-path-library/',
  'projects/',
  'map/',
];
const JS_BUDGET_GZIP = 10 * 1024;
const FRAMEWORK_RUNTIMES = /mermaid|react-dom|preact|vue\.runtime|svelte\/internal|solid-js/i;

/** Every script a page runs on load — external and inline — with its gzip size. */
async function pageScripts(browser: Browser, path: string) {
  const { page } = await watchedPage(browser);
  const bodies = new Map<string, string>();
  // A body is read from the browser after its response arrives: each read is kept, and all are
  // awaited before the sizes are summed, so none is still on its way when the page is left.
  const reads: Array<Promise<void>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      reads.push(
        response
          .text()
          .catch(() => '')
          .then((body) => {
            bodies.set(response.url(), body);
          }),
      );
  });
  await page.goto(new URL(path, inject('siteUrl')).href, { waitUntil: 'networkidle' });
  await Promise.all(reads);
  const inline = await page.evaluate(() =>
    [...document.scripts]
      .filter((s) => !s.src && (!s.type || s.type === 'module' || s.type === 'text/javascript'))
      .map((s) => s.textContent ?? ''),
  );
  await page.context().close();
  const all = [
    ...[...bodies].map(([url, body]) => ({ url, body })),
    ...inline.map((body, i) => ({ url: `inline #${i + 1}`, body })),
  ];
  return { scripts: all, gzip: all.reduce((n, s) => n + gzipSync(s.body).length, 0) };
}

describe('budgets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it(`content pages run no Mermaid or framework runtime and at most ${JS_BUDGET_GZIP / 1024} KB (gzip) of JavaScript above bare Starlight`, async () => {
    const baseline = await pageScripts(browser, BARE_STARLIGHT);
    const report: string[] = [];
    for (const path of CONTENT_PAGES) {
      const { scripts, gzip } = await pageScripts(browser, path);
      const runtimes = scripts.filter(
        (s) => FRAMEWORK_RUNTIMES.test(s.url) || FRAMEWORK_RUNTIMES.test(s.body.slice(0, 5000)),
      );
      expect(
        runtimes.map((s) => s.url),
        path,
      ).toEqual([]);
      const extra = gzip - baseline.gzip;
      report.push(
        `${path}: ${(gzip / 1024).toFixed(1)} KB gzip (${extra >= 0 ? '+' : ''}${(extra / 1024).toFixed(1)} KB)`,
      );
      expect(
        extra,
        `${path} ships ${extra} bytes of gzipped JavaScript above bare Starlight`,
      ).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    }
    console.log(
      `bare Starlight: ${(baseline.gzip / 1024).toFixed(1)} KB gzip\n${report.join('\n')}`,
    );
  });

  it('npm audit --omit=dev reports no high or critical vulnerability', async (ctx) => {
    let output: string;
    try {
      ({ stdout: output } = await promisify(execFile)('npm', ['audit', '--omit=dev', '--json'], {
        maxBuffer: 32 * 1024 * 1024,
      }));
    } catch (error) {
      // npm audit exits non-zero when it finds vulnerabilities (stdout holds the report) or cannot reach the advisory service.
      output = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(output || '{}') as {
      error?: { summary?: string };
      metadata?: { vulnerabilities?: Record<string, number> };
    };
    if (!report.metadata) {
      ctx.skip(
        `the registry's advisory service did not answer (${report.error?.summary ?? 'no report'}); run npm audit where it is reachable`,
      );
      return;
    }
    const { high = 0, critical = 0 } = report.metadata.vulnerabilities ?? {};
    expect({ high, critical }).toEqual({ high: 0, critical: 0 });
  });
});
