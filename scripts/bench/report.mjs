// Turns the benchmark's raw figures into docs/benchmarks.md.

const LIGHTHOUSE_TARGET = 98;
/** Marginal cost per page may rise this much between sizes and still count as linear (run-to-run noise). */
const LINEAR_TOLERANCE = 0.15;

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const min = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? Math.min(...v) : undefined;
};
const sec = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const msec = (ms) => (ms === undefined ? '–' : `${ms.toFixed(1)} ms`);
const kib = (bytes) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
const mib = (bytes) => (bytes / 1024 ** 2).toFixed(1);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const pagePath = (path) => `\`/${path}\``;

const PHASES = [
  ['startup', 'start-up (Node, config and sidebar, Vite)'],
  ['contentSync', 'content sync'],
  ['buildInfo', 'types and build info'],
  ['bundling', 'bundling (Vite)'],
  ['pageGeneration', 'page generation'],
  ['searchIndex', 'search index (Pagefind)'],
  ['otherHooks', 'other build:done work'],
  ['exit', 'process exit'],
];

/** Rows for the time after page generation, split by the integration that logged it. */
function hookRows(cold, warm) {
  const names = [...new Set([...cold, ...warm].flatMap((r) => Object.keys(r.hooks ?? {})))];
  return names.map((name) => {
    const c = stat(cold, (r) => r.hooks?.[name] ?? 0);
    const w = stat(warm, (r) => r.hooks?.[name] ?? 0);
    const label = name === 'build' ? 'Astro, and hooks that print no tagged line' : `[${name}]`;
    return [`&nbsp;&nbsp;· ${label}`, sec(c.median), sec(c.min), sec(w.median), sec(w.min)];
  });
}

const stat = (runs, get) => ({ median: median(runs.map(get)), min: min(runs.map(get)) });
const yesNo = (runs) => {
  const launches = runs.map((r) => r.diagrams.browserLaunches);
  if (launches.some((l) => l === undefined)) return 'unknown (renderer state not observed)';
  const launched = launches.filter((l) => l > 0).length;
  return launched === 0 ? 'no' : launched === runs.length ? 'yes' : `in ${launched} of ${runs.length} runs`;
};
const diagramCounts = (runs) => {
  const r = runs.map((x) => x.diagramsLog ?? { rendered: x.diagrams.cacheMisses, cached: x.diagrams.cacheHits });
  const rendered = [...new Set(r.map((x) => x.rendered))].join('/');
  const cached = [...new Set(r.map((x) => x.cached))].join('/');
  return `${rendered} rendered, ${cached} from cache`;
};

