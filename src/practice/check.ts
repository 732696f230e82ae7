import { compareResults, type CompareRules } from './compare';
import type { ResultTable } from './result';

/**
 * Running and checking answers, over any PostgreSQL session: PGlite in Node at build time and
 * PGlite in the reader's worker use the same steps, so an answer the build accepts is one the
 * page accepts.
 */

/** A PostgreSQL error as the reader sees it. */
export interface SqlError {
  message: string;
  /** 1-based character position in the statement text, when PostgreSQL gives one. */
  position?: number | undefined;
  code?: string | undefined;
  detail?: string | undefined;
  hint?: string | undefined;
}

/** Runs SQL text (one or more statements) and returns each statement's result, or throws an SqlError. */
export interface SqlSession {
  exec(sql: string): Promise<ResultTable[]>;
}

interface PlanRule {
  query?: string | undefined;
  includes: readonly string[];
  excludes: readonly string[];
}

export interface CheckSpec {
  datasetSql: string;
  solution: string;
  verify?: string | undefined;
  compare: CompareRules & { plan?: PlanRule | undefined };
}

/** What one answer produced: the result to compare, and the plan when the task is about one. */
export interface Outcome {
  /** The answer's own last result, to show. */
  shown: ResultTable;
  /** What is compared: the verify query's result when there is one, else `shown`. */
  compared: ResultTable;
  plan?: string | undefined;
}

type CheckResult =
  | { pass: true; differences: []; outcome: Outcome; expected: Outcome }
  | { pass: false; differences: string[]; outcome?: Outcome; expected?: Outcome; error?: SqlError };

const EMPTY: ResultTable = { columns: [], rows: [] };

/** True for something thrown by a session that carries PostgreSQL's message. */
export const isSqlError = (error: unknown): error is SqlError =>
  !!error && typeof error === 'object' && typeof (error as SqlError).message === 'string';

/**
 * Puts the database back to the dataset as written: ends any transaction, drops every schema a
 * reader may have made or changed, and runs the dataset again. Roles survive (they belong to the
 * cluster), so datasets create theirs only when missing.
 */
export async function resetDatabase(session: SqlSession, datasetSql: string): Promise<void> {
  await session.exec(`ROLLBACK; RESET ROLE; RESET ALL;
DO $reset$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP;
END $reset$;
CREATE SCHEMA public; GRANT ALL ON SCHEMA public TO PUBLIC;`);
  await session.exec(datasetSql);
}

/** The statement text without trailing semicolons and blanks, as EXPLAIN needs it. */
const singleStatement = (sql: string) => sql.trim().replace(/[;\s]+$/, '');

/** The result a reader means: the last statement that returned columns (a SELECT after SET ROLE …; RESET ROLE), else the last statement. */
const lastOf = (results: ResultTable[]) =>
  results.findLast((r) => r.columns.length > 0) ?? results.at(-1) ?? EMPTY;

/** Runs an answer on the current database and collects what checking it needs. */
async function outcomeOf(
  session: SqlSession,
  sql: string,
  spec: Pick<CheckSpec, 'verify' | 'compare'>,
): Promise<Outcome> {
  const plan = spec.compare.plan;
  // The plan of the answer itself is read before it runs, on the same data it would see.
  const explain = async (query: string) =>
    lastOf(await session.exec(`EXPLAIN (COSTS OFF) ${singleStatement(query)}`))
      .rows.map((r) => r[0] ?? '')
      .join('\n');
  let planText = plan && !plan.query ? await explain(sql) : undefined;
  const shown = lastOf(await session.exec(sql));
  const compared = spec.verify ? lastOf(await session.exec(spec.verify)) : shown;
  if (plan?.query) planText = await explain(plan.query);
  return { shown, compared, plan: planText };
}

/** What the plan lacks or shows that it must not, per the rule. */
function planDifferences(plan: string, rule: PlanRule): string[] {
  return [
    ...rule.includes
      .filter((text) => !plan.includes(text))
      .map((text) => `The plan does not show "${text}".`),
    ...rule.excludes
      .filter((text) => plan.includes(text))
      .map((text) => `The plan shows "${text}", which it should not.`),
  ];
}

/** Compares an answer's outcome with the solution's. */
function judge(expected: Outcome, outcome: Outcome, spec: CheckSpec): CheckResult {
  const differences = compareResults(expected.compared, outcome.compared, spec.compare).differences;
  if (spec.compare.plan && outcome.plan !== undefined)
    differences.push(...planDifferences(outcome.plan, spec.compare.plan));
  return differences.length === 0
    ? { pass: true, differences: [], outcome, expected }
    : { pass: false, differences, outcome, expected };
}

/** The solution's outcome on a fresh copy of the dataset. */
export async function expectedOutcome(session: SqlSession, spec: CheckSpec): Promise<Outcome> {
  await resetDatabase(session, spec.datasetSql);
  return outcomeOf(session, spec.solution, spec);
}

/**
 * Checks an answer: runs it on a fresh copy of the dataset and compares it with the solution's
 * outcome (computed here unless given). A PostgreSQL error in the answer fails the check with
 * the error; the database is left as the answer made it.
 */
export async function checkAnswer(
  session: SqlSession,
  spec: CheckSpec,
  answer: string,
  expected?: Outcome,
): Promise<CheckResult> {
  const want = expected ?? (await expectedOutcome(session, spec));
  await resetDatabase(session, spec.datasetSql);
  try {
    return judge(want, await outcomeOf(session, answer, spec), spec);
  } catch (error) {
    if (!isSqlError(error)) throw error;
    return { pass: false, differences: [`PostgreSQL: ${error.message}`], error, expected: want };
  }
}
