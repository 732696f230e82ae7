import { z } from 'astro/zod';
import { searchKeywords, text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

/** The body of a template entry is the template itself; these fields describe it. */
export const templateSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The template's name as the reader sees it."),
    summary: text().describe('One or two sentences on when to use it.'),
    keywords: searchKeywords(),
    source: reference('sources').describe(
      'Id of the source the template is taken from (src/content/sources/).',
    ),
    fields: z
      .array(
        z.strictObject({
          name: text().describe('A blank the reader fills in.'),
          hint: text().optional().describe('A hint for filling it in.'),
        }),
      )
      .default([])
      .describe('The blanks a reader fills in, in order.'),
  });
