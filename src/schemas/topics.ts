import { z } from 'astro/zod';
import { topicCategories } from './enums';
import { calendarDate, text } from './common';
import type { ReferenceFn } from './reference';

/** A topic is the atlas's own summary of a concept or tool; it credits no source. */
export const topicSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe('The concept or tool, as it is usually written.'),
    category: z.enum(topicCategories).describe('The group the topic index lists it under.'),
    summary: text().describe('One or two sentences in our own words.'),
    aliases: z
      .array(text())
      .default([])
      .describe('Acronyms and other names readers search for (CDC, SCD, IaC …).'),
    related: z
      .array(reference('topics'))
      .default([])
      .describe('Ids of closely related topics; the reverse direction is derived.'),
    resources: z
      .array(reference('resources'))
      .default([])
      .describe('Ids of resources that teach this topic, besides those that name it themselves.'),
    // `.meta()` replaces a schema's metadata, so the date format calendarDate() declares is restated.
    reviewed: calendarDate().meta({
      type: 'string',
      format: 'date',
      description:
        'The day this text was last checked against vendor documentation, release notes or the standard (YYYY-MM-DD); pages show the month, and npm run check warns when it is more than 12 months ago.',
    }),
  });
