import { z } from 'astro/zod';
import { resourceKinds } from './enums';
import { source, text } from './common';
import type { ReferenceFn } from './reference';

export const resourceSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: text(),
    kind: z.enum(resourceKinds),
    authors: z.array(text()).default([]),
    /** Only a URL the source gives or the resource's own canonical home. */
    url: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
    topics: z.array(reference('topics')).default([]),
    /** A short note, e.g. what to read it for. */
    note: text().optional(),
    /** Seeds that cite this resource. */
    sources: z.array(source()).min(1, 'a resource names at least one source'),
  });
