import { describe, expect, it } from 'vitest';
import { exerciseVersion } from '../../../src/practice/exercise-version';
import { savedQueryNotice } from '../../../src/practice/saved-query';

const spec = {
  datasetSql: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1);',
  solution: 'SELECT a FROM t',
  compare: { ordered: false },
};

describe('the version of an exercise', () => {
  it('is stable for the same exercise and changes with what answers are checked against', () => {
    const v = exerciseVersion(spec);
    expect(exerciseVersion({ ...spec })).toBe(v);
    expect(v).toMatch(/^[\w-]{12}$/);
    expect(exerciseVersion({ ...spec, solution: 'SELECT a FROM t WHERE a > 0' })).not.toBe(v);
    expect(
      exerciseVersion({ ...spec, datasetSql: `${spec.datasetSql} INSERT INTO t VALUES (2);` }),
    ).not.toBe(v);
    expect(exerciseVersion({ ...spec, verify: 'SELECT 1' })).not.toBe(v);
    expect(exerciseVersion({ ...spec, compare: { ordered: true } })).not.toBe(v);
  });
});

describe('a saved query that no longer matches its exercise', () => {
  const now = { dataset: 'shop', version: 'v2' };
  it('says nothing when the query was written for this form of the exercise', () => {
    expect(
      savedQueryNotice({ sql: 'SELECT 1', dataset: 'shop', version: 'v2' }, now),
    ).toBeUndefined();
  });
  it('says so when the exercise changed, and that the query is kept', () => {
    const notice = savedQueryNotice({ sql: 'SELECT 1', dataset: 'shop', version: 'v1' }, now);
    expect(notice).toMatch(/exercise has changed since you wrote your saved query/);
    expect(notice).toMatch(/kept/);
  });
  it('names the other dataset when the dataset changed', () => {
    expect(savedQueryNotice({ sql: 'SELECT 1', dataset: 'events', version: 'v1' }, now)).toMatch(
      /another dataset \(events\)/,
    );
  });
  it('cannot tell for a query saved before versions were kept, and says nothing', () => {
    expect(savedQueryNotice({ sql: 'SELECT 1', dataset: 'shop' }, now)).toBeUndefined();
  });
});
