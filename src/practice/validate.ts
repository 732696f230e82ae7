/**
 * The practice part of the validation path (src/validation/): once every collection
 * has loaded, every query in the content runs on PGlite in Node. A query that passed before with
 * the same text, dataset and PGlite version is not run again (the cache lives in
 * node_modules/.cache), so a build pays only for what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  checkDataset,
  checkExample,
  checkExercise,
  type ExerciseInput,
  type QueryProblem,
} from './content-check';
import { pgliteSession } from './pglite-session';
import { sqlBlocks } from './sql-blocks';
import type { SqlSession } from './check';

interface StoredEntryLike {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

const CACHE = 'node_modules/.cache/atlas-practice/passed.json';

function pgliteVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require('@electric-sql/pglite/package.json') as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

const idOf = (value: unknown) =>
  typeof value === 'string' ? value : ((value as { id?: string } | undefined)?.id ?? '');

function readCache(root: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(`${root}/${CACHE}`, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

function writeCache(root: string, passed: Set<string>): void {
  try {
    mkdirSync(dirname(`${root}/${CACHE}`), { recursive: true });
    writeFileSync(`${root}/${CACHE}`, JSON.stringify([...passed].sort()));
  } catch {
    // A cache that cannot be written only costs time next build.
  }
}

/** One job of the check: what it covers (for the cache) and how to run it. */
interface Job {
  key: string;
  run: (session: SqlSession) => Promise<QueryProblem[]>;
}

/** Every query of the practice content, checked; the problems name file, field and PostgreSQL's message. */
export async function checkPracticeQueries(
  root: string,
  entries: readonly StoredEntryLike[],
): Promise<QueryProblem[]> {
  const datasets = new Map(
    entries
      .filter((e) => e.collection === 'datasets')
      .map((e) => [
        e.id,
        { id: e.id, file: e.file, sql: typeof e.data.sql === 'string' ? e.data.sql : '' },
      ]),
  );
  const version = pgliteVersion();
  const hash = (...parts: unknown[]) =>
    createHash('sha256')
      .update(JSON.stringify([version, ...parts]))
      .digest('hex');
  const jobs: Job[] = [];
  for (const dataset of datasets.values()) {
    jobs.push({ key: hash('dataset', dataset), run: (s) => checkDataset(s, dataset) });
  }
  for (const e of entries.filter((e) => e.collection === 'exercises')) {
    const dataset = datasets.get(idOf(e.data.dataset));
    if (!dataset) continue; // a dangling reference, reported by the reference check
    const exercise: ExerciseInput = {
      id: e.id,
      file: e.file,
      dataset: dataset.id,
      solution: String(e.data.solution),
      verify: e.data.verify as string | undefined,
      compare: e.data.compare as ExerciseInput['compare'],
      mistakes: (e.data.mistakes as ExerciseInput['mistakes'] | undefined) ?? [],
    };
    jobs.push({
      key: hash('exercise', exercise, dataset.sql),
      run: (s) => checkExercise(s, exercise, dataset.sql),
    });
  }
  // Runnable examples in any Markdown page: topics, guides, exercises' own bodies.
  const files = new Set(entries.map((e) => e.file));
  for (const file of files) {
    if (!/\.mdx?$/.test(file) || !existsSync(`${root}/${file}`)) continue;
    for (const block of sqlBlocks(readFileSync(`${root}/${file}`, 'utf8'))) {
      const dataset = datasets.get(block.dataset);
      const example = { file, ...block };
      if (!dataset) {
        jobs.push({
          key: '',
          run: () =>
            Promise.resolve([
              {
                file,
                line: block.line,
                field: `sql block (dataset=${block.dataset})`,
                message: `names dataset "${block.dataset}", which does not exist (datasets: ${[...datasets.keys()].join(', ')})`,
              },
            ]),
        });
        continue;
      }
      jobs.push({
        key: hash('example', example.sql, dataset.sql),
        run: (s) => checkExample(s, example, dataset.sql),
      });
    }
  }

  const passed = readCache(root);
  const todo = jobs.filter((job) => !job.key || !passed.has(job.key));
  if (todo.length === 0) return [];
  const db = await PGlite.create();
  const session = pgliteSession(db);
  const problems: QueryProblem[] = [];
  try {
    for (const job of todo) {
      const found = await job.run(session);
      if (found.length === 0 && job.key) passed.add(job.key);
      problems.push(...found);
    }
  } finally {
    await db.close();
  }
  writeCache(root, passed);
  return problems;
}
