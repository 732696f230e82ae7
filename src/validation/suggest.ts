import { editDistance } from '../lib/edit-distance';

/**
 * "Did you mean" candidates for a value that matches nothing allowed: near misses by edit
 * distance (`apache-kafak`), and values that differ by a prefix or suffix (`pinot` for
 * `apache-pinot`, `database` for `databases`). Plain data in and out.
 */

/** Up to `limit` allowed values closest to `value`, best first. */
export function suggest(value: string, allowed: readonly string[], limit = 3): string[] {
  const wanted = value.trim().toLowerCase();
  if (!wanted) return [];
  return (
    allowed
      .map((candidate) => {
        const c = candidate.toLowerCase();
        const distance = editDistance(wanted, c);
        // A whole word more or less on either side ("pinot" → "apache-pinot") is a likely fix too.
        const affix =
          c.endsWith(wanted) || c.startsWith(wanted) || wanted.endsWith(c) || wanted.startsWith(c);
        const near = distance <= Math.max(1, Math.floor(wanted.length / 4));
        const likely = near || (affix && Math.min(c.length, wanted.length) >= 3);
        return { candidate, distance, lengths: Math.abs(c.length - wanted.length), likely };
      })
      .filter((c) => c.likely && c.candidate !== value)
      // Among equally near values, one of the same length is the likelier typo ("lable" → "label").
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          a.lengths - b.lengths ||
          a.candidate.localeCompare(b.candidate),
      )
      .slice(0, limit)
      .map((c) => c.candidate)
  );
}

/** " Did you mean: a, b?" or nothing. */
export function didYouMean(value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const found = suggest(value, allowed);
  return found.length ? ` Did you mean: ${found.join(', ')}?` : '';
}
