import { z } from 'astro/zod';
import type { ReferenceFn } from '../../../src/schemas/reference';

/** Stands in for Astro's reference(): accepts an id and yields `{ collection, id }`, as Astro stores it. */
export const fakeReference: ReferenceFn = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }));

/** The messages and paths of a failed parse, for assertions. */
export function issues(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error!.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
}
