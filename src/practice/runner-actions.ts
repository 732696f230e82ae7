import { loadProgress, saveProgress } from '../progress/storage';
import { setTicked } from '../progress/store';
import type { CheckSpec, SqlError } from './check';
import { loadReviews, saveReviews } from './review-storage';
import { completeDue, scheduleReview } from './reviews';
import type { ExerciseCheck, RunnerPage } from './runner';
import { textareaInput, type SqlInput } from './sql-input';
import type { NewRequest, ShownResult, WorkerReply } from './worker-protocol';

/**
 * What a runner's buttons do, loaded on the first touch of a runner (runner.ts), never with the
 * page. The PostgreSQL worker starts on the first Run, Check or Reset, and every runner of the
 * page shares it. A request that takes too long, or Stop, ends the worker (the only way to stop a
 * query running in WebAssembly) and the next request starts a fresh one.
 */
const TIMEOUT_MS = 10_000;
/** The first request also loads PostgreSQL itself (megabytes of WebAssembly). */
const FIRST_TIMEOUT_MS = 90_000;

let worker: Worker | undefined;
let warm = false;
let nextId = 1;
let pending:
  | {
      id: number;
      resolve: (reply: WorkerReply) => void;
      reject: (why: Error) => void;
      timer: number;
    }
  | undefined;
const datasets = new Map<string, Promise<string>>();

function startWorker(): Worker {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    if (!pending || event.data.id !== pending.id) return;
    clearTimeout(pending.timer);
    warm = true;
    const { resolve } = pending;
    pending = undefined;
    resolve(event.data);
  });
  w.addEventListener('error', (event) => {
    event.preventDefault();
    stopWorker(new Error(`The database could not start: ${event.message || 'unknown error'}`));
  });
  return w;
}

/** Ends the worker and fails the request in flight with `why`. */
function stopWorker(why: Error) {
  worker?.terminate();
  worker = undefined;
  warm = false;
  if (pending) {
    clearTimeout(pending.timer);
    const { reject } = pending;
    pending = undefined;
    reject(why);
  }
}

function ask(request: NewRequest): Promise<WorkerReply> {
  worker ??= startWorker();
  const id = nextId++;
  const limit = warm ? TIMEOUT_MS : FIRST_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(
      () =>
        stopWorker(
          new Error(
            `Stopped after ${limit / 1000} seconds: the query took too long, so the database was restarted (your data is back to the dataset as loaded).`,
          ),
        ),
      limit,
    );
    pending = { id, resolve, reject, timer };
    worker!.postMessage({ ...request, id });
  });
}