function machineSection(m, totalSeconds) {
  const v = m.versions;
  const load = (l) => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '–');
  return [
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['Date', m.date],
        ['CPU', m.cpu],
        ['Cores', String(m.cores)],
        ['RAM', `${m.ramGiB.toFixed(1)} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['Packages', Object.entries(v).map(([k, x]) => `${k} ${x ?? '?'}`).join(', ')],
        ['Commit', m.commit ?? '–'],
        ['Load average (1/5/15 min)', `${load(m.loadAtStart)} at start, ${load(m.loadAtEnd)} at the end`],
        ['Benchmark run time', `${(totalSeconds / 60).toFixed(1)} min`],
      ],
    ),
  ].join('\n');
}

function lighthouseVerdict(lh) {
  if (!lh) return ['not measured', []];
  const misses = [];
  for (const r of lh.results) {
    for (const [category, score] of Object.entries(r.scores)) {
      if (score === null || score < LIGHTHOUSE_TARGET) misses.push({ ...r, category, score });
    }
  }
  const runs = lh.results.length;
  if (misses.length === 0) return [`**met**: every category ≥ ${LIGHTHOUSE_TARGET} in all ${runs} runs (${runs / 2} pages × mobile, desktop)`, misses];
  const list = misses.map((m) => `${m.kind} ${m.formFactor} ${m.category} ${m.score ?? 'n/a'}`).join('; ');
  return [`**missed** in ${misses.length} of ${runs * 4} page × form factor × category scores: ${list}`, misses];
}

/** Diagrams a build met (rendered or from the cache). */
const diagramUses = (run) => (run.diagramsLog ? run.diagramsLog.cached + run.diagramsLog.rendered : run.diagrams.cacheHits + run.diagrams.cacheMisses);

/**
 * Growth of the measured (cached-diagram) builds with the number of pages. Minimums, not
 * medians: on a shared machine the fastest run is the one least disturbed by other work.
 */
function scalingAnalysis(scaling) {
  if (!scaling || scaling.length < 2) return undefined;
  const points = scaling
    .map((s) => {
      const fastest = s.runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
      const fill = s.fill;
      const rendered = fill ? (fill.diagramsLog?.rendered ?? fill.diagrams.cacheMisses) : 0;
      return {
        factor: s.factor,
        pages: median(s.runs.map((r) => r.pages)),
        wall: fastest.wallMs,
        wallMedian: median(s.runs.map((r) => r.wallMs)),
        phases: fastest.phases,
        hooks: fastest.hooks,
        htmlPerPage: s.dist.html / s.dist.htmlFiles,
        diagrams: diagramUses(fastest),
        renderedInFill: rendered,
        // Per diagram only where enough were rendered for the browser start not to dominate.
        msPerDiagram: rendered >= 20 ? fill.diagrams.renderBusyMs / rendered : undefined,
      };
    })
    .sort((a, b) => a.factor - b.factor);
  const marginal = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const dp = b.pages - a.pages;
    marginal.push({
      from: a.factor,
      to: b.factor,
      wall: (b.wall - a.wall) / dp,
      pageGeneration: (b.phases.pageGeneration - a.phases.pageGeneration) / dp,
      searchIndex: (b.phases.searchIndex - a.phases.searchIndex) / dp,
    });
  }
  const [first, last] = [points[0], points.at(-1)];
  const exponent = Math.log(last.wall / first.wall) / Math.log(last.pages / first.pages);
  const growth = marginal.length > 1 ? marginal.at(-1).wall / marginal[0].wall : undefined;
  const perPageGrowth = last.wall / last.pages / (first.wall / first.pages);
  // Per page, at the largest size against the smallest: the work that every page costs.
  const perPage = (p, key) => p.phases[key] / p.pages;
  const phaseGrowth = {
    pageGeneration: perPage(last, 'pageGeneration') / perPage(first, 'pageGeneration'),
    searchIndex: perPage(last, 'searchIndex') / perPage(first, 'searchIndex'),
    html: last.htmlPerPage / first.htmlPerPage,
  };
  // Linear: one more page costs no more in a big site than in a small one, overall and in
  // page generation (the phase that scales with pages; start-up and bundling do not).
  const overall = growth === undefined ? perPageGrowth : growth;
  const linear = overall <= 1 + LINEAR_TOLERANCE && phaseGrowth.pageGeneration <= 1 + LINEAR_TOLERANCE;
  const perDiagram = points.filter((p) => p.msPerDiagram !== undefined);
  return { points, marginal, exponent, growth, perPageGrowth, phaseGrowth, linear, perDiagram };
}

function scalingVerdict(analysis) {
  if (!analysis) return 'not measured';
  const { marginal, exponent, perPageGrowth, phaseGrowth, linear, points, growth } = analysis;
  const [first, last] = [points[0], points.at(-1)];
  const m = marginal.map((x) => `${msec(x.wall)} per added page from ${x.from}× to ${x.to}×`).join(', ');
  const limit = (1 + LINEAR_TOLERANCE).toFixed(2);
  return (
    `${linear ? '**met**' : '**missed**'}: with diagrams from the cache, ${last.factor}× the content (${last.pages} pages against ` +
    `${first.pages}) took ${(last.wall / first.wall).toFixed(1)}× as long (exponent ${exponent.toFixed(2)}; 1 is linear; ` +
    `time per page ×${perPageGrowth.toFixed(2)}, fixed start-up costs weigh less in a bigger site); ${m}` +
    (growth !== undefined ? ` (×${growth.toFixed(2)})` : '') +
    `. Per page, from ${first.factor}× to ${last.factor}×: page generation ×${phaseGrowth.pageGeneration.toFixed(2)}, ` +
    `search index ×${phaseGrowth.searchIndex.toFixed(2)}, HTML ×${phaseGrowth.html.toFixed(2)}. ` +
    `Rule: linear if neither the cost per added page nor page generation per page grows more than ×${limit}`
  );
}

function buildsSection(builds) {
  const { cold, warm } = builds;
  const rows = PHASES.flatMap(([key, label]) => {
    const c = stat(cold, (r) => r.phases[key]);
    const w = stat(warm, (r) => r.phases[key]);
    const row = [label, sec(c.median), sec(c.min), sec(w.median), sec(w.min)];
    return key === 'otherHooks' ? [row, ...hookRows(cold, warm)] : [row];
  });
  const cw = stat(cold, (r) => r.wallMs);
  const ww = stat(warm, (r) => r.wallMs);
  rows.push(['**total, wall clock**', `**${sec(cw.median)}**`, sec(cw.min), `**${sec(ww.median)}**`, sec(ww.min)]);
  const cd = stat(cold, (r) => r.diagrams.renderBusyMs);
  const wd = stat(warm, (r) => r.diagrams.renderBusyMs);
  rows.push(['diagrams: time rendering (part of content sync / page generation)', sec(cd.median), sec(cd.min), sec(wd.median), sec(wd.min)]);
  rows.push(['diagrams: count', diagramCounts(cold), '', diagramCounts(warm), '']);
  rows.push(['diagrams: browser launched', yesNo(cold), '', yesNo(warm), '']);
  return [
    '## (a) Build time: cold and warm',
    '',
    `The real content, ${cold[0].pages} HTML pages. **Cold**: no \`node_modules/.astro\`, \`node_modules/.cache/atlas-diagrams\`, ` +
      `\`node_modules/.vite\` or \`dist\`, and an empty Node compile cache, as on a fresh clone. **Warm**: the same build again ` +
      `right after, with every cache it left. ${cold.length} run(s) of each, in rounds of cold, warm and (for (e)) a ` +
      `cached-diagram build.`,
    '',
    table(['phase', 'cold median', 'cold min', 'warm median', 'warm min'], rows),
    '',
    'Phases are cut at the lines Astro prints, timed to the millisecond as they are printed (Astro’s own timestamps have ' +
      'one-second resolution): *start-up* runs from process start to "Syncing content"; *content sync* to "Synced content" ' +
      '(loading, validating and rendering every entry: Markdown, and the diagrams of `.md` files); *types and build info* to ' +
      '"Building static entrypoints"; *bundling* to "generating static routes"; *page generation* to its "Completed in"; ' +
      '*search index* is Pagefind’s; *other build:done work* runs to Astro’s "page(s) built" line, split by the integration ' +
      'whose log line ended each stretch (hooks run one after another and log when done; `[atlas:mermaid-diagrams]` closes ' +
      'the diagram browser); *process exit* is the rest. *Diagrams* is the time the Mermaid ' +
      'render queue was busy (browser start and Mermaid load included); it overlaps the phase in which the diagrams are met, ' +
      'so it is not added to the total.',
  ].join('\n');
}

