import { z } from 'astro/zod';
import { calendarDate, level, searchKeywords, text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

/** A dated point in a plan, such as "end of week 4: project 4 shipped". */
const milestone = z.strictObject({
  date: calendarDate()
    .optional()
    .describe('The day the milestone falls on, when the source gives one.'),
  week: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The plan week it closes, when the source ties it to a week.'),
  title: text().describe('What has to be true by then.'),
});

export const planSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The plan's name as the reader sees it."),
    summary: text().describe('One or two sentences: who it is for and what it covers.'),
    keywords: searchKeywords(),
    author: text().optional().describe('The person credited by the source.'),
    source: reference('sources').describe(
      'Id of the source the plan is taken from (src/content/sources/).',
    ),
    startDate: calendarDate().optional().describe('First day of the plan, if the source dates it.'),
    endDate: calendarDate().optional().describe('Last day of the plan, if the source dates it.'),
    durationWeeks: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Length in weeks, when the plan is organised in weeks.'),
    duration: text()
      .optional()
      .describe(
        'Length as the source states it when it is not in weeks, verbatim (e.g. "18-28 months").',
      ),
    hoursPerWeek: z
      .union([
        z.number().positive(),
        z
          .strictObject({
            from: z.number().positive().describe('The lower end of the range.'),
            to: z.number().positive().describe('The upper end of the range.'),
          })
          .refine((r) => r.from <= r.to, { message: 'from must not be more than to' }),
      ])
      .optional()
      .describe(
        'Study hours per week the source asks for, stated anywhere in it: one figure, or a range ({ from: 15, to: 20 }) when the source gives one. Never an estimate of ours.',
      ),
    hoursAsStated: text()
      .optional()
      .describe(
        'The time the source asks for, in its own words, when they differ from the figure (e.g. "8 hours daily, 7 days a week").',
      ),
    hoursSplit: z
      .array(text())
      .default([])
      .describe(
        'The source\'s own lines on the hours a week, verbatim: its total, then how it divides them (e.g. "Time Commitment: 15-20 hours/week", "Theory and concepts: 5-7 hours/week"); shown under the hours.',
      ),
    cadence: text()
      .optional()
      .describe('Free-text cadence, e.g. "Daily Python + SQL, weekly projects".'),
    level: level().describe('Who the plan is pitched at.'),
    prerequisites: z.array(text()).default([]).describe('What a reader should bring.'),
    outcomes: z.array(text()).default([]).describe('What a reader can do afterwards.'),
    topics: z
      .array(reference('topics'))
      .default([])
      .describe('Ids of the topics the plan as a whole teaches.'),
    milestones: z.array(milestone).default([]).describe('Dated or week-bound checkpoints.'),
    phases: z
      .array(
        z.strictObject({
          title: text().describe("The phase's name."),
          duration: text()
            .optional()
            .describe('How long the source expects the phase to take, verbatim.'),
          weeks: z
            .array(z.number().int().positive())
            .default([])
            .describe(
              'The plan weeks the phase spans, for a plan in weeks: the week table groups them under the phase.',
            ),
          focus: text().optional().describe("What the phase covers, in the source's words."),
          projects: z
            .array(reference('projects'))
            .default([])
            .describe('Ids of the projects of the phase.'),
          topics: z
            .array(reference('topics'))
            .default([])
            .describe(
              'Ids of the topics of the phase. A phase without projects is followed by reading them: each topic page read is one tick.',
            ),
          checklists: z
            .array(reference('checklists'))
            .default([])
            .describe(
              "Ids of checklists whose items close the phase when the plan is followed, after its projects or topics. Our own pairing unless the source makes it: say so in the plan's text.",
            ),
        }),
      )
      .default([])
      .describe(
        'Phases that group projects or topics rather than weeks (e.g. the 30-project timeline).',
      ),
    order: z
      .number()
      .int()
      .default(100)
      .describe('Order among plans in lists and the sidebar (lower first).'),
  });
