// The sites the benchmark builds, in a scratch folder so the project's own dist/ and caches are
// never used or changed: copies of the project (its content multiplied for the scaling runs) and
// a bare Starlight site to compare page weight with. The sites are subfolders of the scratch
// folder, which holds one hard-linked copy of the project's node_modules for all of them (Vite
// does not follow a symbolic link to node_modules outside the root); each build's caches are
// redirected into its own site folder (see build.ts).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD = fileURLToPath(new URL('./build.ts', import.meta.url));
/** What the site needs to build; tests, docs and dist stay behind. */
export const PROJECT_FILES = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'scripts',
];

/** Gives the scratch folder `work` the project's node_modules, hard-linked, without its caches. */
export function linkNodeModules(work: string) {
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(work, 'node_modules')]);
  // Removing a hard-linked folder removes the links only; a write into a cache that was left
  // would reach the project's own file.
  for (const cache of ['.astro', '.cache', '.vite']) {
    rmSync(join(work, 'node_modules', cache), { recursive: true, force: true });
  }
}

/** Copies the project to `dir`, a subfolder of the scratch folder. */
export function copyProject(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const item of PROJECT_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
}

/** Writes a bare Starlight site (one splash page, one docs page) to `dir`. */
export function writeBareStarlight(dir: string) {
  const files = {
    // Vite bundles (rather than imports) the Astro packages a site lists as dependencies.
    'package.json': JSON.stringify({
      name: 'bare-starlight',
      type: 'module',
      private: true,
      dependencies: { astro: '*', '@astrojs/starlight': '*' },
    }),
    'astro.config.mjs': [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ integrations: [starlight({ title: 'Bare' })] });",
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    ].join('\n'),
    'src/content/docs/index.md':
      '---\ntitle: Bare\ntemplate: splash\n---\n\nA bare Starlight site.\n',
    'src/content/docs/guide.md':
      '---\ntitle: Guide\ndescription: A page of text.\n---\n\n## A heading\n\nA paragraph of text.\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** One build's figures: what build.ts wrote, and the wall-clock time of its whole process. */
export interface BuildFigures {
  processMs: number;
  wallMs: number;
  phases: Record<string, number>;
  generatedAt: number;
  doneAt: number;
  dir: string;
  routes: Record<string, string[]>;
}

/**
 * Builds the site in `dir` from scratch (no dist, no Astro or Vite cache) in a child process;
 * `diagramCache` is the only cache it may find. Resolves with the timings of build.ts and the
 * wall-clock time of the whole process.
 */
export async function buildSite(dir: string, diagramCache: string): Promise<BuildFigures> {
  const cache = join(dir, '.bench-cache');
  for (const path of [cache, join(dir, 'dist'), join(dir, '.astro')])
    rmSync(path, { recursive: true, force: true });
  const out = join(cache, 'timings.json');
  mkdirSync(cache, { recursive: true });
  const env = { ...process.env, ATLAS_DIAGRAM_CACHE: diagramCache, ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [BUILD, dir, out, cache], { cwd: dir, env });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    },
  );
  const processMs = performance.now() - started;
  if (code !== 0) throw new Error(`build of ${dir} failed (exit ${code}):\n${output.slice(-4000)}`);
  return {
    processMs,
    ...(JSON.parse(readFileSync(out, 'utf8')) as Omit<BuildFigures, 'processMs'>),
  };
}
