import { describe, expect, it } from 'vitest';
import { contentWords, words } from '../../../src/search/words';
import { allowedEdits, editDistance } from '../../../src/lib/edit-distance';
import { comparisonSides } from '../../../src/search/comparison';

describe('words', () => {
  it('lower-cases and splits on anything but letters and digits', () => {
    expect(words('Kafka-Connect? K8s, CI/CD')).toEqual(['kafka', 'connect', 'k8s', 'ci', 'cd']);
  });
  it('finds no words in punctuation, markup-only or empty input', () => {
    expect(words('')).toEqual([]);
    expect(words('?!.,;:')).toEqual([]);
    expect(words('<>')).toEqual([]);
  });
  it('drops question and comparison words, keeps each naming word once', () => {
    expect(contentWords('How to handle late data')).toEqual(['handle', 'late', 'data']);
    expect(contentWords('what is the difference between ETL and ELT')).toEqual(['etl', 'elt']);
    expect(contentWords('kafka vs kafka')).toEqual(['kafka']);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('kafak', 'kafka')).toBe(1);
    expect(editDistance('airflwo', 'airflow')).toBe(1);
  });
  it('counts a missing, doubled or wrong letter as one edit', () => {
    expect(editDistance('icberg', 'iceberg')).toBe(1);
    expect(editDistance('postgressql', 'postgresql')).toBe(1);
    expect(editDistance('idempotancy', 'idempotency')).toBe(1);
  });
  it('counts unrelated words as far apart, and stops early past the limit', () => {
    expect(editDistance('kafka', 'spark')).toBe(4);
    expect(editDistance('kafka', 'observability', 2)).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('allows no edit in short words, one in medium words, two in long ones', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(12)).toBe(2);
  });
});

describe('comparisonSides', () => {
  it('reads "X vs Y", "X versus Y" and "X or Y"', () => {
    expect(comparisonSides('kafka vs kinesis')).toEqual([['kafka'], ['kinesis']]);
    expect(comparisonSides('Delta Lake vs. Iceberg?')).toEqual([['delta', 'lake'], ['iceberg']]);
    expect(comparisonSides('trino versus athena')).toEqual([['trino'], ['athena']]);
    expect(comparisonSides('SQL or NoSQL')).toEqual([['sql'], ['nosql']]);
  });
  it('reads "difference between X and Y" and "compare X with Y"', () => {
    expect(comparisonSides('what is the difference between star schema and data vault')).toEqual([
      ['star', 'schema'],
      ['data', 'vault'],
    ]);
    expect(comparisonSides('compare spark with flink')).toEqual([['spark'], ['flink']]);
  });
  it('leaves other queries alone, and a side that names nothing is no comparison', () => {
    expect(comparisonSides('Apache Kafka')).toBeUndefined();
    expect(comparisonSides('how to handle late data')).toBeUndefined();
    expect(comparisonSides('this or that')).toBeUndefined();
    expect(comparisonSides('')).toBeUndefined();
  });
});
