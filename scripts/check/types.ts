// (a) Type checking: `astro check` (@astrojs/check) for the .astro and .ts files, then the Node
// tools (`npm run typecheck:scripts`, tsc over scripts/tsconfig.json). Diagnostics
// are shown as the tools printed them; their exit codes say whether there were errors.
import { join } from 'node:path';
import { runCommand, runScript } from './npm-script.ts';
import type { CheckResult } from './check-result.ts';

async function astroCheck(root: string): Promise<CheckResult> {
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const { code, output, error } = await runCommand(root, process.execPath, [
    astro,
    'check',
    '--minimumSeverity',
    'warning',
  ]);
  if (error) return { problems: [`astro check could not run: ${error.message}`] };
  return {
    output,
    problems: code === 0 ? [] : [`astro check found type errors (listed above; exit code ${code})`],
  };
}

/** Both type checks, even when the first finds errors, so one run lists everything. */
export async function checkTypes(root: string): Promise<CheckResult> {
  const site = await astroCheck(root);
  const tools = await runScript(root, 'typecheck:scripts');
  return {
    output: [site.output, tools.output].filter(Boolean).join(''),
    problems: [...site.problems, ...tools.problems],
    ...(tools.note ? { note: tools.note } : {}),
  };
}
