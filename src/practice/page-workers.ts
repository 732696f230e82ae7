import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * For the Content-Security-Policy of the finished pages: the worker script the SQL runner starts
 * (PostgreSQL, see worker.ts), found in the built chunk where Vite wrote
 * `new Worker(new URL("<path>", import.meta.url))`, with the chunks it imports, and whether a
 * page has a runner (an exercise,
 * or a topic with runnable examples, whose runners wait in templates).
 */
export async function runnerWorkerScripts(outDir: string, assetsDir = '_astro'): Promise<string[]> {
  const dir = join(outDir, assetsDir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.js'));
  } catch {
    return [];
  }
  const workers = new Set<string>();
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    // The runner's chunk that starts the worker (runner-actions.ts); no other chunk starts one.
    if (!text.includes('new Worker(')) continue;
    for (const [, path] of text.matchAll(/new Worker\(new URL\(\s*[`'"]([^`'"]+)[`'"]/g))
      workers.add(path);
  }
  // A module worker's imports are fetched as worker scripts too, under the page's worker-src.
  const found = new Set<string>();
  const visit = async (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    const file = join(dir, path.slice(path.lastIndexOf('/') + 1));
    const text = await readFile(file, 'utf8').catch(() => '');
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const [, relative] of text.matchAll(
      /(?:\bfrom|\bimport)\s*\(?\s*[`'"]\.\/([^`'"]+\.js)[`'"]/g,
    ))
      await visit(folder + relative);
  };
  for (const worker of workers) await visit(worker);
  return [...found].sort();
}

export const hasSqlRunner = (html: string) => /\bdata-sql-runner\b/.test(html);
