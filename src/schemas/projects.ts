import { z } from 'astro/zod';
import { checklistItems } from './checklist-items.ts';
import { level, text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

export const projectSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The project's name as the reader sees it."),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Number in its source's own sequence (1–30, or 1–8 in the 9-week plan)."),
    level: level().describe('How hard the project is.'),
    summary: text().describe('What you build, in one or two sentences.'),
    summaryLabel: text()
      .optional()
      .describe(
        'The heading the source gives the summary (e.g. "Project Overview"), shown in front of it instead of "What you build", so the source\'s section is not repeated in the text.',
      ),
    skills: z
      .array(
        z.strictObject({
          category: text().describe('A skill area, e.g. "Streaming".'),
          details: text().describe("The tools and concepts of that area, in the source's words."),
        }),
      )
      .default([])
      .describe('The skills-and-tools table: one row per category.'),
    tools: z
      .array(text())
      .default([])
      .describe(
        'Tools the project uses, each as it is usually written (e.g. "PostgreSQL", "Apache Airflow"); the project catalog filters by them.',
      ),
    tasks: checklistItems.default([]).describe('The work, as tickable items.'),
    deliverables: z.array(text()).default([]).describe('What you hand in at the end.'),
    tables: z
      .array(
        z.strictObject({
          name: text().describe("The table's name."),
          detail: text().optional().describe('What the table holds.'),
        }),
      )
      .default([])
      .describe('Tables the project builds, with what they hold.'),
    topics: z
      .array(reference('topics'))
      .min(1, 'a project links to at least one topic')
      .describe('Ids of the topics the project practises; at least one.'),
    prerequisites: z
      .array(reference('projects'))
      .default([])
      .describe('Ids of projects to do first.'),
    source: reference('sources').describe(
      'Id of the source the project is taken from (src/content/sources/).',
    ),
  });
