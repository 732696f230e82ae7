import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * When a file last changed in git, for "Last updated" on pages Starlight does not date itself.
 * Undefined outside a git checkout or for a file git does not know yet.
 */
export function gitLastUpdated(file: string): Date | undefined {
  if (cache.has(file)) return cache.get(file);
  let date: Date | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    date = out ? new Date(out) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(file, date);
  return date;
}
