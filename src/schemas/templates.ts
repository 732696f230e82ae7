import { z } from 'astro/zod';
import { source, text } from './common';

/** The body of a template entry is the template itself; these fields describe it. */
export const templateSchema = () =>
  z.strictObject({
    title: text(),
    summary: text(),
    /**
     * Words readers search with that the page's text lacks ("schedule", "how many weeks"): indexed
     * as search metadata (Pagefind `keywords`, weighted in astro.config.mjs), never shown.
     */
    keywords: z.array(text()).default([]),
    source: source(),
    /** The blanks a reader fills in, in order. */
    fields: z.array(z.strictObject({ name: text(), hint: text().optional() })).default([]),
  });
