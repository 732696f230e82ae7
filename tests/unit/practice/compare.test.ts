import { describe, expect, it } from 'vitest';
import { compareResults } from '../../../src/practice/compare';
import type { ResultTable } from '../../../src/practice/result';

const INT = 23;
const NUMERIC = 1700;
const FLOAT = 701;
const TEXT = 25;

const table = (
  columns: Array<[string, number]>,
  rows: Array<Array<string | null>>,
): ResultTable => ({
  columns: columns.map(([name, typeId]) => ({ name, typeId })),
  rows,
});

const unordered = { ordered: false };
const ordered = { ordered: true };

describe('compareResults', () => {
  it('passes the same rows in another order when order does not matter', () => {
    const a = table([['id', INT]], [['1'], ['2'], ['3']]);
    const b = table([['id', INT]], [['3'], ['1'], ['2']]);
    expect(compareResults(a, b, unordered)).toEqual({ pass: true, differences: [] });
  });

  it('fails the same rows in another order when order matters, naming the first row that differs', () => {
    const a = table([['id', INT]], [['1'], ['2'], ['3']]);
    const b = table([['id', INT]], [['1'], ['3'], ['2']]);
    const result = compareResults(a, b, ordered);
    expect(result.pass).toBe(false);
    expect(result.differences.join('\n')).toMatch(/order/i);
    expect(result.differences.join('\n')).toMatch(/row 2/);
  });

  it('counts duplicates: one row twice is not the same as once', () => {
    const expected = table([['id', INT]], [['1'], ['1'], ['2']]);
    const actual = table([['id', INT]], [['1'], ['2']]);
    const result = compareResults(expected, actual, unordered);
    expect(result.pass).toBe(false);
    expect(result.differences.join('\n')).toMatch(/1 row missing/);
    const extra = compareResults(actual, expected, unordered);
    expect(extra.pass).toBe(false);
    expect(extra.differences.join('\n')).toMatch(/1 row too many/);
  });

  it('treats NULL as equal to NULL, and never to an empty string or zero', () => {
    const withNull = table(
      [
        ['name', TEXT],
        ['n', INT],
      ],
      [[null, null]],
    );
    expect(compareResults(withNull, withNull, unordered).pass).toBe(true);
    const empty = table(
      [
        ['name', TEXT],
        ['n', INT],
      ],
      [['', '0']],
    );
    expect(compareResults(withNull, empty, unordered).pass).toBe(false);
    expect(compareResults(empty, withNull, unordered).pass).toBe(false);
  });

  it('compares numbers by value whatever their scale or numeric type', () => {
    const expected = table([['total', NUMERIC]], [['10.50']]);
    expect(compareResults(expected, table([['total', FLOAT]], [['10.5']]), unordered).pass).toBe(
      true,
    );
    expect(compareResults(expected, table([['total', INT]], [['10']]), unordered).pass).toBe(false);
  });

  it('allows numbers to differ by the tolerance and no more', () => {
    const expected = table([['avg', NUMERIC]], [['3.3333333333']]);
    const close = table([['avg', NUMERIC]], [['3.33']]);
    expect(compareResults(expected, close, { ordered: false, tolerance: 0.01 }).pass).toBe(true);
    expect(compareResults(expected, close, { ordered: false, tolerance: 0.001 }).pass).toBe(false);
    expect(compareResults(expected, close, unordered).pass).toBe(false);
  });

  it('matches rows within the tolerance without caring for their order', () => {
    const expected = table(
      [
        ['k', TEXT],
        ['v', FLOAT],
      ],
      [
        ['a', '1.001'],
        ['a', '2.0'],
        ['b', '3'],
      ],
    );
    const actual = table(
      [
        ['k', TEXT],
        ['v', FLOAT],
      ],
      [
        ['b', '3.0004'],
        ['a', '1.999'],
        ['a', '1.0'],
      ],
    );
    expect(compareResults(expected, actual, { ordered: false, tolerance: 0.01 }).pass).toBe(true);
  });

  it('fails numbers written as text, saying which column holds the wrong kind of value', () => {
    const expected = table([['total', NUMERIC]], [['42']]);
    const actual = table([['total', TEXT]], [['42']]);
    const result = compareResults(expected, actual, unordered);
    expect(result.pass).toBe(false);
    expect(result.differences.join('\n')).toMatch(/total.*text.*numbers/);
  });

  it('names a missing column, an extra column and a column in the wrong place', () => {
    const expected = table(
      [
        ['id', INT],
        ['name', TEXT],
      ],
      [['1', 'a']],
    );
    const missing = compareResults(expected, table([['id', INT]], [['1']]), unordered);
    expect(missing.pass).toBe(false);
    expect(missing.differences.join('\n')).toMatch(/missing.*name/);
    const extra = compareResults(
      expected,
      table(
        [
          ['id', INT],
          ['name', TEXT],
          ['x', INT],
        ],
        [['1', 'a', '2']],
      ),
      unordered,
    );
    expect(extra.differences.join('\n')).toMatch(/not asked for.*x/);
    const swapped = compareResults(
      expected,
      table(
        [
          ['name', TEXT],
          ['id', INT],
        ],
        [['a', '1']],
      ),
      unordered,
    );
    expect(swapped.pass).toBe(false);
    expect(swapped.differences.join('\n')).toMatch(/order of the columns/);
  });

  it('reads column names without regard to case, as PostgreSQL folds them', () => {
    const a = table([['Total', INT]], [['1']]);
    const b = table([['total', INT]], [['1']]);
    expect(compareResults(a, b, unordered).pass).toBe(true);
  });

  it('shows a few of the missing and extra rows, and how many there are', () => {
    const expected = table(
      [['id', INT]],
      Array.from({ length: 10 }, (_, i) => [String(i)]),
    );
    const actual = table(
      [['id', INT]],
      Array.from({ length: 10 }, (_, i) => [String(i + 5)]),
    );
    const text = compareResults(expected, actual, unordered).differences.join('\n');
    expect(text).toMatch(/5 rows missing/);
    expect(text).toMatch(/5 rows too many/);
    expect(text).toMatch(/\(0\)/);
  });

  it('compares booleans and text exactly', () => {
    const a = table([['ok', 16]], [['t']]);
    expect(compareResults(a, table([['ok', 16]], [['f']]), unordered).pass).toBe(false);
    const t = table([['s', TEXT]], [['abc']]);
    expect(compareResults(t, table([['s', TEXT]], [['abc ']]), unordered).pass).toBe(false);
  });

  it('passes two empty results with the same columns', () => {
    const a = table([['id', INT]], []);
    expect(compareResults(a, table([['id', INT]], []), unordered).pass).toBe(true);
  });
});
