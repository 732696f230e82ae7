import { z } from 'astro/zod';
import { text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

export const readingSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The list's name as the reader sees it."),
    summary: text().describe('One or two sentences on what the list is for.'),
    source: reference('sources').describe(
      'Id of the source the list is taken from (src/content/sources/).',
    ),
    items: z
      .array(
        z.strictObject({
          resource: reference('resources').describe('Id of a resource (src/content/resources/).'),
          note: text().optional().describe('What the source says about this entry in this list.'),
          priority: z
            .number()
            .int()
            .positive()
            .optional()
            .describe("The source's own rank or rating (1 = read first)."),
        }),
      )
      .min(1, 'a reading list has at least one item')
      .describe("The list in the source's order."),
  });
