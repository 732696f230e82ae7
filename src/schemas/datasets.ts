import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * A dataset for SQL practice: PostgreSQL statements that create and fill a few tables. Exercises
 * and runnable examples load it into a fresh database before each run, so it stays small enough
 * to load in well under a second (rows made with `generate_series`, not pasted in).
 */
export const datasetSchema = () =>
  z.strictObject({
    title: text().describe("The dataset's name as the reader sees it."),
    description: text().describe(
      'What the data is about and what it is good for practising, in one or two sentences.',
    ),
    sql: text().describe(
      'PostgreSQL statements that create the tables in the public schema and fill them; run as they are on a fresh database before every exercise.',
    ),
  });
