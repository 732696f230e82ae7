import { z } from 'astro/zod';
import { text } from './common.ts';
import type { ReferenceFn } from './reference.ts';

/**
 * A document the atlas's content is taken from. Plans, projects, reading lists, templates,
 * checklists and resources credit one (`source:`, or `sources:` for a resource); the credit under
 * each of their pages and the table on the sources page are built from these entries.
 */
export const sourceSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text().describe("The document's title as its credit line shows it."),
    file: text()
      .optional()
      .describe(
        'File name of the original document, shown beside its title; omit for material of your own.',
      ),
    author: text().optional().describe('Who wrote the document, when it says so.'),
    dated: text()
      .optional()
      .describe(
        'When the document was written or last updated, as it states it (e.g. "2025-11-01").',
      ),
    notes: reference('docs')
      .optional()
      .describe(
        'Id of the page in src/content/docs/ that says what was taken from the document (e.g. sources/my-notes); the credit links to it.',
      ),
    order: z.number().int().default(100).describe('Position in the sources table (lower first).'),
  });
