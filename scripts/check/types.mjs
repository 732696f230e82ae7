// (a) Type checking of .astro and .ts files with `astro check` (@astrojs/check). Its diagnostics
// are shown as it prints them; the exit code says whether there were errors.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * @param {string} root
 * @returns {Promise<import('./problems.mjs').CheckResult>}
 */
export function checkTypes(root) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', '.bin', 'astro'), 'check', '--minimumSeverity', 'warning'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', (error) => resolve({ problems: [`astro check could not run: ${error.message}`] }));
    child.on('close', (code) => resolve({ problems: code === 0 ? [] : [`astro check found type errors (listed above; exit code ${code})`] }));
  });
}
