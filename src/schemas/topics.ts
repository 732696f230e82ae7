import { z } from 'astro/zod';
import { topicCategories } from './enums';
import { calendarDate, text } from './common';
import type { ReferenceFn } from './reference';

export const topicSchema = (reference: ReferenceFn) =>
  z.strictObject({
    /** The concept or tool, as it is usually written. */
    title: text(),
    category: z.enum(topicCategories),
    /** One or two sentences in our own words. */
    summary: text(),
    /** Acronyms and other names readers search for (CDC, SCD, IaC …). */
    aliases: z.array(text()).default([]),
    /** Closely related topics; the reverse direction is derived. */
    related: z.array(reference('topics')).default([]),
    /** Resources that teach this topic, besides those that name it themselves. */
    resources: z.array(reference('resources')).default([]),
    /**
     * The day this text was last checked against vendor documentation, release notes or the
     * standard (YYYY-MM-DD). Pages show the month, and `staleTopics()` in src/lib/topic-review.ts
     * lists topics reviewed more than 12 months ago, because product names, versions and limits
     * change.
     */
    reviewed: calendarDate(),
  });
