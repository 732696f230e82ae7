// Project scripts that `npm run check` runs when package.json defines them (`lint`,
// `format:check`); their output is shown as they print it, their exit code is the result.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether package.json at `root` defines the script `name`.
 * @param {string} root
 * @param {string} name
 */
export function hasScript(root, name) {
  /** @type {{ scripts?: Record<string, unknown> }} */
  const { scripts = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return typeof scripts[name] === 'string';
}

/**
 * Runs `npm run <name>`; a note instead when the script does not exist.
 * @param {string} root
 * @param {string} name
 * @returns {Promise<import('./problems.mjs').CheckResult>}
 */
export function runScript(root, name) {
  if (!hasScript(root, name))
    return Promise.resolve({ problems: [], note: `no "${name}" script in package.json: not run` });
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) =>
      resolve({ problems: [`npm run ${name} could not run: ${error.message}`] }),
    );
    child.on('close', (code) =>
      resolve({
        problems:
          code === 0
            ? []
            : [`npm run ${name} failed (exit code ${code}; its findings are listed above)`],
      }),
    );
  });
}
