// npm run check [-- --only content,lint] [--root <project>]
// Runs every check (in two lanes, see LANES) and reports all problems, each as
// `file:line: field: what is wrong (what is allowed)`; exits non-zero if any check found one.
// Content problems are the ones the build itself raises (src/validation): this
// script runs Astro's sync() and build() programmatically and prints the structured problems
// they carry. The checks live in scripts/check/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTypes } from './check/types.ts';
import { checkContent, checkIntegrityRules } from './check/content.ts';
import { checkLint } from './check/lint.ts';
import { checkLinks } from './check/links.ts';
import { runScript } from './check/npm-script.ts';
import type { CheckResult } from './check/check-result.ts';

interface Check {
  name: string;
  title: string;
  run: (root: string) => Promise<CheckResult>;
}

const CHECKS: Check[] = [
  {
    name: 'types',
    title: 'type checking (astro check, then the Node tools: npm run typecheck:scripts)',
    run: checkTypes,
  },
  {
    name: 'content',
    title:
      'schemas, references, ids, Markdown and diagrams (astro sync); warns of old topic reviews',
    run: checkContent,
  },
  {
    name: 'lint',
    title: 'mojibake and placeholders in src/content, then npm run lint',
    run: checkLint,
  },
  {
    name: 'format',
    title: 'formatting (npm run format:check)',
    run: (root) => runScript(root, 'format:check'),
  },
  {
    name: 'links',
    title: 'internal links (astro build with starlight-links-validator)',
    run: checkLinks,
  },
  {
    name: 'integrity',
    title:
      'integrity rules: prerequisite cycles, week and project numbers, plan dates (same astro sync)',
    run: checkIntegrityRules,
  },
];
const NAMES = CHECKS.map((c) => c.name);

function usage(message?: string): never {
  if (message) console.error(`check: ${message}`);
  console.error(
    `usage: npm run check [-- --only ${NAMES.join(',')}] [--root <project>]\n  checks, in order: ${CHECKS.map((c) => `${c.name} (${c.title})`).join('; ')}`,
  );
  process.exit(message ? 2 : 0);
}

function parseArgs(argv: string[]) {
  let only = NAMES;
  let root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (flag: string) => (arg === flag ? argv[++i] : arg.slice(flag.length + 1));
    if (arg === '--help' || arg === '-h') usage();
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const list = value('--only');
      if (!list) usage('--only needs a list of checks');
      only = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = only.filter((n) => !NAMES.includes(n));
      if (unknown.length)
        usage(
          `unknown check ${unknown.map((n) => `"${n}"`).join(', ')} (allowed: ${NAMES.join(', ')})`,
        );
    } else if (arg === '--root' || arg.startsWith('--root=')) {
      const dir = value('--root');
      if (!dir) usage('--root needs a project folder');
      root = resolve(dir);
    } else usage(`unknown argument "${arg}"`);
  }
  return { only, root };
}

const { only, root } = parseArgs(process.argv.slice(2));

/**
 * Checks run in two lanes side by side. The first runs Astro (its content layer, its type
 * checker, its build) and ESLint one after another: typed lint reads the types Astro generates
 * (`.astro/`), so it must start after they exist and not while a sync rewrites them. Prettier
 * needs neither and runs beside them. Each check's output is printed as one block when it ends.
 */
const LANES = [['types', 'content', 'integrity', 'lint', 'links'], ['format']];
let contentBlocksBuild = false;

async function runCheck(check: Check) {
  const started = performance.now();
  let result: CheckResult;
  if (check.name === 'links' && contentBlocksBuild) {
    result = {
      problems: [],
      skipped: 'the build stops at the content problems above; fix them first',
    };
  } else {
    try {
      result = await check.run(root);
    } catch (error) {
      result = {
        problems: [
          `${check.name} could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ],
      };
    }
  }
  if (result.blocksBuild) contentBlocksBuild = true;
  const seconds = (performance.now() - started) / 1000;
  const lines = [`\n▶ ${check.name}: ${check.title}`];
  if (result.output?.trim()) lines.push(result.output.trimEnd());
  lines.push(...result.problems);
  lines.push(...(result.warnings ?? []).map((warning) => `warning: ${warning}`));
  if (result.note) lines.push(`note: ${result.note}`);
  if (result.skipped) lines.push(`skipped: ${result.skipped}`);
  else if (result.problems.length === 0) lines.push('ok');
  console.log(lines.join('\n'));
  return {
    name: check.name,
    count: result.problems.length,
    warnings: result.warnings?.length ?? 0,
    skipped: Boolean(result.skipped),
    seconds,
  };
}

const byLane = await Promise.all(
  LANES.map(async (lane) => {
    const done = [];
    for (const check of CHECKS.filter((c) => lane.includes(c.name) && only.includes(c.name))) {
      done.push(await runCheck(check));
    }
    return done;
  }),
);
// The summary lists the checks in their usual order, whichever lane ran them.
const results = byLane.flat().sort((a, b) => NAMES.indexOf(a.name) - NAMES.indexOf(b.name));

const failed = results.filter((r) => r.count > 0);
console.log(
  `\n${failed.length ? '✖' : '✔'} check: ${results
    .map(
      (r) =>
        `${r.name} ${r.skipped ? 'skipped' : r.count ? `${r.count} problem${r.count === 1 ? '' : 's'}` : 'ok'} (${r.warnings ? `${r.warnings} warning${r.warnings === 1 ? '' : 's'}, ` : ''}${r.seconds.toFixed(1)}s)`,
    )
    .join(' · ')}`,
);
process.exit(failed.length || results.some((r) => r.skipped) ? 1 : 0);
