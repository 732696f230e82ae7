import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer, type CheckSpec, type SqlSession } from '../../../src/practice/check';
import {
  checkExample,
  checkExercise,
  type ExerciseInput,
} from '../../../src/practice/content-check';
import { pgliteSession } from '../../../src/practice/pglite-session';
import { sqlBlocks } from '../../../src/practice/sql-blocks';

// One real PostgreSQL (PGlite) for the file: starting it takes seconds.
let db: PGlite;
let session: SqlSession;
beforeAll(async () => {
  db = await PGlite.create();
  session = pgliteSession(db);
}, 120_000);
afterAll(async () => {
  await db.close();
});

const DATASET = `CREATE TABLE t (id int PRIMARY KEY, grp text, v numeric);
INSERT INTO t VALUES (1, 'a', 1.5), (2, 'a', NULL), (3, 'b', 2), (4, NULL, 3);
CREATE INDEX t_grp_idx ON t (grp);`;

const exercise = (over: Partial<ExerciseInput>): ExerciseInput => ({
  id: 'x',
  file: 'src/content/exercises/x.md',
  dataset: 'd',
  solution: 'SELECT grp, count(v) AS n FROM t GROUP BY grp',
  compare: { ordered: false },
  mistakes: [],
  ...over,
});

describe('checkExercise', () => {
  it('accepts a solution that returns rows and mistakes that fail the check', async () => {
    const problems = await checkExercise(
      session,
      exercise({ mistakes: [{ sql: 'SELECT grp, count(*) AS n FROM t GROUP BY grp' }] }),
      DATASET,
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it('names a mistake that passes the check, by its field', async () => {
    const problems = await checkExercise(
      session,
      exercise({ mistakes: [{ sql: 'SELECT grp, count(v) AS n FROM t GROUP BY 1 ORDER BY 1' }] }),
      DATASET,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'mistakes[0].sql', path: ['mistakes', 0, 'sql'] });
    expect(problems[0].message).toMatch(/passes the check/);
  }, 60_000);

  it("names a mistake that does not run, with PostgreSQL's message", async () => {
    const problems = await checkExercise(
      session,
      exercise({ mistakes: [{ sql: 'SELECT grp, count(nope) AS n FROM t GROUP BY grp' }] }),
      DATASET,
    );
    expect(problems[0].field).toBe('mistakes[0].sql');
    expect(problems[0].message).toMatch(/column "nope" does not exist/);
    expect(problems[0].message).toMatch(/at character \d+/);
  }, 60_000);

  it('names a solution that fails or returns nothing', async () => {
    const broken = await checkExercise(session, exercise({ solution: 'SELEC 1' }), DATASET);
    expect(broken[0]).toMatchObject({ field: 'solution' });
    expect(broken[0].message).toMatch(/syntax error/);
    const empty = await checkExercise(
      session,
      exercise({ solution: 'SELECT id FROM t WHERE false' }),
      DATASET,
    );
    expect(empty[0].message).toMatch(/returns no rows/);
  }, 60_000);

  it('checks plan rules on the answer, and verify queries after statements that change data', async () => {
    const plan = exercise({
      solution: 'CREATE INDEX t_v_idx ON t (v)',
      compare: {
        ordered: false,
        plan: {
          query: 'SELECT id FROM t WHERE v = 2',
          includes: ['t_v_idx'],
          excludes: [],
        },
      },
      mistakes: [{ sql: 'CREATE INDEX t_id_v_idx ON t (id)' }],
    });
    // Tiny tables are scanned sequentially unless told otherwise; the rule reads the plan text.
    const withHint = { ...plan, solution: `SET enable_seqscan = off; ${plan.solution}` };
    expect(await checkExercise(session, withHint, DATASET)).toEqual([]);
    const verify = exercise({
      solution: "UPDATE t SET grp = 'c' WHERE grp IS NULL",
      verify: 'SELECT id, grp FROM t',
      mistakes: [{ sql: "UPDATE t SET grp = 'c' WHERE grp = 'b'" }],
    });
    expect(await checkExercise(session, verify, DATASET)).toEqual([]);
  }, 60_000);
});

describe('checkAnswer', () => {
  it('starts every answer from the dataset as written, even after a dropped table', async () => {
    const spec: CheckSpec = {
      datasetSql: DATASET,
      solution: 'SELECT count(*) AS n FROM t',
      compare: { ordered: false },
    };
    const dropped = await checkAnswer(session, spec, 'DROP TABLE t; SELECT 4::bigint AS n');
    expect(dropped.pass).toBe(true);
    const after = await checkAnswer(session, spec, 'SELECT count(*) AS n FROM t');
    expect(after.pass).toBe(true);
  }, 60_000);

  it('fails an answer that leaves a transaction open or a role set, and recovers', async () => {
    const spec: CheckSpec = {
      datasetSql: DATASET,
      solution: 'SELECT id FROM t',
      compare: { ordered: false },
    };
    const broken = await checkAnswer(session, spec, 'BEGIN; SELECT 1/0');
    expect(broken.pass).toBe(false);
    expect(broken.differences.join(' ')).toMatch(/division by zero/);
    expect((await checkAnswer(session, spec, 'SELECT id FROM t')).pass).toBe(true);
  }, 60_000);
});

describe('runnable examples', () => {
  it('finds sql blocks with a dataset and their lines, and reports one that fails', async () => {
    const text = [
      '# T',
      '',
      '```sql dataset=d',
      'SELECT nope FROM t',
      '```',
      '',
      '```sql',
      'x',
      '```',
    ].join('\n');
    const blocks = sqlBlocks(text);
    expect(blocks).toEqual([{ line: 3, dataset: 'd', sql: 'SELECT nope FROM t' }]);
    const problems = await checkExample(session, { file: 'f.md', ...blocks[0] }, DATASET);
    expect(problems[0]).toMatchObject({ file: 'f.md', line: 3 });
    expect(problems[0].message).toMatch(/column "nope" does not exist/);
  }, 60_000);
});
