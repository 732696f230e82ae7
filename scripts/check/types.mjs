// (a) Type checking of .astro and .ts files with `astro check` (@astrojs/check).
import { runBin } from './run-command.mjs';

export async function checkTypes(root) {
  const { code, output } = await runBin(root, 'astro', ['check', '--minimumSeverity', 'warning']);
  const problems = [];
  const lines = output.split('\n');
  lines.forEach((line, i) => {
    // "src/pages/x.astro:30:28 - error ts(2367): This comparison appears …"
    const m = /^(\S+):(\d+):(\d+) - (error|warning) (\S+): (.*)$/.exec(line.trim());
    if (m && m[4] === 'error') {
      const source = lines[i + 2]?.replace(/^\s*\d+\s*/, '').trim();
      problems.push(`${m[1]}:${m[2]}: ${m[6]} [${m[5]}]${source ? `\n    ${source}` : ''}`);
    }
  });
  if (code !== 0 && problems.length === 0) problems.push(`astro check failed:\n${output.trim().split('\n').slice(-25).join('\n')}`);
  return { problems };
}
