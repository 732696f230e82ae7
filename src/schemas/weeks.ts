import { z } from 'astro/zod';
import { checklistItems } from './checklist-items.ts';
import { blockKinds } from './enums.ts';
import { calendarDate, text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

/**
 * One block of a week: a day range of the 10-week path (read / lab / success / time), or a
 * strand of the 9-week plan (Python DSA, SQL, labs …) given as a list of items.
 */
const block = (reference: ReferenceFn) =>
  z.strictObject({
    kind: z
      .enum(blockKinds)
      .describe('What the block is: a day range, a study strand, a lab, practice or project work.'),
    label: text().describe('Short label, e.g. "Day 1-2" or "Python DSA".'),
    title: text().optional().describe('Headline of the block, e.g. "Data Modeling Fundamentals".'),
    read: text().optional().describe('What to read (📖 Read).'),
    study: text().optional().describe('What to study (📖 Study).'),
    lab: text().optional().describe('The hands-on lab (🛠️ Lab).'),
    success: text().optional().describe('How to tell it worked (📊 Success).'),
    time: text().optional().describe('Time the source budgets, verbatim (⏱️ Time).'),
    items: z.array(text()).default([]).describe('Bullet items of the block, in source order.'),
    topic: reference('topics')
      .optional()
      .describe(
        'Id of our topic page standing in for a link the source made to a page that does not exist.',
      ),
  });

export const weekSchema = (reference: ReferenceFn) =>
  z.strictObject({
    plan: reference('plans').describe('Id of the plan this week belongs to.'),
    number: z.number().int().positive().describe('Week number within the plan, from 1.'),
    title: text().describe("The week's headline."),
    startDate: calendarDate()
      .optional()
      .describe("First day of the week, inside the plan's period when the plan is dated."),
    endDate: calendarDate()
      .optional()
      .describe("Last day of the week, inside the plan's period when the plan is dated."),
    datesAsStated: text()
      .optional()
      .describe(
        'The week\'s dates in the source\'s own words (e.g. "Aug 25 (Mon) – Aug 31 (Sun)"); the week page shows them as its dates.',
      ),
    focus: text().describe('One line on what the week is about.'),
    objectives: checklistItems.default([]).describe('Learning objectives; tickable.'),
    topics: z
      .array(reference('topics'))
      .default([])
      .describe('Ids of the topics the week teaches.'),
    projects: z
      .array(reference('projects'))
      .default([])
      .describe('Ids of the projects built this week.'),
    blocks: z
      .array(block(reference))
      .default([])
      .describe('Day, study, lab and practice blocks, in source order.'),
  });
