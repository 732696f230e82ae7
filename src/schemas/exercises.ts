import { z } from 'astro/zod';
import { level, text, webUrl } from './common.ts';
import type { ReferenceFn } from './reference.ts';

/** A query text: SQL run on PostgreSQL (PGlite) at build time and in the reader's browser. */
const sql = () => text();

/**
 * An SQL exercise: the task is the body; the solution, the queries learners often get wrong and
 * the rules for comparing results are frontmatter, so the build can run every one of them.
 */
export const exerciseSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The exercise's name as the reader sees it."),
    level: level().describe('How hard the exercise is.'),
    topics: z
      .array(reference('topics'))
      .min(1, 'an exercise practises at least one topic')
      .describe('Ids of the topics the exercise practises; their pages list it.'),
    dataset: reference('datasets').describe(
      'Id of the dataset the queries run against (src/content/datasets/).',
    ),
    weeks: z
      .array(reference('weeks'))
      .default([])
      .describe(
        'Ids of the plan weeks that teach what the exercise practises (`<plan>/week-<n>`); their pages list it.',
      ),
    solution: sql().describe(
      'A correct answer. The build runs it on the dataset: it must return at least one row (or satisfy the plan rule) and pass its own check.',
    ),
    verify: sql()
      .optional()
      .describe(
        "For tasks that change data or settings (MERGE, policies, indexes): a query run after the answer whose result is compared instead of the answer's own.",
      ),
    compare: z
      .strictObject({
        ordered: z
          .boolean()
          .describe('True when the row order is part of the answer (the task asks for an order).'),
        tolerance: z
          .number()
          .nonnegative()
          .optional()
          .describe("How far numbers may differ from the solution's and still count as equal."),
        plan: z
          .strictObject({
            query: sql()
              .optional()
              .describe(
                'The query whose plan is read; by default the answer itself (then a single statement).',
              ),
            includes: z
              .array(text())
              .default([])
              .describe('Text the plan (EXPLAIN, costs off) must contain, e.g. "Index Scan".'),
            excludes: z
              .array(text())
              .default([])
              .describe('Text the plan must not contain, e.g. a partition that should be pruned.'),
          })
          .optional()
          .describe('For tasks about execution plans: what the plan must and must not show.'),
      })
      .default({ ordered: false })
      .describe("How the answer's result is compared with the solution's."),
    hints: z
      .array(text())
      .default([])
      .describe('Hints, shown one at a time, from a nudge to nearly the answer.'),
    mistakes: z
      .array(
        z.strictObject({
          sql: sql().describe('A query learners often write; the build checks that it fails.'),
          why: text().describe('Why it is wrong, in a sentence or two.'),
        }),
      )
      .default([])
      .describe('Wrong answers learners often give, each with why; each must fail the check.'),
    explanation: text().describe('Why the solution works, shown after a check or on request.'),
    sources: z
      .array(
        z.strictObject({
          title: text().describe('The page as its vendor titles it, with the version.'),
          url: webUrl('url').describe("The vendor's own documentation page."),
        }),
      )
      .default([])
      .describe(
        "Vendor documentation behind the exercise's engine-specific claims (a default, a rule of the planner), shown with the explanation.",
      ),
  });
