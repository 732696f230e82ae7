import { z } from 'astro/zod';
import { source, text } from './common';
import type { ReferenceFn } from './reference';

export const readingSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text(),
    summary: text(),
    source: source(),
    /** The list in the source's order. */
    items: z
      .array(
        z.strictObject({
          resource: reference('resources'),
          /** What the source says about this entry in this list. */
          note: text().optional(),
          /** The source's own rank or rating (1 = read first). */
          priority: z.number().int().positive().optional(),
        }),
      )
      .min(1, 'a reading list has at least one item'),
  });
