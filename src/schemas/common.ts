import { z } from 'astro/zod';
import { levels } from './enums.ts';

/**
 * Building blocks shared by the schemas. Every field of every schema carries its documentation as
 * Zod's `.describe()` text, so the same sentence reaches a reader of the schema, the scaffold that
 * `npm run new` writes and any tool that walks the schema at runtime.
 */

/** A non-empty, trimmed line of text. */
export const text = () => z.string().trim().min(1, 'must not be empty');

export const level = () => z.enum(levels);

/** Search words a page lacks, for plans, templates and checklists alike. */
export const searchKeywords = () =>
  z
    .array(text())
    .default([])
    .describe(
      'Words readers search with that the page\'s text lacks ("schedule", "how many weeks"): indexed as search metadata (Pagefind `keywords`), never shown.',
    );

/** URL schemes a URL field may use; anything else (javascript:, data:, relative paths) is refused. */
const WEB_SCHEMES = ['https:', 'http:'] as const;

/**
 * An absolute web address for the field `field`. Only `https:` and `http:` (plus `mailto:` when
 * `mailto` is set) pass: a `javascript:`, `vbscript:` or `data:` URL would run or embed content in
 * a reader's browser, and a relative path would resolve against whichever page shows it. The text
 * must be exactly the URL: browsers drop tabs, newlines and leading spaces before parsing, which
 * is how `java\tscript:` slips past a naive prefix check, so any whitespace or control character
 * is refused outright.
 */
export const webUrl = (field: string, { mailto = false }: { mailto?: boolean } = {}) => {
  const schemes: readonly string[] = mailto ? [...WEB_SCHEMES, 'mailto:'] : WEB_SCHEMES;
  const allowed = schemes.map((s) => (s === 'mailto:' ? 'mailto:' : `${s}//`)).join(' or ');
  const message = `${field} must be an absolute ${allowed} URL, e.g. https://example.org/`;
  return z.string({ error: message }).refine((value) => {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    if (/[\s\u0000-\u001f\u007f-\u009f]/u.test(value)) return false;
    // Written absolute: `https:example.org` parses, but is not what its author meant.
    if (!/^(?:https?:\/\/|mailto:)/i.test(value)) return false;
    try {
      const url = new URL(value);
      if (!schemes.includes(url.protocol)) return false;
      return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '';
    } catch {
      return false;
    }
  }, message);
};

/**
 * A calendar date written as YAML `2025-08-19`; kept as a Date at midnight UTC. YAML already turns
 * an unquoted date into a Date; text must be exactly YYYY-MM-DD and a real day ("2025-02-30" and
 * "19 Aug 2025" are rejected, where a plain `z.coerce.date()` would silently accept them).
 */
export const calendarDate = () =>
  z
    .preprocess(
      (value) => {
        if (typeof value !== 'string') return value;
        const day = value.trim();
        const date = new Date(`${day}T00:00:00Z`);
        return /^\d{4}-\d{2}-\d{2}$/.test(day) &&
          !Number.isNaN(date.getTime()) &&
          date.toISOString().startsWith(day)
          ? date
          : value;
      },
      z
        .date({ error: 'must be a date written as YYYY-MM-DD' })
        .refine((d) => !Number.isNaN(d.getTime()), 'must be a date written as YYYY-MM-DD'),
    )
    // Tells tools that walk the schema as JSON Schema (`npm run new`) what to write here.
    .meta({ type: 'string', format: 'date' });
