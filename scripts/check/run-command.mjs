import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs a CLI installed in node_modules/.bin (astro …) under the Node running this script and
 * returns its exit code and combined output, without colours, so it can be read back.
 */
export function runBin(root, command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', '.bin', command), ...args], {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** Lines of Astro's log output without the leading "12:34:56 " time stamp. */
export const logLines = (output) => output.split('\n').map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));

/**
 * The error that stopped an Astro command: the text printed just before its "Stack trace:" (after
 * the last time-stamped log line), without the hint, location and documentation sections; plus
 * the file and line from its location, when it gives one.
 */
export function astroError(output, root) {
  const lines = output.split('\n');
  let end = lines.findLastIndex((line) => /^\s*Stack trace:/.test(line));
  if (end === -1) end = lines.length;
  let start = end;
  while (start > 0 && !/^\d\d:\d\d:\d\d /.test(lines[start - 1]) && !/^ \S.* $/.test(lines[start - 1])) start--;
  const block = lines.slice(start, end);
  const cut = block.findIndex((line) => /^\s*(Hint:|Location:|Error reference:)/.test(line));
  const message = (cut === -1 ? block : block.slice(0, cut)).join('\n').replace(/\*\*/g, '').trim();
  if (!message) return undefined;
  const location = /Location:\s*\n\s*(\S+?):(\d+):\d+/.exec(block.join('\n'));
  const file = location ? location[1].replace(`${root}/`, '') : undefined;
  return { message, file, line: location && Number(location[2]) > 0 ? Number(location[2]) : undefined };
}
