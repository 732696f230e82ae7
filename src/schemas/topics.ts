import { z } from 'astro/zod';
import { topicCategories } from './enums';
import { text } from './common';
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
  });
