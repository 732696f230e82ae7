import {
  checkAnswer,
  expectedOutcome,
  isSqlError,
  resetDatabase,
  type CheckSpec,
  type SqlError,
  type SqlSession,
} from './check';

/**
 * The build's check of every query in the content: each exercise's solution runs on its dataset,
 * returns rows (or satisfies its plan rule) and passes its own check; each of its mistakes runs
 * and fails the check; each runnable example in a page runs. Pure over a session, so it is
 * unit-tested with PGlite and run by the validation path (src/practice/validate.ts).
 */

interface DatasetInput {
  id: string;
  file: string;
  sql: string;
}

export interface ExerciseInput {
  id: string;
  file: string;
  dataset: string;
  solution: string;
  verify?: string | undefined;
  compare: CheckSpec['compare'];
  mistakes: ReadonlyArray<{ sql: string }>;
}

interface ExampleInput {
  file: string;
  line: number;
  dataset: string;
  sql: string;
}

/** A problem found, with the field (a value path) for the caller to turn into a line. */
export interface QueryProblem {
  file: string;
  /** Value path in the frontmatter (`['mistakes', 1, 'sql']`), or a line of its own. */
  path?: ReadonlyArray<string | number>;
  line?: number;
  field: string;
  message: string;
}

const describeSqlError = (error: SqlError) =>
  `PostgreSQL says: ${error.message}${error.position ? ` (at character ${error.position})` : ''}${error.detail ? `; ${error.detail}` : ''}${error.hint ? `; hint: ${error.hint}` : ''}`;

const errorText = (error: unknown) => (isSqlError(error) ? describeSqlError(error) : String(error));

export async function checkDataset(
  session: SqlSession,
  dataset: DatasetInput,
): Promise<QueryProblem[]> {
  try {
    await resetDatabase(session, dataset.sql);
    return [];
  } catch (error) {
    return [
      {
        file: dataset.file,
        path: ['sql'],
        field: 'sql',
        message: `does not load: ${errorText(error)}`,
      },
    ];
  }
}

export async function checkExercise(
  session: SqlSession,
  exercise: ExerciseInput,
  datasetSql: string,
): Promise<QueryProblem[]> {
  const spec: CheckSpec = {
    datasetSql,
    solution: exercise.solution,
    verify: exercise.verify,
    compare: exercise.compare,
  };
  const at = (path: Array<string | number>, message: string): QueryProblem => ({
    file: exercise.file,
    path,
    field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join(''),
    message,
  });
  let expected;
  try {
    expected = await expectedOutcome(session, spec);
  } catch (error) {
    const field = exercise.verify && isSqlError(error) ? 'solution (or verify)' : 'solution';
    return [at(['solution'], `does not run: ${errorText(error)}`)].map((p) => ({ ...p, field }));
  }
  const problems: QueryProblem[] = [];
  if (!exercise.compare.plan && expected.compared.rows.length === 0) {
    problems.push(
      at(
        [exercise.verify ? 'verify' : 'solution'],
        'returns no rows: a result to compare needs at least one row (or give compare.plan for a task about the plan)',
      ),
    );
  }
  const own = await checkAnswer(session, spec, exercise.solution, expected);
  if (!own.pass) {
    problems.push(at(['solution'], `does not pass its own check: ${own.differences.join(' ')}`));
  }
  for (const [i, mistake] of exercise.mistakes.entries()) {
    const result = await checkAnswer(session, spec, mistake.sql, expected);
    if (result.pass) {
      problems.push(
        at(
          ['mistakes', i, 'sql'],
          'passes the check, so a reader who writes it would be told it is correct: make it the mistake it describes, or tighten the solution or compare rules',
        ),
      );
    } else if (!result.pass && result.error) {
      problems.push(
        at(
          ['mistakes', i, 'sql'],
          `does not run, so it cannot show its mistake: ${describeSqlError(result.error)}`,
        ),
      );
    }
  }
  return problems;
}

export async function checkExample(
  session: SqlSession,
  example: ExampleInput,
  datasetSql: string,
): Promise<QueryProblem[]> {
  try {
    await resetDatabase(session, datasetSql);
    await session.exec(example.sql);
    return [];
  } catch (error) {
    return [
      {
        file: example.file,
        line: example.line,
        field: `sql block (dataset=${example.dataset})`,
        message: `does not run: ${errorText(error)}`,
      },
    ];
  }
}
