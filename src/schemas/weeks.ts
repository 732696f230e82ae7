import { z } from 'astro/zod';
import { checklistItems } from './checklist-items';
import { blockKinds } from './enums';
import { calendarDate, text } from './common';
import type { ReferenceFn } from './reference';

/**
 * One block of a week: a day range of the 10-week path (read / lab / success / time), or a
 * strand of the 9-week plan (Python DSA, SQL, labs …) given as a list of items.
 */
const block = (reference: ReferenceFn) =>
  z.strictObject({
    kind: z.enum(blockKinds),
    /** Short label, e.g. "Day 1-2" or "Python DSA". */
    label: text(),
    /** Headline of the block, e.g. "Data Modeling Fundamentals". */
    title: text().optional(),
    /** What to read (📖 Read). */
    read: text().optional(),
    /** What to study (📖 Study). */
    study: text().optional(),
    /** The hands-on lab (🛠️ Lab). */
    lab: text().optional(),
    /** How to tell it worked (📊 Success). */
    success: text().optional(),
    /** Time the source budgets, verbatim (⏱️ Time). */
    time: text().optional(),
    /** Bullet items of the block, in source order. */
    items: z.array(text()).default([]),
    /** Our topic page standing in for a link the source made to a page that does not exist. */
    topic: reference('topics').optional(),
  });

export const weekSchema = (reference: ReferenceFn) =>
  z.strictObject({
    /** The plan this week belongs to. */
    plan: reference('plans'),
    /** Week number within the plan, from 1. */
    number: z.number().int().positive(),
    /** The week's headline. */
    title: text(),
    startDate: calendarDate().optional(),
    endDate: calendarDate().optional(),
    /** One line on what the week is about. */
    focus: text(),
    /** Learning objectives; tickable. */
    objectives: checklistItems.default([]),
    /** Topics the week teaches. */
    topics: z.array(reference('topics')).default([]),
    /** Projects built this week. */
    projects: z.array(reference('projects')).default([]),
    /** Day, study, lab and practice blocks, in source order. */
    blocks: z.array(block(reference)).default([]),
  });
