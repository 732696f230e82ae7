// Lighthouse (npm) against a site served on 127.0.0.1, in a Chromium started by chrome-launcher.
// Nothing may leave the machine: the browser gets a proxy that does not exist for every host but
// loopback and a resolver that resolves no other name; each run's requests are also returned, so
// the report can show that none went elsewhere and what each page transferred.
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/find-chromium.mjs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './output.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The project's usual flags, and no way off the machine: every host but 127.0.0.1 fails to resolve.
const FLAGS = [
  ...CHROMIUM_ARGS,
  '--proxy-server=http://127.0.0.1:9',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

interface Request {
  url: string;
  resourceType?: string;
}
interface Run {
  scores: Record<string, number | null>;
  cls: number;
  lcpMs: number;
  requests: Request[];
}

/** One page's figures in one form factor, each the median of its runs. */
export interface LighthouseResult {
  label: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<string, number>;
  cls: number;
  lcpMs: number;
  requests: Request[];
}

/** One Lighthouse run: the four category scores, CLS, LCP and the requests the page made. */
async function runOnce(url: string, port: number, formFactor: 'mobile' | 'desktop'): Promise<Run> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
  // The request list's items are typed loosely by Lighthouse; each has at least these two fields.
  const details = lhr.audits['network-requests']?.details as { items?: Request[] } | undefined;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, score == null ? null : Math.round(score * 100)];
      }),
    ),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    requests: details?.items ?? [],
  };
}

/**
 * Runs Lighthouse `runs` times per page and form factor; every figure is the median of its runs.
 * `pages` are site paths, from the root.
 */
export async function runLighthouse(
  siteUrl: string,
  pages: Array<{ label: string; path: string }>,
  { runs, log }: { runs: number; log: (message: string) => void },
): Promise<LighthouseResult[]> {
  // The same Chromium the build and the tests use ($CHROMIUM_PATH, a system one, or Playwright's).
  const chrome = await launch({ chromePath: await requireChromium(), chromeFlags: FLAGS });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const done: Run[] = [];
        for (let i = 1; i <= runs; i++) {
          log(`Lighthouse ${formFactor} ${page.path} (${i}/${runs})`);
          done.push(
            await runOnce(new URL(page.path.slice(1), siteUrl).href, chrome.port, formFactor),
          );
        }
        results.push({
          ...page,
          formFactor,
          scores: Object.fromEntries(
            CATEGORIES.map((id) => [id, median(done.map((d) => d.scores[id] ?? NaN))]),
          ),
          cls: median(done.map((d) => d.cls)),
          lcpMs: median(done.map((d) => d.lcpMs)),
          requests: done[0].requests,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
