import { z } from 'astro/zod';
import { calendarDate, level, source, text } from './common';
import type { ReferenceFn } from './reference';

/** A dated point in a plan, such as "end of week 4: project 4 shipped". */
const milestone = z.strictObject({
  /** The day the milestone falls on, when the source gives one. */
  date: calendarDate().optional(),
  /** The plan week it closes, when the source ties it to a week. */
  week: z.number().int().positive().optional(),
  /** What has to be true by then. */
  title: text(),
});

export const planSchema = (reference: ReferenceFn) =>
  z.strictObject({
    /** The plan's name as the reader sees it. */
    title: text(),
    /** One or two sentences: who it is for and what it covers. */
    summary: text(),
    /**
     * Words readers search with that the page's text lacks ("schedule", "how many weeks"): indexed
     * as search metadata (Pagefind `keywords`, weighted in astro.config.mjs), never shown.
     */
    keywords: z.array(text()).default([]),
    /** The person credited by the source. */
    author: text().optional(),
    /** The seed document this plan is taken from. */
    source: source(),
    /** First day of the plan, if the source dates it. */
    startDate: calendarDate().optional(),
    /** Last day of the plan, if the source dates it. */
    endDate: calendarDate().optional(),
    /** Length in weeks, when the plan is organised in weeks. */
    durationWeeks: z.number().int().positive().optional(),
    /** Length as the source states it when it is not in weeks, verbatim (e.g. "18-28 months"). */
    duration: text().optional(),
    /** Study hours per week the source asks for. */
    hoursPerWeek: z.number().positive().optional(),
    /** Free-text cadence, e.g. "Daily Python + SQL, weekly projects". */
    cadence: text().optional(),
    /** Who the plan is pitched at. */
    level: level(),
    /** What a reader should bring. */
    prerequisites: z.array(text()).default([]),
    /** What a reader can do afterwards. */
    outcomes: z.array(text()).default([]),
    /** Topics the plan as a whole teaches. */
    topics: z.array(reference('topics')).default([]),
    /** Dated or week-bound checkpoints. */
    milestones: z.array(milestone).default([]),
    /** Phases that group projects or topics rather than weeks (e.g. the 30-project timeline). */
    phases: z
      .array(
        z.strictObject({
          title: text(),
          /** How long the source expects the phase to take, verbatim. */
          duration: text().optional(),
          /** What the phase covers, in the source's words. */
          focus: text().optional(),
          projects: z.array(reference('projects')).default([]),
          topics: z.array(reference('topics')).default([]),
        }),
      )
      .default([]),
    /** Order among plans in lists and the sidebar (lower first). */
    order: z.number().int().default(100),
  });