function datasetSql(href: string): Promise<string> {
  let sql = datasets.get(href);
  if (!sql) {
    sql = fetch(href).then((r) => {
      if (!r.ok) throw new Error(`The dataset could not be loaded (${r.status}).`);
      return r.text();
    });
    sql.catch(() => datasets.delete(href));
    datasets.set(href, sql);
  }
  return sql;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

function renderResult(target: HTMLElement, { table, rowCount }: ShownResult) {
  target.replaceChildren();
  if (table.columns.length === 0) {
    const done = `${table.command ?? 'Done'}${table.affectedRows ? `: ${table.affectedRows} rows affected` : ''}.`;
    target.append(el('p', done));
    return;
  }
  if (table.columns.length === 1 && table.columns[0].name === 'QUERY PLAN') {
    const pre = el('pre', table.rows.map((r) => r[0] ?? '').join('\n'));
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', 'Query plan');
    target.append(pre);
    return;
  }
  const caption = el(
    'caption',
    rowCount > table.rows.length
      ? `${rowCount} rows (the first ${table.rows.length} shown)`
      : `${rowCount} row${rowCount === 1 ? '' : 's'}`,
  );
  const head = el('thead');
  const headRow = el('tr');
  for (const c of table.columns) {
    const th = el('th', c.name);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const row of table.rows) {
    const tr = el('tr');
    for (const cell of row) {
      const td = el('td', cell ?? 'NULL');
      if (cell === null) td.className = 'sql-runner__null';
      tr.append(td);
    }
    body.append(tr);
  }
  const wrap = el('div');
  wrap.className = 'sql-runner__table';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Query result');
  const tableEl = el('table');
  tableEl.append(caption, head, body);
  wrap.append(tableEl);
  target.append(wrap);
}

/** PostgreSQL's error, with the line it points at and a caret under the position. */
function renderError(target: HTMLElement, sql: string, error: SqlError) {
  target.replaceChildren();
  if (!error.position) return;
  const before = sql.slice(0, error.position - 1);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = sql.indexOf('\n', lineStart);
  const line = sql.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const lineNumber = before.split('\n').length;
  const pre = el('pre', `${line}\n${' '.repeat(error.position - 1 - lineStart)}^`);
  // It scrolls sideways when the line is long: focusable, so a keyboard can scroll it too.
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', `Line ${lineNumber} of your query, where the error is`);
  target.append(el('p', `Line ${lineNumber}:`), pre);
}

const describeError = (error: SqlError) =>
  `ERROR: ${error.message}${error.position ? ` (at character ${error.position})` : ''}${error.detail ? `. ${error.detail}` : ''}${error.hint ? `. Hint: ${error.hint}` : ''}`;

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
/** What changing rows did, by PostgreSQL's command tag. */
const CHANGED: Readonly<Record<string, string>> = {
  INSERT: 'inserted',
  UPDATE: 'updated',
  DELETE: 'deleted',
  MERGE: 'merged',
};

/** The status after a Run: rows returned, rows changed, or that there was nothing to run. */
function ranMessage(ms: number, rowCount: number, table: ShownResult['table']): string {
  if (table.columns.length) return `Ran in ${ms} ms: ${rows(rowCount)}.`;
  // PostgreSQL names no command for text that holds only blanks and comments.
  if (!table.command) return 'Nothing ran: the query holds only blanks or comments.';
  const changed = CHANGED[table.command];
  return changed
    ? `Ran in ${ms} ms: ${rows(table.affectedRows ?? 0)} ${changed}.`
    : `Ran in ${ms} ms.`;
}

export interface RunnerControls {
  act: (action: 'run' | 'check' | 'reset' | 'stop' | 'later') => void;
}

/** Gives one runner its highlighting editor and returns what its buttons do. */
export function attach(page: RunnerPage): RunnerControls {
  const { root, textarea, check, say } = page;
  let editor: SqlInput = textareaInput(textarea);
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  const href = root.dataset.datasetHref!;

  // The highlighting editor takes the textarea's place; until it is there, or if it cannot be
  // downloaded, the textarea takes the typing.
  import('./sql-editor').then(
    ({ replaceTextarea }) => {
      editor = replaceTextarea(textarea, {
        run: () => void runQuery(),
        changed: () => page.save(editor.value),
      });
    },
    () => {},
  );

  async function request(action: () => Promise<void>, waiting: string) {
    if (page.busy) return;
    page.setBusy(true);
    say(
      worker && warm
        ? waiting
        : `${waiting} Loading PostgreSQL the first time takes a few seconds.`,
    );
    try {
      await action();
    } catch (error) {
      result.replaceChildren();
      say(error instanceof Error ? error.message : String(error), 'fail');
    } finally {
      page.setBusy(false);
    }
  }

  const runQuery = () =>
    request(async () => {
      const sql = editor.value;
      const reply = await ask({ type: 'run', datasetSql: await datasetSql(href), sql });
      if (reply.type === 'error') {
        say(describeError(reply.error), 'fail');
        renderError(result, sql, reply.error);
      } else if (reply.type === 'ran') {
        renderResult(result, reply.result);
        const { rowCount, table } = reply.result;
        say(ranMessage(reply.ms, rowCount, table));
      }
    }, 'Running…');

  const reset = () =>
    request(async () => {
      await ask({ type: 'reset', datasetSql: await datasetSql(href) });
      result.replaceChildren();
      say('The data is back to the dataset as loaded. Your query is unchanged.');
    }, 'Resetting…');

  const schedule = (exercise: ExerciseCheck) =>
    saveReviews(
      scheduleReview(loadReviews(), exercise.exercise, {
        title: exercise.title,
        url: exercise.url,
      }),
    );

  const checkAnswer = (exercise: ExerciseCheck) =>
    request(async () => {
      const spec: CheckSpec = {
        datasetSql: await datasetSql(href),
        solution: exercise.solution,
        verify: exercise.verify,
        compare: exercise.compare,
      };
      const reply = await ask({ type: 'check', spec, answer: editor.value });
      if (reply.type === 'error') {
        say(describeError(reply.error), 'fail');
        return;
      }
      if (reply.type !== 'checked') return;
      if (reply.result) renderResult(result, reply.result);
      else result.replaceChildren();
      if (reply.pass) {
        const { store } = loadProgress();
        const saved = saveProgress(setTicked(store, exercise.solvedKey, true));
        saveReviews(completeDue(loadReviews(), exercise.exercise));
        say(
          `Correct! Your answer gives the same result as the solution.${saved ? ' Marked as solved in your progress.' : ' (This browser did not let the site save your progress.)'}`,
          'pass',
        );
        document.querySelector<HTMLDetailsElement>('[data-solution]')?.setAttribute('open', '');
      } else {
        schedule(exercise);
        say(
          `Not yet. ${reply.differences.join(' ')} This exercise is in your reviews in 2 and 7 days.`,
          'fail',
        );
        document.querySelector<HTMLElement>('[data-solution-offer]')?.removeAttribute('hidden');
      }
    }, 'Checking…');

  return {
    act(action) {
      if (action === 'run') void runQuery();
      else if (action === 'reset') void reset();
      else if (action === 'stop')
        stopWorker(
          new Error(
            'Stopped. The database was restarted, so the data is back to the dataset as loaded.',
          ),
        );
      else if (check && action === 'check') void checkAnswer(check);
      else if (check && action === 'later') {
        schedule(check);
        say('Added to your reviews in 2 days and in 7 days (see the Progress page).');
      }
    },
  };
}
