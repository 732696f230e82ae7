import { kindLabel, valueKind, type ResultTable, type ValueKind } from './result';

/**
 * Compares a reader's result with the solution's, the one rule the build and the browser share.
 * Columns are matched by position and name (case-insensitively, as PostgreSQL folds unquoted
 * names); values by kind: numbers by value (10.50 = 10.5) within the tolerance, everything else
 * as PostgreSQL's text. Rows are a multiset (duplicates count) unless order matters, and NULL
 * equals NULL here, since two results agree when both show nothing in the same place.
 */
export interface CompareRules {
  ordered: boolean;
  tolerance?: number | undefined;
}

interface Comparison {
  pass: boolean;
  /** What differs, one sentence each, in the order a reader should fix them. */
  differences: string[];
}

type Cell = string | null;
type Row = Cell[];

/** Rows shown in a message before "and N more". */
const SHOWN = 3;
/** Floats printed by PostgreSQL round-trip, but sums of them may not: a hair of slack. */
const EPSILON = 1e-9;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function cellsEqual(a: Cell, b: Cell, kind: ValueKind, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  if (kind !== 'number') return a === b;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return a === b;
  return Math.abs(x - y) <= tolerance + EPSILON * Math.max(1, Math.abs(x), Math.abs(y));
}

const showRow = (row: Row) => `(${row.map((c) => (c === null ? 'NULL' : c)).join(', ')})`;

function showSome(rows: Row[]): string {
  const shown = rows.slice(0, SHOWN).map(showRow).join(', ');
  return rows.length > SHOWN ? `${shown} and ${rows.length - SHOWN} more` : shown;
}

/** Column problems; none means both results have the same columns, in order, of the same kinds. */
function columnDifferences(expected: ResultTable, actual: ResultTable): string[] {
  const want = expected.columns.map((c) => c.name.toLowerCase());
  const got = actual.columns.map((c) => c.name.toLowerCase());
  const missing = want.filter((n) => !got.includes(n));
  const extra = got.filter((n) => !want.includes(n));
  const out: string[] = [];
  if (missing.length) out.push(`Column(s) missing: ${missing.join(', ')}.`);
  if (extra.length) out.push(`Column(s) not asked for: ${extra.join(', ')}.`);
  if (out.length === 0 && want.join('\u0000') !== got.join('\u0000')) {
    out.push(
      `The order of the columns differs: expected (${want.join(', ')}), got (${got.join(', ')}).`,
    );
  }
  if (out.length === 0 && want.length !== got.length) {
    out.push(`Expected ${plural(want.length, 'column')}, got ${got.length}.`);
  }
  if (out.length > 0) return out;
  expected.columns.forEach((column, i) => {
    const wantKind = valueKind(column.typeId);
    const gotKind = valueKind(actual.columns[i].typeId);
    if (wantKind !== gotKind) {
      out.push(
        `Column ${column.name} holds ${kindLabel[gotKind]} where the solution has ${kindLabel[wantKind]}.`,
      );
    }
  });
  return out;
}

/** A key for the non-numeric cells, so rows are only matched against plausible partners. */
const bucketKey = (row: Row, kinds: ValueKind[]) =>
  JSON.stringify(row.map((c, i) => (kinds[i] === 'number' ? (c === null ? 0 : 1) : c)));

export function compareResults(
  expected: ResultTable,
  actual: ResultTable,
  rules: CompareRules,
): Comparison {
  const columns = columnDifferences(expected, actual);
  if (columns.length > 0) return { pass: false, differences: columns };

  const kinds = expected.columns.map((c) => valueKind(c.typeId));
  const tolerance = rules.tolerance ?? 0;
  const rowsEqual = (a: Row, b: Row) =>
    a.every((cell, i) => cellsEqual(cell, b[i] ?? null, kinds[i], tolerance));

  // Multiset matching: each expected row takes the first unmatched equal row of the answer.
  const buckets = new Map<string, number[]>();
  actual.rows.forEach((row, i) => {
    const key = bucketKey(row, kinds);
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  const matched = new Set<number>();
  const missing: Row[] = [];
  for (const row of expected.rows) {
    const candidates = buckets.get(bucketKey(row, kinds)) ?? [];
    const at = candidates.findIndex((i) => !matched.has(i) && rowsEqual(row, actual.rows[i]));
    if (at === -1) missing.push(row);
    else matched.add(candidates[at]);
  }
  const extra = actual.rows.filter((_, i) => !matched.has(i));

  const differences: string[] = [];
  if (expected.rows.length !== actual.rows.length) {
    differences.push(`Expected ${plural(expected.rows.length, 'row')}, got ${actual.rows.length}.`);
  }
  if (missing.length) {
    differences.push(`${plural(missing.length, 'row')} missing, e.g. ${showSome(missing)}.`);
  }
  if (extra.length) {
    differences.push(`${plural(extra.length, 'row')} too many, e.g. ${showSome(extra)}.`);
  }
  if (differences.length === 0 && rules.ordered) {
    const first = expected.rows.findIndex((row, i) => !rowsEqual(row, actual.rows[i]));
    if (first !== -1) {
      differences.push(
        `The rows are right but their order is not: row ${first + 1} should be ${showRow(expected.rows[first])}, not ${showRow(actual.rows[first])}.`,
      );
    }
  }
  return { pass: differences.length === 0, differences };
}
