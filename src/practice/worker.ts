/// <reference lib="webworker" />
import { PGlite } from '@electric-sql/pglite';
import {
  checkAnswer,
  expectedOutcome,
  isSqlError,
  type SqlError,
  resetDatabase,
  type CheckSpec,
  type Outcome,
  type SqlSession,
} from './check';
import { pgliteSession } from './pglite-session';
import { shown, type WorkerReply, type WorkerRequest } from './worker-protocol';

/**
 * PostgreSQL (PGlite) for the page, off the main thread, so a long query never freezes the page
 * and can be stopped by ending the worker. It keeps one database and loads the dataset a request
 * names when it is not the one loaded.
 */
declare const self: DedicatedWorkerGlobalScope;

let session: Promise<SqlSession> | undefined;
let loadedSql: string | undefined;
/** The solution's outcome for the spec last checked: a reader checks one exercise many times. */
let expected: { spec: string; outcome: Outcome } | undefined;

async function expectedFor(db: SqlSession, spec: CheckSpec): Promise<Outcome> {
  const key = JSON.stringify(spec);
  if (expected?.spec !== key) expected = { spec: key, outcome: await expectedOutcome(db, spec) };
  return expected.outcome;
}

const ready = () => (session ??= startPostgres().then(pgliteSession));

/**
 * Where a fresh cluster is kept between pages. PostgreSQL's first start on a device creates its
 * cluster (initdb), more than half of the start's work; a later page, whose worker starts anew,
 * loads the kept one instead. It is keyed by this worker's address, which changes whenever a
 * build changes what the worker bundles (PGlite among it), so a cluster is only ever loaded by
 * the PostgreSQL that made it. Not the offline copy's caches (those are `atlas-offline…`).
 */
const CLUSTER_CACHE = 'atlas-practice-cluster';
const clusterKey = self.location.href;
/** The fresh cluster's files, from its start until they are kept (see startPostgres). */
let toKeep: Blob | undefined;

async function keptCluster(): Promise<Blob | undefined> {
  try {
    const kept = await (await caches.open(CLUSTER_CACHE)).match(clusterKey);
    return await kept?.blob();
  } catch {
    // No Cache Storage here (an insecure origin, a private window that refuses it).
    return undefined;
  }
}

/** Keeps a fresh cluster (an uncompressed tar) gzipped, in place of any other worker's. */
async function keepCluster(tar: Blob): Promise<void> {
  try {
    const gzipped = await new Response(
      tar.stream().pipeThrough(new CompressionStream('gzip')),
    ).blob();
    const cache = await caches.open(CLUSTER_CACHE);
    for (const request of await cache.keys())
      if (request.url !== clusterKey) await cache.delete(request);
    await cache.put(clusterKey, new Response(gzipped));
  } catch {
    // Nowhere to keep it: the next page creates its cluster again.
  }
}

async function startPostgres(): Promise<PGlite> {
  const kept = await keptCluster();
  if (kept) {
    try {
      return await PGlite.create({ loadDataDir: kept });
    } catch {
      // Unreadable (cut short when it was written, say): made again below, and replaced.
    }
  }
  const db = await PGlite.create();
  // Taken (a quick copy of its files) before any dataset or query touches it; compressed and
  // stored once the first answer has gone back to the page, so that answer does not wait.
  toKeep = await db.dumpDataDir('none').catch(() => undefined);
  return db;
}

async function ensureDataset(db: SqlSession, datasetSql: string) {
  if (loadedSql === datasetSql) return;
  loadedSql = undefined;
  await resetDatabase(db, datasetSql);
  loadedSql = datasetSql;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const db = await ready();
  switch (request.type) {
    case 'run': {
      await ensureDataset(db, request.datasetSql);
      const started = performance.now();
      const results = await db.exec(request.sql);
      const last = results.findLast((r) => r.columns.length > 0) ?? results.at(-1);
      return {
        id: request.id,
        type: 'ran',
        result: shown(last ?? { columns: [], rows: [] }),
        ms: Math.round(performance.now() - started),
      };
    }
    case 'check': {
      // The check rebuilds the dataset for the answer (and, the first time, for the solution).
      loadedSql = undefined;
      const want = await expectedFor(db, request.spec);
      const result = await checkAnswer(db, request.spec, request.answer, want);
      loadedSql = request.spec.datasetSql;
      return {
        id: request.id,
        type: 'checked',
        pass: result.pass,
        differences: result.differences,
        result: result.outcome ? shown(result.outcome.shown) : undefined,
      };
    }
    case 'reset': {
      loadedSql = undefined;
      await ensureDataset(db, request.datasetSql);
      return { id: request.id, type: 'reset' };
    }
  }
}

/** SQLSTATEs PostgreSQL explains too little for a learner, and what to do instead. */
const IN_FAILED_TRANSACTION = '25P02';
const SYNTAX_ERROR = '42601';

/**
 * The way out of two errors that psql habits lead to, where PostgreSQL gives no hint: every
 * statement after a failed one in a transaction is refused, and psql's backslash commands are not
 * SQL at all.
 */
function withWayOut(error: SqlError, sql: string | undefined): SqlError {
  if (error.hint) return error;
  if (error.code === IN_FAILED_TRANSACTION)
    return {
      ...error,
      hint: 'a statement of the transaction opened with BEGIN failed earlier: run ROLLBACK (or press Reset) to go on.',
    };
  if (error.code === SYNTAX_ERROR && error.position && sql?.[error.position - 1] === '\\')
    return {
      ...error,
      hint: 'backslash commands such as \\d and \\dt belong to psql, not to SQL: to see tables and columns, query information_schema.tables or information_schema.columns.',
    };
  return error;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Only a Run's own error comes back as an error: a Check lists the answer's among its differences.
  const sql = request.type === 'run' ? request.sql : undefined;
  void handle(request)
    .then(
      (reply) => self.postMessage(reply),
      (error: unknown) =>
        self.postMessage({
          id: request.id,
          type: 'error',
          error: isSqlError(error)
            ? withWayOut({ ...error, message: error.message }, sql)
            : { message: String(error) },
        } satisfies WorkerReply),
    )
    .then(() => {
      const tar = toKeep;
      toKeep = undefined;
      if (tar) void keepCluster(tar);
    });
});
