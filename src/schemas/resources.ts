import { z } from 'astro/zod';
import { resourceKinds } from './enums.ts';
import { text, webUrl } from './common.ts';
import type { ReferenceFn } from './reference.ts';

export const resourceSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The resource's title."),
    kind: z.enum(resourceKinds).describe('What kind of material it is.'),
    authors: z.array(text()).default([]).describe('Its authors, when the source names them.'),
    url: webUrl('url')
      .optional()
      .describe("Only a URL the source gives or the resource's own canonical home (https://…)."),
    topics: z
      .array(reference('topics'))
      .default([])
      .describe(
        'Ids of the topics it teaches; their pages list it. Listing them here places the resource.',
      ),
    note: text().optional().describe('A short note, e.g. what to read it for.'),
    sources: z
      .array(reference('sources'))
      .min(1, 'a resource names at least one source')
      .describe('Ids of the sources that cite it (src/content/sources/).'),
  });
