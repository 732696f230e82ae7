import { types, type PGliteInterface, type Results } from '@electric-sql/pglite';
import type { SqlError, SqlSession } from './check';
import type { ResultTable } from './result';

/**
 * A SqlSession over PGlite, for Node (the build) and the browser worker alike. Values stay as
 * PostgreSQL's own text (every type's parser replaced by the identity), so dates, numerics and
 * intervals show and compare exactly as psql would print them.
 */
const asText = Object.fromEntries(
  Object.keys(types.parsers).map((oid) => [oid, (value: string) => value]),
);

function toTable(result: Results): ResultTable {
  const r = result as Results<unknown[]> & { command?: string };
  return {
    columns: r.fields.map((f) => ({ name: f.name, typeId: f.dataTypeID })),
    // Every parser is the identity, so each value is PostgreSQL's text (or null).
    rows: r.rows.map((row) =>
      row.map((v) => (v === null || v === undefined ? null : (v as string))),
    ),
    command: r.command,
    affectedRows: r.affectedRows,
  };
}

/** An error carrying PostgreSQL's fields, thrown by the session. */
class PostgresError extends Error implements SqlError {
  readonly position?: number | undefined;
  readonly code?: string | undefined;
  readonly detail?: string | undefined;
  readonly hint?: string | undefined;
  constructor(fields: SqlError) {
    super(fields.message);
    this.name = 'PostgresError';
    Object.assign(this, fields);
  }
}

/** PostgreSQL's error fields, or the message of anything else thrown. */
function toSqlError(error: unknown): SqlError {
  const e = error as Partial<Record<'message' | 'position' | 'code' | 'detail' | 'hint', string>>;
  const position = Number(e?.position);
  return {
    message: String(e?.message ?? error),
    position: Number.isFinite(position) && position > 0 ? position : undefined,
    code: e?.code || undefined,
    detail: e?.detail || undefined,
    hint: e?.hint || undefined,
  };
}

export function pgliteSession(db: PGliteInterface): SqlSession {
  return {
    async exec(sql) {
      try {
        const results = await db.exec(sql, { rowMode: 'array', parsers: asText });
        return results.map(toTable);
      } catch (error) {
        throw new PostgresError(toSqlError(error));
      }
    },
  };
}
