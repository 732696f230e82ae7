// Turns one benchmark run's figures into docs/benchmarks.md. Every figure and every verdict on
// the page is computed here from that run; the fixed text only says how each was measured.
import type { measureIdle } from './idle-weight.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import type { measureOffline } from './offline.ts';
import type { measureOutput, Transfer } from './output.ts';
import { weightsByRoute, weightTotal, type RoutedWeight } from './page-weights.ts';
import { practiceTargets, renderPractice, type PracticeFigures } from './practice.ts';
import type { BuildFigures } from './sites.ts';

/** One content size's figures: its builds, output, search index and offline copy. */
export interface ScaleFigures {
  factor: number;
  /** Entries per collection. */
  entries: Record<string, number>;
  first: BuildFigures;
  /** The measured build; its route list is left out of the results. */
  measured: Omit<BuildFigures, 'routes'> & { routes?: undefined };
  output: Omit<ReturnType<typeof measureOutput>, 'pages'>;
  search: { ms: number; pages: number };
  /** Missing from runs made before offline support was measured. */
  offline?: ReturnType<typeof measureOffline>;
}

/** One Lighthouse result, its request list turned into what the page transferred. */
export type PageFigures = Omit<LighthouseResult, 'requests'> & { transfer: Transfer };

/** Everything one run measured: what results.json holds and the report is written from. */
export interface BenchResults {
  machine: {
    date: string;
    cpu: string;
    cores: number;
    node: string;
    commit: string;
    versions: string[];
    loadAtStart: number[];
    loadAtEnd: number[];
  };
  options: { factors: number[]; lighthouseRuns: number; command: string };
  scales: ScaleFigures[];
  lighthouse: PageFigures[];
  bare: PageFigures[];
  // The last four are missing from runs made before they were measured.
  idle?: Awaited<ReturnType<typeof measureIdle>>;
  bareIdle?: Awaited<ReturnType<typeof measureIdle>>;
  /** Every page of the 1× build, its idle weight estimated from the files (page-weights.ts). */
  weights?: RoutedWeight[];
  practice?: PracticeFigures;
  minutes: number;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** A content page's HTML + CSS + JS once it has sat idle, gzip. */
const IDLE_BUDGET = 35 * 1024;
const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
/** A Lighthouse score; a category Lighthouse could not score is NaN here and null in JSON. */
const scoreText = (score: number | null) =>
  typeof score === 'number' && Number.isFinite(score) ? String(score) : 'not scored';
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

/** The build figures of one scale that the report compares. */
function buildFigures(s: ScaleFigures) {
  const p = s.measured.phases;
  const pages = s.output.htmlPages;
  return {
    pages,
    generation: p['Static generate'],
    generationPerPage: p['Static generate'] / pages,
    bundling: (p['Prerender build'] ?? 0) + (p['SSR build'] ?? 0) + (p['Client build'] ?? 0),
    hooks: s.measured.doneAt - s.measured.generatedAt,
    searchPerPage: s.search.ms / s.search.pages,
  };
}

/** The offline section, from each scale's `offline` figures (runs before it have none). */
function offlineSection(r: BenchResults): string {
  const rows = r.scales.flatMap(({ factor, offline }) =>
    offline
      ? [
          [
            `${factor}×`,
            String(offline.copyFiles),
            (offline.copyBytes / 1e6).toFixed(1),
            (offline.workerGzip / 1024).toFixed(1),
            `${offline.registration.js} + ${offline.registration.html} + ${offline.registration.css} = **${offline.registration.total}**`,
            String(offline.installHeadGzip),
          ],
        ]
      : [],
  );
  if (rows.length === 0) return '';
  return `## Offline

What "Save for offline" downloads (the build's \`offline/copy.json\`: every file, MB = 1,000,000 bytes), the service worker (KiB gzip) and what offline support adds to every page, in bytes gzip (level 6), measured on \`/\`: the registration module + the update notice's markup + its CSS, and the install tags in \`<head>\` (\`scripts/bench/offline.ts\`).

${table(['content', 'copy files', 'copy MB', 'sw.js KiB', 'registration bytes (js + html + css)', 'head tags bytes'], rows)}

`;
}

export function renderReport(r: BenchResults): string {
  // The 1× site, and the larger one unless the run was --quick.
  const [one] = r.scales;
  const big: ScaleFigures | undefined = r.scales[1];
  const b1 = buildFigures(one);
  const bBig = big ? buildFigures(big) : undefined;
  const content = r.lighthouse.filter((x) => x.label.includes('['));
  const desktop = (xs: PageFigures[]) => xs.filter((x) => x.formFactor === 'desktop');
  const bareJs = desktop(r.bare)[0].transfer.js;
  const map = desktop(r.lighthouse).find((x) => x.path === '/map/');
  const mapMobile = r.lighthouse.find((x) => x.path === '/map/' && x.formFactor === 'mobile');

  const targets: Array<[string, string, boolean | undefined]> = [
    [
      'sidebar HTML per page (median, raw) ≤ 10 KiB',
      `${kib(one.output.sidebar.medianRaw)} KiB`,
      one.output.sidebar.medianRaw <= 10 * 1024,
    ],
  ];
  if (!big || !bBig) {
    targets.push([
      'growth from 1× to 10× (HTML per page, output, page generation, search indexing)',
      'not measured: this run built 1× only (`--quick`)',
      undefined,
    ]);
  } else {
    const f = big.factor;
    const htmlGrowth = big.output.html.medianRaw / one.output.html.medianRaw;
    const outGrowth = big.output.totalBytes / one.output.totalBytes;
    const genGrowth = bBig.generationPerPage / b1.generationPerPage;
    const searchGrowth = bBig.searchPerPage / b1.searchPerPage;
    targets.push(
      [
        `median HTML per page at ${f}× ≤ 1.2× the 1× figure`,
        `×${htmlGrowth.toFixed(2)}`,
        htmlGrowth <= 1.2,
      ],
      [
        `total output at ${f}× ≤ ${f + 1}× the 1× output`,
        `×${outGrowth.toFixed(2)}`,
        outGrowth <= f + 1,
      ],
      [
        `page generation per page grows ≤ ×1.15 from 1× to ${f}×`,
        `×${genGrowth.toFixed(2)}`,
        genGrowth <= 1.15,
      ],
      [
        `search indexing per page grows ≤ ×1.15 from 1× to ${f}×`,
        `×${searchGrowth.toFixed(2)}`,
        searchGrowth <= 1.15,
      ],
    );
  }
  const below100 = r.lighthouse.flatMap((x) =>
    CATEGORIES.filter((c) => !(x.scores[c] >= 100)).map(
      (c) => `${x.path} ${x.formFactor} ${c} ${scoreText(x.scores[c])}`,
    ),
  );
  const shifts = r.lighthouse.filter((x) => x.cls > 0.02);
  const heavyJs = desktop(content).filter((x) => x.transfer.js - bareJs > 10_000);
  const heavyPages = desktop(content).filter((x) => weightTotal(x.transfer) > 60 * 1024);
  targets.push(
    [
      'Lighthouse 100 in all four categories on every sampled page',
      below100.length ? `below 100: ${below100.join('; ')}` : 'all 100',
      below100.length === 0,
    ],
    [
      'CLS ≤ 0.02 on every sampled page, mobile and desktop',
      shifts.length
        ? `above: ${shifts.map((x) => `${x.path} ${x.formFactor} ${x.cls.toFixed(3)}`).join('; ')}`
        : 'all ≤ 0.02',
      shifts.length === 0,
    ],
    [
      'content-page JS within 10 KB gzip of bare Starlight',
      heavyJs.length
        ? `over: ${heavyJs.map((x) => `${x.path} +${((x.transfer.js - bareJs) / 1000).toFixed(1)} KB`).join('; ')}`
        : `largest difference ${(Math.max(...desktop(content).map((x) => x.transfer.js - bareJs)) / 1000).toFixed(1)} KB`,
      heavyJs.length === 0,
    ],
    [
      'content page HTML + CSS + JS ≤ 60 KiB gzip (at load)',
      heavyPages.length
        ? `over: ${heavyPages.map((x) => `${x.path} ${kib(weightTotal(x.transfer))} KiB`).join('; ')}`
        : `largest ${kib(Math.max(...desktop(content).map((x) => weightTotal(x.transfer))))} KiB`,
      heavyPages.length === 0,
    ],
  );
  if (r.idle) {
    const idleContent = r.idle.filter((x) => x.label.includes('['));
    const overIdle = idleContent.filter((x) => weightTotal(x.transfer) > IDLE_BUDGET);
    const slowSearch = r.idle.filter((x) => x.searchMs > 200);
    targets.push(
      [
        'content page HTML + CSS + JS ≤ 35 KiB gzip after the page has sat idle',
        overIdle.length
          ? `over: ${overIdle.map((x) => `${x.path} ${kib(weightTotal(x.transfer))} KiB`).join('; ')}`
          : `largest ${kib(Math.max(...idleContent.map((x) => weightTotal(x.transfer))))} KiB`,
        overIdle.length === 0,
      ],
      [
        'search box ready ≤ 200 ms after Ctrl+K on an idle page (median of 3)',
        slowSearch.length
          ? `over: ${slowSearch.map((x) => `${x.path} ${x.searchMs} ms`).join('; ')}`
          : `slowest ${Math.max(...r.idle.map((x) => x.searchMs))} ms`,
        slowSearch.length === 0,
      ],
    );
  }
  const byRoute = r.weights ? weightsByRoute(r.weights, IDLE_BUDGET) : [];
  if (byRoute.length) {
    const pages = byRoute.reduce((n, x) => n + x.pages, 0);
    const over = byRoute.reduce((n, x) => n + x.over, 0);
    const worst = byRoute.reduce((a, b) =>
      weightTotal(b.heaviest) > weightTotal(a.heaviest) ? b : a,
    );
    targets.push([
      "every content page ≤ 35 KiB gzip after idle, estimated from the build's files",
      `${over} of ${pages} over (${byRoute
        .filter((x) => x.over)
        .map((x) => `\`${x.route}\` ${x.over} of ${x.pages}`)
        .join(', ')}); heaviest ${worst.heaviest.path} ${kib(weightTotal(worst.heaviest))} KiB`,
      over === 0,
    ]);
  }
  if (r.practice) targets.push(...practiceTargets(r.practice));
  if (map && mapMobile) {
    const mapTotal = weightTotal(map.transfer) + map.transfer.other;
    targets.push(
      ['`/map/` total transfer ≤ 150 KiB gzip', `${kib(mapTotal)} KiB`, mapTotal <= 150 * 1024],
      [
        '`/map/` Lighthouse mobile performance ≥ 95',
        String(mapMobile.scores.performance),
        mapMobile.scores.performance >= 95,
      ],
    );
  }

  const m = r.machine;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  const scaleRows = r.scales.map((s) => {
    const f = buildFigures(s);
    const entries = Object.values(s.entries).reduce((a, b) => a + b, 0);
    return [
      `${s.factor}×`,
      String(entries),
      String(f.pages),
      sec(s.first.processMs),
      `**${sec(s.measured.processMs)}**`,
      sec(s.measured.phases['Sync content layer'] ?? NaN),
      sec(f.bundling),
      `${sec(f.generation)} (${f.generationPerPage.toFixed(1)} ms/page)`,
      sec(f.hooks),
      `${sec(s.search.ms)} (${f.searchPerPage.toFixed(2)} ms/page)`,
    ];
  });
  const outputRows = r.scales.map((s) => [
    `${s.factor}×`,
    String(s.output.htmlPages),
    mib(s.output.totalBytes),
    `${kib(s.output.html.medianRaw)} / ${kib(s.output.html.medianGzip)}`,
    `${kib(s.output.html.maxRaw)} / ${kib(s.output.html.maxGzip)}`,
    `${kib(s.output.sidebar.medianRaw)} (${s.output.sidebar.pages} pages with one)`,
  ]);
  const pageRows = [...r.lighthouse, ...r.bare].map((x) => [
    x.label.includes('[') ? `\`${x.label}\`` : x.label === x.path ? '–' : x.label,
    `\`${x.path}\``,
    x.formFactor,
    ...CATEGORIES.map((c) => (x.scores[c] >= 100 ? '100' : `**${scoreText(x.scores[c])}**`)),
    x.cls.toFixed(3),
    sec(x.lcpMs),
  ]);
  // The columns both transfer tables open with: page, HTML, CSS, JS, their sum, other.
  const transferCells = (x: { path: string; transfer: Omit<Transfer, 'elsewhere'> }) => [
    `\`${x.path}\``,
    kib(x.transfer.html),
    kib(x.transfer.css),
    kib(x.transfer.js),
    `**${kib(weightTotal(x.transfer))}**`,
    kib(x.transfer.other),
  ];
  const transferRows = [...desktop(r.lighthouse), ...desktop(r.bare)].map((x) => [
    ...transferCells(x),
    x === desktop(r.bare)[0]
      ? 'bare Starlight'
      : `${x.transfer.js - bareJs >= 0 ? '+' : ''}${((x.transfer.js - bareJs) / 1000).toFixed(1)} KB`,
  ]);
  const idleRows = [...(r.idle ?? []), ...(r.bareIdle ?? [])].map((x) => [
    ...transferCells(x),
    `${x.searchMs} ms (${x.searchRuns.join(', ')})`,
  ]);
  const elsewhere = [...r.lighthouse, ...r.bare].flatMap((x) => x.transfer.elsewhere);

  return `# Benchmarks

Written by \`${r.options.command}\` (\`scripts/bench.ts\`) on ${m.date.slice(0, 10)}, in ${r.minutes.toFixed(1)} minutes; running it again rewrites this page. Every figure comes from that run.

## Machine

${table(
  ['', ''],
  [
    ['Date', m.date],
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['Node', m.node],
    ['Packages', m.versions.join(', ')],
    ['Commit', m.commit],
    [
      'Load average (1/5/15 min)',
      `${load(m.loadAtStart)} at start, ${load(m.loadAtEnd)} at the end`,
    ],
  ],
)}

## Targets

${table(
  ['target', 'figure', 'result'],
  targets.map(([t, fig, ok]) => [t, fig, ok === undefined ? '–' : ok ? 'met' : '**missed**']),
)}

## Build time

Each size is built twice in a scratch copy of the project: a *first build* renders the diagrams not yet in the diagram cache (it starts empty at 1×, as on a fresh clone), then the *measured build* runs with that diagram cache and nothing else (no \`dist\`, no Astro or Vite cache). ${big ? `The ${big.factor}× site adds ${big.factor - 1} copies of every entry of the content model's collections, ids suffixed \`-x<r>\` and references pointing at the same copy's entries.` : 'Only the 1× site was built (`--quick`).'} Phases are Astro's own phase timer (\`ASTRO_TIMER_PATH\`); *build:done hooks* runs from \`astro:build:generated\` to the end of the other integrations' \`astro:build:done\` hooks (among them Starlight's Pagefind run); *search index* is Pagefind's Node API indexing the measured build's output again, the calls Starlight makes.

${table(['content', 'entries', 'HTML pages', 'first build', 'measured build', 'content sync', 'Vite bundling', 'page generation', 'build:done hooks', 'search index'], scaleRows)}
${big && bBig ? `\nFrom 1× to ${big.factor}×: measured build ${ratio(big.measured.processMs, one.measured.processMs)} for ${ratio(bBig.pages, b1.pages)} the pages; page generation per page ${ratio(bBig.generationPerPage, b1.generationPerPage)}; search indexing per page ${ratio(bBig.searchPerPage, b1.searchPerPage)}.\n` : ''}
## Output

KiB raw / gzip (level 6). The sidebar is Starlight's \`<nav class="sidebar">\` element, raw bytes, median over the pages that have one.

${table(['content', 'HTML pages', 'output MiB', 'HTML per page, median', 'HTML per page, max', 'sidebar KiB per page'], outputRows)}
${big ? `\nFrom 1× to ${big.factor}×: median HTML per page ${ratio(big.output.html.medianRaw, one.output.html.medianRaw)}, total output ${ratio(big.output.totalBytes, one.output.totalBytes)}, median sidebar ${ratio(big.output.sidebar.medianRaw || 1, one.output.sidebar.medianRaw || 1)}.\n` : ''}
${offlineSection(r)}## Lighthouse

Lighthouse on the 1× build served by \`astro preview\` on 127.0.0.1, in Chromium started by chrome-launcher; mobile is Lighthouse's default settings (an emulated phone on a simulated slow network and CPU), desktop its desktop config. ${r.options.lighthouseRuns > 1 ? `${r.options.lighthouseRuns} runs per page and form factor, each figure the median of its runs (the bare Starlight page: 1 run)` : 'One run per page and form factor'}; *not scored* means Lighthouse returned no score for that category. Pages: the heaviest HTML page (raw bytes) of every route with parameters, named by that route, and ${['/', '/map/', '/progress/', '/projects/'].map((p) => `\`${p}\``).join(', ')}.

