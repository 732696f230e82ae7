import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();
/** What a site needs to build; everything else (tests, dist, docs) stays behind. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];
/** Caches that must not be shared: node_modules is hard-linked, and a write through a link would change ours. */
const PRIVATE_CACHES = ['node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite'];

export interface SiteCopy {
  dir: string;
  /** Restores src/ to the project's current content, undoing a previous case's edits. */
  reset(): void;
  /** Runs an npm-installed CLI (astro …) in the copy; never throws, returns exit code and all output. */
  exec(command: string, args: string[], env?: Record<string, string>): Promise<{ code: number; output: string }>;
  /** Runs a Node script of the copy (`scripts/check.mjs` …) the way `npm run` would; never throws. */
  node(script: string, args: string[], env?: Record<string, string>): Promise<{ code: number; output: string }>;
  remove(): void;
}

/**
 * The environment a person's shell would give the command: without what Vitest adds. Vitest sets
 * NODE_ENV=test (a build then ships dev-only UI) and mirrors import.meta.env into process.env
 * (BASE_URL=/ would override the site's configured base path).
 */
function userEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/**
 * A throwaway copy of the project for tests that must build or check broken content.
 * node_modules is hard-linked (fast, no download); the caches inside it are private.
 */
export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  for (const item of PROJECT_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  // Hard links keep the copy cheap; `cp -al` is the portable way to make them for a whole tree.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')], { stdio: 'ignore' });
  for (const cache of PRIVATE_CACHES) rmSync(join(dir, cache), { recursive: true, force: true });
  const node: SiteCopy['node'] = async (script, args, env = {}) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [script, ...args], {
        cwd: dir,
        env: { ...userEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  };
  return {
    dir,
    reset() {
      rmSync(join(dir, 'src'), { recursive: true, force: true });
      cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    },
    exec: (command, args, env) => node(join(dir, 'node_modules', '.bin', command), args, env),
    node,
    remove() {
      // Retries: a build that a timed-out test left running may still be writing into the copy.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
    },
  };
}
