import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ImpactValue } from 'axe-core';
import { errors, type Browser, type Page } from 'playwright-core';
import { externalRequests, useBrowser } from './setup/browser';
import { injectAxe, type AxeWindow } from './support/axe';

/** Every page of the built site (crawled from dist, not sampled), as site paths. */
function allPages(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html'))
        out.push(`/${relative(distDir, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(distDir);
  return out.sort();
}

interface Finding {
  page: string;
  theme: string;
  rule: string;
  impact: ImpactValue | undefined;
  targets: string;
}

/** Whether every code block that scrolls sideways is focusable within 45 s. */
async function codeBlocksSettled(page: Page): Promise<boolean> {
  return page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: 45_000, polling: 100 },
    )
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof errors.TimeoutError) return false;
        throw error;
      },
    );
}

/**
 * What a timeout needs to be understood: each block's scroll and client width and tabindex,
 * whether Expressive Code's script loaded, the page's visibility, and whether the page still gets
 * animation frames and idle time at all.
 */
async function codeBlockState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const blocks = [...document.querySelectorAll<HTMLElement>('.expressive-code pre')]
      .map((pre) => `${pre.scrollWidth}/${pre.clientWidth}/${pre.getAttribute('tabindex')}`)
      .join(' ');
    const script = performance
      .getEntriesByType('resource')
      .find((entry) => /\/ec\.[^/]*\.js$/.test(entry.name)) as
      PerformanceResourceTiming | undefined;
    const within = (start: (done: () => void) => void) =>
      new Promise<string>((resolve) => {
        const t0 = performance.now();
        start(() => resolve(`${Math.round(performance.now() - t0)} ms`));
        setTimeout(() => resolve('none in 2 s'), 2000);
      });
    const frame = await within((done) => requestAnimationFrame(done));
    const idle = await within((done) => requestIdleCallback(done));
    return [
      `blocks (scroll/client/tabindex) ${blocks}`,
      `Expressive Code's script ${script ? `loaded in ${Math.round(script.duration)} ms` : 'not among the loaded resources (ec.*.js)'}`,
      `visibility ${document.visibilityState}`,
      `frame ${frame}`,
      `idle ${idle}`,
    ].join(', ');
  });
}

/**
 * axe-core over one page in both themes, serious and critical violations only. The page loads
 * once, in a tab that has audited other pages before (each load is a new document; the tab's
 * renderer keeps axe-core compiled and warm, which makes each audit far cheaper than in a fresh
 * tab); the theme is switched in
 * place, as Starlight's theme picker does (`data-theme`).
 */
async function audit(page: Page, siteUrl: string, path: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.goto(new URL(path.slice(1), siteUrl).href);
  // Starlight's code blocks (Expressive Code) make a block that scrolls sideways focusable from
  // a script that runs once the browser is idle: audit the page as a keyboard user meets it.
  // With every core busy (the other end-to-end files run alongside), the browser can take more
  // than 10 s to find an idle moment. If it never does, the page is loaded once more, as a reader
  // would reload it, and the test output says what the first load looked like; a second miss fails
  // and names the page. axe-core then reads the page either way.
  if (!(await codeBlocksSettled(page))) {
    const first = await codeBlockState(page);
    await page.reload();
    if (!(await codeBlocksSettled(page)))
      throw new Error(
        `${path}: a code block that scrolls sideways never became focusable (twice). ` +
          `First load: ${first}; second: ${await codeBlockState(page)}`,
      );
    console.warn(`${path}: code blocks became focusable only after a reload. First load: ${first}`);
  }
  await injectAxe(page);
  for (const theme of ['light', 'dark'] as const) {
    const violations = await page.evaluate(async (t) => {
      document.documentElement.dataset.theme = t;
      const { axe } = window as unknown as AxeWindow;
      // The themes differ in colours only (custom properties): the page's elements, names and
      // landmarks are the same, so the second theme runs the rules that read colours. A page
      // with theme-only content (Starlight's `light:sl-hidden` / `dark:sl-hidden`) gets all rules.
      const themeOnly = document.querySelector('.light\\:sl-hidden, .dark\\:sl-hidden');
      const rules =
        t === 'light' || themeOnly
          ? {}
          : {
              runOnly: {
                type: 'rule' as const,
                values: ['color-contrast', 'link-in-text-block'],
              },
            };
      const result = await axe.run(document, { resultTypes: ['violations'], ...rules });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | '),
      }));
    }, theme);
    findings.push(
      ...violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ page: path, theme, rule: v.id, impact: v.impact, targets: v.targets })),
    );
  }
  return findings;
}

describe('accessibility and origin budget, on every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await useBrowser();
  });
  afterAll(async () => browser?.close());

  it(
    'has no serious or critical axe-core violation in light and dark theme, and requests nothing outside the site',
    { timeout: 20 * 60_000 },
    async () => {
      const pages = allPages(inject('distDir'));
      expect(pages.length).toBeGreaterThan(150);
      const findings: Finding[] = [];
      const requests: string[] = [];
      // The injected axe script is not in the site's script hashes, so this audit context bypasses CSP.
      // Requests are watched, not intercepted (interception would turn the browser's cache off).
      // No service worker: it would keep a copy of every page crawled, work that changes nothing
      // on the page axe reads (offline.test.ts covers the worker).
      const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
      context.on('request', (request) => requests.push(request.url()));
      // Three tabs, each auditing page after page: most of a page's time is spent waiting on the
      // browser. A tab that runs out of pages stays open until the context closes, so the last
      // pages are audited in the same browser state as the others.
      const queue = [...pages];
      await Promise.all(
        [0, 1, 2].map(async () => {
          const tab = await context.newPage();
          for (let path = queue.shift(); path; path = queue.shift())
            findings.push(...(await audit(tab, inject('siteUrl'), path)));
        }),
      );
      await context.close();
      const summary = findings.map(
        (f) => `${f.page} [${f.theme}] ${f.impact} ${f.rule}: ${f.targets}`,
      );
      expect(summary).toEqual([]);
      expect(externalRequests(requests)).toEqual([]);
    },
  );
});