/** Time after the pages and the search index, with the integration that took most of it. */
function otherWork(point) {
  const [name, ms] = Object.entries(point.hooks ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  const total = (point.phases.otherHooks ?? 0) + (point.phases.exit ?? 0);
  return name ? `${sec(total)} (most: ${name === 'build' ? 'untagged' : `[${name}]`} ${sec(ms)})` : sec(total);
}

function scalingSection(scaling, analysis, copied) {
  const rows = scaling
    .slice()
    .sort((a, b) => a.factor - b.factor)
    .map((s) => {
      const entries = Object.entries(s.entries)
        .filter(([c]) => copied.includes(c))
        .reduce((n, [, v]) => n + v, 0);
      const point = analysis.points.find((p) => p.factor === s.factor);
      const marginal = analysis.marginal.find((m) => m.to === s.factor);
      const pages = point.pages;
      const fill = s.fill;
      const fillRendered = point.renderedInFill;
      return [
        `${s.factor}×`,
        String(entries),
        String(pages),
        String(point.diagrams),
        fill ? `${sec(fill.wallMs)}: ${fillRendered} rendered (${point.msPerDiagram === undefined ? '–' : msec(point.msPerDiagram)} each)` : '–',
        String(s.runs.length),
        sec(point.wallMedian),
        `**${sec(point.wall)}**`,
        msec(point.wall / pages),
        marginal ? msec(marginal.wall) : '–',
        sec(point.phases.contentSync),
        `${sec(point.phases.pageGeneration)} (${msec(point.phases.pageGeneration / pages)}/page)`,
        `${sec(point.phases.searchIndex)} (${msec(point.phases.searchIndex / pages)}/page)`,
        otherWork(point),
        kib(s.dist.html / s.dist.htmlFiles),
        kib(s.dist.sidebar),
        mib(s.dist.total),
      ];
    });
  const perDiagram = analysis.perDiagram;
  const diagramGrowth =
    perDiagram.length > 1
      ? `Rendering one diagram took ${perDiagram.map((p) => `${msec(p.msPerDiagram)} at ${p.factor}×`).join(', ')} ` +
        `(render-queue time over the diagrams rendered in the first build at each size, one browser start included). `
      : '';
  return [
    '## (b) Build time against content size',
    '',
    `The real content and synthetic sites with ${scaling
      .map((x) => x.factor)
      .filter((f) => f > 1)
      .sort((a, b) => a - b)
      .map((f) => `${f}×`)
      .join(' and ')} as many entries. Each extra copy *r* duplicates every entry of ` +
      `${copied.map((c) => `\`${c}\``).join(', ')} with the id suffix \`-x<r>\`, the title suffix "(copy r)" and its ` +
      `references pointing at copy *r*’s own entries (plans keep weeks 1…n), so each copy has the real link graph; ` +
      `Starlight’s own pages (\`src/content/docs\`) are not copied.`,
    '',
    `Rendering diagrams dominates a cold build (see (e)) and a fully cold build at 10× would take most of this benchmark’s ` +
      `time budget, so the sizes share one diagram cache: a *first build* at each size renders the diagrams not cached yet ` +
      `(at 1× this is a cold build; sizes run largest first, so a smaller size’s first build renders only the diagrams that ` +
      `list the whole site), then the *measured builds* run with no cache but that one — no ` +
      `\`node_modules/.astro\`, Vite cache, \`dist\` or Node compile cache. Growth is judged on the measured builds’ ` +
      `minimum (the run least disturbed by other work on the machine).`,
    '',
    table(
      [
        'content',
        'entries',
        'pages',
        'diagrams',
        'first build',
        'runs',
        'build median',
        'build min',
        'per page',
        'per added page',
        'content sync',
        'page generation',
        'search index',
        'other build:done work',
        'HTML KiB/page',
        'sidebar KiB/page',
        'dist MiB',
      ],
      rows,
    ),
    '',
    `Growth: ${scalingVerdict(analysis)}.`,
    '',
    diagramGrowth +
      'Every page carries the whole sidebar (all plans with their weeks, projects, topics, checklists, templates and ' +
      'reading lists, collapsed groups included; *sidebar KiB/page* is its median size over every tenth page), so the HTML ' +
      'of one page grows with the size of the site and the whole output with its square; page generation, Pagefind (which ' +
      'reads every page) and the build:done hooks that read every page pay for that. Identical diagrams met by several pages in one build ' +
      'are rendered once each time they are met if no render of them has finished yet: the cache is checked before a ' +
      'render starts, and renders in flight are not shared.',
  ].join('\n');
}

