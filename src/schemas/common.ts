import { z } from 'astro/zod';
import { levels, sourceIds } from './enums';

/** A non-empty, trimmed line of text. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** Which seed document an entry comes from (see `sources` in enums.ts). */
export const source = () => z.enum(sourceIds);

export const level = () => z.enum(levels);

/** A calendar date written as YAML `2025-08-19`; kept as a Date at midnight UTC. */
export const calendarDate = () =>
  z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }).refine((d) => !Number.isNaN(d.getTime()), 'must be a date written as YYYY-MM-DD');
