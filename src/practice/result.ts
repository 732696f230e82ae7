/**
 * A query result as the practice feature handles it everywhere (build, worker, page): column names
 * with PostgreSQL's type OIDs, and every value as PostgreSQL's own text output (NULL as null).
 * Plain data, so it crosses the worker boundary and compares the same in Node and the browser.
 */
interface ResultColumn {
  name: string;
  /** PostgreSQL type OID (23 int4, 1700 numeric, 25 text …). */
  typeId: number;
}

export interface ResultTable {
  columns: ResultColumn[];
  rows: Array<Array<string | null>>;
  /** The command tag's verb (SELECT, INSERT, MERGE, CREATE …). */
  command?: string | undefined;
  /** Rows a data-changing statement touched. */
  affectedRows?: number | undefined;
}

/** int2, int4, int8, oid, float4, float8, money excluded (locale text), numeric. */
const NUMBER_TYPES = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOLEAN_TYPE = 16;

/** What a column's values are compared as. */
export type ValueKind = 'number' | 'boolean' | 'text';

export function valueKind(typeId: number): ValueKind {
  if (NUMBER_TYPES.has(typeId)) return 'number';
  if (typeId === BOOLEAN_TYPE) return 'boolean';
  return 'text';
}

export const kindLabel: Record<ValueKind, string> = {
  number: 'numbers',
  boolean: 'true/false values',
  text: 'text (or dates and other values shown as text)',
};