${table(['route', 'page', 'form factor', ...CATEGORIES, 'CLS', 'LCP'], pageRows)}

## Transfer per page

What each page loaded in the desktop run, from Lighthouse's request list, each file compressed here with gzip (level 6): KiB, HTML + CSS + JS, and other files (icons, images) apart. *JS vs bare* compares the page's JavaScript with a bare Starlight docs page built from the same packages (KB = 1,000 bytes).

${table(['page', 'HTML', 'CSS', 'JS', 'HTML + CSS + JS', 'other', 'JS vs bare'], transferRows)}

Requests to anywhere but 127.0.0.1: ${elsewhere.length ? elsewhere.map((u) => `\`${u}\``).join(', ') : 'none'}.
${
  idleRows.length
    ? `
## After the page has sat idle, and search

The same pages in headless Chromium (1280 × 800), loaded until the network is idle and then left for 5 s more, so what a browser fetches once it goes idle is counted; every response compressed here with gzip (level 6), KiB. Then, on a fresh load left idle the same way, Ctrl+K is pressed and the time until the search box is visible is taken: the median of 3, each run in brackets (\`scripts/bench/idle-weight.ts\`).

${table(['page', 'HTML', 'CSS', 'JS', 'HTML + CSS + JS', 'other', 'Ctrl+K → search box'], idleRows)}
`
    : ''
}${byRoute.length ? `\n${weightsSection(r, byRoute)}` : ''}${r.practice ? `\n${renderPractice(r.practice)}` : ''}`;
}

/** Every content page, estimated from the build's files, checked against Chromium's figures. */
function weightsSection(r: BenchResults, byRoute: ReturnType<typeof weightsByRoute>): string {
  const estimate = new Map((r.weights ?? []).map((w) => [w.path, weightTotal(w)]));
  const differences = (r.idle ?? [])
    .filter((x) => estimate.has(x.path))
    .map((x) => Math.abs(estimate.get(x.path)! - weightTotal(x.transfer)));
  const rows = byRoute.map((x) => [
    `\`${x.route}\``,
    String(x.pages),
    String(x.over),
    `\`${x.heaviest.path}\``,
    kib(x.heaviest.html),
    kib(x.heaviest.css),
    kib(x.heaviest.js),
    `**${kib(weightTotal(x.heaviest))}**`,
  ]);
  return `## Every content page after idle, estimated

Each page of the 1× build with the files it loads before any touch: the page, its stylesheets, its module scripts and what they import statically (what a dynamic import loads on a touch or on search intent is left out), each compressed with gzip (level 6), KiB (\`scripts/bench/page-weights.ts\`). ${differences.length ? `On the ${differences.length} pages Chromium measured above, the estimate differs from Chromium's figure by at most ${kib(Math.max(...differences))} KiB.` : ''}

${table(['route', 'pages', 'over 35 KiB', 'heaviest page', 'HTML', 'CSS', 'JS', 'HTML + CSS + JS'], rows)}
`;
}
