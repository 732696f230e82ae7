import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_FILES } from '../../scripts/bench/sites.ts';

const run = promisify(execFile);
const ROOT = process.cwd();
export interface SiteCopy {
  dir: string;
  /** Restores src/ to the content it was made with, undoing a previous case's edits. */
  reset(): void;
  /** Runs an npm-installed CLI (astro …) in the copy; never throws, returns exit code and all output. */
  exec(
    command: string,
    args: string[],
    env?: Record<string, string>,
  ): Promise<{ code: number; output: string }>;
  /** Runs a Node script of the copy (`scripts/check.ts` …) the way `npm run` would; never throws. */
  node(
    script: string,
    args: string[],
    env?: Record<string, string>,
  ): Promise<{ code: number; output: string }>;
  remove(): void;
}

/**
 * The environment a person's shell would give the command: without what Vitest adds. Vitest sets
 * NODE_ENV=test (a build then ships dev-only UI) and mirrors import.meta.env into process.env
 * (BASE_URL=/ would override the site's configured base path).
 */
function userEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST'),
    ),
  );
}

/** Runs the Node script `script` with `args` in `cwd`, in a person's environment plus `env`; never throws. */
export async function runNode(
  cwd: string,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd,
      env: { ...userEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    };
  }
}

/** Where fixture sites are built: inside the project (git-ignored), so packages resolve upwards. */
export const FIXTURE_SITES = join(ROOT, '.cache', 'fixture-sites');

/**
 * The real project (config, routes, components, schemas, integrations, scripts) with a small
 * content folder, `tests/fixtures/<scenario>/content`, in place of `src/content`. It builds in a
 * fraction of the time of the whole site, through the same code, so tests of build behaviour (base
 * path, content updates, derived lists) stay as strict while costing seconds instead of minutes.
 *
 * The copy lives under `.cache/` in the project rather than in the system's temporary folder: Node
 * finds the project's `node_modules` by walking up, so nothing has to be linked, and Astro's and
 * Vite's caches (`node_modules/.astro`, `.vite` below the copy's own root) stay private to it.
 */
export function fixtureSite(scenario: string): SiteCopy {
  const content = join(ROOT, 'tests', 'fixtures', scenario, 'content');
  mkdirSync(FIXTURE_SITES, { recursive: true });
  const dir = mkdtempSync(join(FIXTURE_SITES, `${scenario}-`));
  for (const item of PROJECT_FILES.filter((item) => item !== 'src')) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  // The code of src/ as it is, and the fixture's content instead of the site's.
  for (const item of readdirSync(join(ROOT, 'src')).filter((item) => item !== 'content')) {
    cpSync(join(ROOT, 'src', item), join(dir, 'src', item), { recursive: true });
  }
  const copyContent = () => {
    rmSync(join(dir, 'src', 'content'), { recursive: true, force: true });
    cpSync(content, join(dir, 'src', 'content'), { recursive: true });
  };
  copyContent();
  // Diagrams are rendered once and then read from a cache keyed by their source, as in the
  // project's own builds; fixture sites share one that outlives the copies, so a diagram an edit
  // does not touch is not rendered again by every build of every test.
  const diagramCache = join(ROOT, 'node_modules', '.cache', 'atlas-fixture-diagrams');
  return siteIn(dir, join(ROOT, 'node_modules', '.bin'), copyContent, {
    ATLAS_DIAGRAM_CACHE: diagramCache,
  });
}

/** The commands of a site copy in `dir`; `reset` puts its src/ back as it was made. */
function siteIn(
  dir: string,
  binDir: string,
  reset: () => void,
  siteEnv: Record<string, string> = {},
): SiteCopy {
  const node: SiteCopy['node'] = (script, args, env = {}) =>
    runNode(dir, script, args, { ...siteEnv, ...env });
  return {
    dir,
    reset,
    exec: (command, args, env) => node(join(binDir, command), args, env),
    node,
    remove() {
      // Retries: a build that a timed-out test left running may still be writing into the copy.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
    },
  };
}
