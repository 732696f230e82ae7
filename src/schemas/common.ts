import { z } from 'astro/zod';
import { levels, sourceIds } from './enums';

/** A non-empty, trimmed line of text. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** Which seed document an entry comes from (see `sources` in enums.ts). */
export const source = () => z.enum(sourceIds);

export const level = () => z.enum(levels);

/**
 * A calendar date written as YAML `2025-08-19`; kept as a Date at midnight UTC. YAML already turns
 * an unquoted date into a Date; text must be exactly YYYY-MM-DD and a real day ("2025-02-30" and
 * "19 Aug 2025" are rejected, where a plain `z.coerce.date()` would silently accept them).
 */
export const calendarDate = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const day = value.trim();
      const date = new Date(`${day}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? date : value;
    },
    z.date({ error: 'must be a date written as YYYY-MM-DD' }).refine((d) => !Number.isNaN(d.getTime()), 'must be a date written as YYYY-MM-DD'),
  );
