// (a) Type checking: `astro check` (@astrojs/check) for the .astro and .ts files, then the Node
// tools' JSDoc types (`npm run typecheck:scripts`, tsc over scripts/tsconfig.json). Diagnostics
// are shown as the tools print them; their exit codes say whether there were errors.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runScript } from './npm-script.mjs';

/**
 * @param {string} root
 * @returns {Promise<import('./problems.mjs').CheckResult>}
 */
function astroCheck(root) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', '.bin', 'astro'), 'check', '--minimumSeverity', 'warning'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    child.on('error', (error) =>
      resolve({ problems: [`astro check could not run: ${error.message}`] }),
    );
    child.on('close', (code) =>
      resolve({
        problems:
          code === 0 ? [] : [`astro check found type errors (listed above; exit code ${code})`],
      }),
    );
  });
}

/**
 * Both type checks, even when the first finds errors, so one run lists everything.
 * @param {string} root
 * @returns {Promise<import('./problems.mjs').CheckResult>}
 */
export async function checkTypes(root) {
  const site = await astroCheck(root);
  const tools = await runScript(root, 'typecheck:scripts');
  return {
    problems: [...site.problems, ...tools.problems],
    ...(tools.note ? { note: tools.note } : {}),
  };
}