function weightsSection(weights, types) {
  const cell = (x) => `${kib(x.raw)} / ${kib(x.gzip)}`;
  const rows = weights.map((w) => [w.kind, pagePath(w.path), ...types.map((t) => (w.byType[t].requests ? cell(w.byType[t]) : '0')), `**${cell(w.total)}**`, String(w.total.requests)]);
  const others = [...new Set(weights.flatMap((w) => w.other.map((u) => new URL(u).pathname)))];
  const blocked = weights.flatMap((w) => w.blocked);
  return [
    '## (c) Bytes per page',
    '',
    'One page of each kind, loaded in Chromium (playwright-core) from the build served on 127.0.0.1, in a fresh browser ' +
      'context (empty cache): every response until the network is idle, summed by type. KiB, raw / gzip (gzip level 6, ' +
      'computed here; the local server sends files uncompressed). CSS and JS are shared between pages, so a reader pays for ' +
      'them once.',
    '',
    table(['kind', 'page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total', 'requests'], rows),
    '',
    `*Other*: ${others.map((o) => `\`${o}\``).join(', ') || 'nothing'}. Not counted: what loads only on demand (the ` +
      `Pagefind index when the search opens, print stylesheets’ use, downloads). Requests that tried to leave loopback: ` +
      `${blocked.length ? blocked.map((u) => `\`${u}\``).join(', ') : 'none'}.`,
  ].join('\n');
}

function lighthouseSection(lh, categories, verdictMisses) {
  const rows = lh.results.map((r) => [
    r.kind,
    pagePath(r.path),
    r.formFactor,
    ...categories.map((c) => {
      const score = r.scores[c] === null ? 'n/a' : r.scores[c] < LIGHTHOUSE_TARGET ? `**${r.scores[c]}**` : String(r.scores[c]);
      const all = r.performanceScores ?? [];
      return c === 'performance' && all.length > 1 ? `${score} (${Math.min(...all)}–${Math.max(...all)})` : score;
    }),
    r.metrics['first-contentful-paint'] ?? '–',
    r.metrics['largest-contentful-paint'] ?? '–',
    r.metrics['total-blocking-time'] ?? '–',
    r.metrics['cumulative-layout-shift'] ?? '–',
  ]);
  const missLines = verdictMisses.map((m) => {
    const audits = m.misses[m.category].map((a) => `\`${a.id}\` (${a.score}${a.value ? `, ${a.value}` : ''})`).join(', ');
    const why = [];
    if (m.category === 'performance') {
      const cls = m.misses.performance.find((a) => a.id === 'cumulative-layout-shift');
      if (cls && m.layoutShifts?.length) {
        why.push(`elements that shifted: ${m.layoutShifts.map((l) => `\`${l.selector}\` (${l.score.toFixed(3)})`).join(', ')}`);
      }
      if (m.diagnostics?.length) why.push(`flagged: ${m.diagnostics.map((d) => `\`${d.id}\`${d.value ? ` (${d.value})` : ''}`).join(', ')}`);
    }
    return `- ${m.kind} (${pagePath(m.path)}), ${m.formFactor}, ${m.category} ${m.score}: ${audits || 'no single audit below full score'}${why.length ? `; ${why.join('; ')}` : ''}`;
  });
  const shortfalls = [];
  for (const r of lh.results) {
    for (const c of categories) {
      if (r.scores[c] !== null && r.scores[c] >= LIGHTHOUSE_TARGET && r.misses[c].length > 0) {
        shortfalls.push(`${r.kind} ${r.formFactor} ${c}: ${r.misses[c].map((a) => `\`${a.id}\` (${a.score})`).join(', ')}`);
      }
    }
  }
  const external = [...new Set(lh.results.flatMap((r) => r.external))];
  const warnings = [...new Set(lh.results.flatMap((r) => r.warnings))];
  const bench = lh.results.map((r) => r.benchmarkIndex).filter(Boolean);
  return [
    '## (d) Lighthouse',
    '',
    `Lighthouse ${lh.results[0]?.lighthouseVersion ?? '?'} (npm) driving ${lh.browserVersion} through a DevTools port on ` +
      `127.0.0.1; mobile is Lighthouse’s default (emulated phone, simulated slow 4G and 4× CPU slowdown), desktop its ` +
      `desktop config. ${lh.runs > 1 ? `${lh.runs} runs per page and form factor; the run with the median performance score is shown` : 'One run per page and form factor'}. ` +
      `The browser had a dead proxy for every host but loopback and a resolver for no other name.`,
    '',
    table(['kind', 'page', 'form factor', ...categories, 'FCP', 'LCP', 'TBT', 'CLS'], rows),
    '',
    missLines.length ? `Below ${LIGHTHOUSE_TARGET}, with the audits that lost points (score 0–1, value):\n\n${missLines.join('\n')}` : `No score below ${LIGHTHOUSE_TARGET}.`,
    '',
    shortfalls.length ? `Audits short of a full score in categories that still reached ${LIGHTHOUSE_TARGET}:\n\n${shortfalls.map((s) => `- ${s}`).join('\n')}` : '',
    '',
    `Requests outside loopback in Lighthouse’s network logs: ${external.length ? external.map((u) => `\`${u}\``).join(', ') : 'none'}. ` +
      `Lighthouse’s CPU benchmark index on this machine: ${bench.length ? `${Math.min(...bench)}–${Math.max(...bench)}` : '?'}` +
      (warnings.length ? `. Run warnings: ${warnings.join('; ')}` : '') +
      '.',
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}

function diagramSection(builds) {
  const empty = builds.cold;
  const full = builds.cachedDiagrams;
  const e = stat(empty, (r) => r.wallMs);
  const f = stat(full, (r) => r.wallMs);
  const eb = stat(empty, (r) => r.diagrams.renderBusyMs);
  const fb = stat(full, (r) => r.diagrams.renderBusyMs);
  const es = stat(empty, (r) => r.diagrams.browserStartMs);
  const phaseRow = (key, label) => [label, sec(stat(empty, (r) => r.phases[key]).median), sec(stat(full, (r) => r.phases[key]).median)];
  const saving = e.median - f.median;
  const rendered = empty[0].diagramsLog?.rendered ?? empty[0].diagrams.cacheMisses;
  return [
    '## (e) The diagram cache',
    '',
    'A cold build against a build with every diagram cached. Both start without `node_modules/.astro` (so without ' +
      '`data-store.json`, where the content layer keeps rendered Markdown: every entry is rendered again), Vite’s cache, ' +
      '`dist` or a Node compile cache; they differ only in `node_modules/.cache/atlas-diagrams`: empty, or holding ' +
      `every diagram (${[...new Set(full.map((r) => r.cachedFiles))].join('/')} files) from the builds before. ` +
      `${empty.length} run(s) of each; the empty-cache builds are (a)’s cold builds.`,
    '',
    table(
      ['', 'empty diagram cache', 'full diagram cache'],
      [
        ['build, median (min)', `${sec(e.median)} (${sec(e.min)})`, `${sec(f.median)} (${sec(f.min)})`],
        phaseRow('contentSync', 'content sync, median'),
        phaseRow('pageGeneration', 'page generation, median'),
        ['diagrams', diagramCounts(empty), diagramCounts(full)],
        ['browser launched', yesNo(empty), yesNo(full)],
        ['time rendering diagrams, median', sec(eb.median), sec(fb.median)],
        ['of which browser start and Mermaid load, median', sec(es.median), '–'],
      ],
    ),
    '',
    `Saving: **${sec(saving)}** per build (${((saving / e.median) * 100).toFixed(0)}% of the cold build) for ${rendered} ` +
      `diagrams, ${msec((eb.median ?? 0) / Math.max(1, rendered))} of render-queue time per diagram, of which starting ` +
      `Chromium and loading Mermaid is ${sec(es.median)} once per build.`,
  ].join('\n');
}

export function renderReport(results, { categories, weightTypes }) {
  const [lhVerdict, lhMisses] = lighthouseVerdict(results.lighthouse);
  const analysis = scalingAnalysis(results.scaling);
  const skipped = ['a', 'b', 'c', 'd', 'e'].filter((s) => !results.options.only.includes(s));
  const parts = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` (\`scripts/bench.mjs\`) on ${results.machine.date.slice(0, 10)}; running it again rewrites ` +
      'this page. Every build ran in a throwaway copy of the project (project files copied, `node_modules` hard-linked, its ' +
      'caches removed in the copy), so the project’s own `dist` and caches were not used or changed. Times are wall clock on ' +
      'a shared machine: compare medians and minimums, and see the load average below.',
    '',
    machineSection(results.machine, results.totalSeconds),
    '',
    '## Targets',
    '',
    table(
      ['target', 'result'],
      [
        [`Lighthouse ≥ ${LIGHTHOUSE_TARGET} in all four categories on every sampled page`, lhVerdict],
        ['Build time grows no faster than linearly with the content', scalingVerdict(analysis)],
      ],
    ),
  ];
  if (results.builds?.warm?.length && results.options.only.includes('a')) parts.push('', buildsSection(results.builds));
  if (results.scaling) parts.push('', scalingSection(results.scaling, analysis, results.copiedCollections));
  if (results.weights) parts.push('', weightsSection(results.weights, weightTypes));
  if (results.lighthouse) parts.push('', lighthouseSection(results.lighthouse, categories, lhMisses));
  if (results.builds?.cachedDiagrams?.length && results.options.only.includes('e')) parts.push('', diagramSection(results.builds));
  parts.push(
    '',
    '## Not measured here',
    '',
    [
      skipped.length ? `- Sections skipped in this run: ${skipped.join(', ')}.` : undefined,
      '- The dev server (`astro dev`) and incremental rebuilds after an edit: only full production builds are timed.',
      '- Real networks and devices: page weights are bytes, not load times, and Lighthouse’s mobile figures are its simulation.',
      `- Lighthouse variance beyond ${results.lighthouse?.runs > 1 ? `the ${results.lighthouse.runs} runs` : 'the one run'} per page and form factor (the table gives the performance range; \`--lh-runs N\` takes the median of N). Layout shift in particular depends on when scripts run and can differ between runs.`,
      '- Build network access is not sandboxed (Astro telemetry is switched off for the runs); the browser checks above are.',
    ]
      .filter(Boolean)
      .join('\n'),
    '',
  );
  return parts.join('\n');
}
