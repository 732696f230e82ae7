/**
 * "Did you mean" candidates for a value that matches nothing allowed: near misses by edit
 * distance (`apache-kafak`), and values that differ by a prefix or suffix (`pinot` for
 * `apache-pinot`, `database` for `databases`). Plain data in and out.
 */
/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      // A swap of two neighbouring letters ("lable" for "label") is one slip, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

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
