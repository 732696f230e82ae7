import { z } from 'astro/zod';
import { checklistItems } from './checklist-items';
import { level, source, text } from './common';
import type { ReferenceFn } from './reference';

export const projectSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text(),
    /** Number in its source's own sequence (1–30, or 1–8 in the 9-week plan). */
    number: z.number().int().positive().optional(),
    level: level(),
    /** What you build, in one or two sentences. */
    summary: text(),
    /** The skills-and-tools table: one row per category. */
    skills: z.array(z.strictObject({ category: text(), details: text() })).default([]),
    /** The work, as tickable items. */
    tasks: checklistItems.default([]),
    /** What you hand in at the end. */
    deliverables: z.array(text()).default([]),
    /** Tables the project builds, with what they hold. */
    tables: z.array(z.strictObject({ name: text(), detail: text().optional() })).default([]),
    /** Topics the project practises; at least one. */
    topics: z.array(reference('topics')).min(1, 'a project links to at least one topic'),
    /** Projects to do first. */
    prerequisites: z.array(reference('projects')).default([]),
    source: source(),
  });
