// Commands that `npm run check` runs: project scripts when package.json defines them (`lint`,
// `format:check`) and tools (`astro check`). Their output is captured and handed back with the
// result, so checks that run side by side print whole blocks instead of interleaved lines; the
// exit code is the result.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from './check-result.ts';

/** Whether package.json at `root` defines the script `name`. */
function hasScript(root: string, name: string): boolean {
  const { scripts = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, unknown>;
  };
  return typeof scripts[name] === 'string';
}

/** Runs a command in `root`; never rejects. `output` is what it printed, stdout and stderr merged. */
export function runCommand(
  root: string,
  command: string,
  args: string[],
): Promise<{ code: number | null; output: string; error?: Error }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Tools colour their output for a terminal; the check's own terminal decides.
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => resolve({ code: null, output: '', error }));
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Runs `npm run <name>`; a note instead when the script does not exist. */
export async function runScript(root: string, name: string): Promise<CheckResult> {
  if (!hasScript(root, name))
    return { problems: [], note: `no "${name}" script in package.json: not run` };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { code, output, error } = await runCommand(root, npm, ['run', '--silent', name]);
  if (error) return { problems: [`npm run ${name} could not run: ${error.message}`] };
  return {
    output,
    problems:
      code === 0
        ? []
        : [`npm run ${name} failed (exit code ${code}; its findings are listed above)`],
  };
}
