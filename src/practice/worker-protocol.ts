import type { CheckSpec, SqlError } from './check';
import type { ResultTable } from './result';

/** Messages between the page (runner-actions.ts) and the PostgreSQL worker (worker.ts). Plain data. */
export type WorkerRequest =
  | { id: number; type: 'run'; datasetSql: string; sql: string }
  | { id: number; type: 'check'; spec: CheckSpec; answer: string }
  | { id: number; type: 'reset'; datasetSql: string };

/** A request before the page numbers it. */
export type NewRequest = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

/** Rows sent back to the page at most; the count says how many there were. */
const SHOWN_ROWS = 200;

export interface ShownResult {
  table: ResultTable;
  /** Rows the statement returned (the table holds at most SHOWN_ROWS of them). */
  rowCount: number;
}

export type WorkerReply =
  | { id: number; type: 'ran'; result: ShownResult; ms: number }
  | { id: number; type: 'checked'; pass: boolean; differences: string[]; result?: ShownResult }
  | { id: number; type: 'reset' }
  | { id: number; type: 'error'; error: SqlError };

export function shown(table: ResultTable): ShownResult {
  return {
    table: { ...table, rows: table.rows.slice(0, SHOWN_ROWS) },
    rowCount: table.rows.length,
  };
}
