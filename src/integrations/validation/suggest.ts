/**
 * "Did you mean" candidates for a value that matches nothing allowed: near misses by edit
 * distance (`apache-kafak`), and values that differ by a prefix or suffix (`pinot` for
 * `apache-pinot`, `database` for `databases`). Plain data in and out.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `limit` allowed values closest to `value`, best first. */
export function suggest(value: string, allowed: readonly string[], limit = 3): string[] {
  const wanted = value.trim().toLowerCase();
  if (!wanted) return [];
  return allowed
    .map((candidate) => {
      const c = candidate.toLowerCase();
      const distance = editDistance(wanted, c);
      // A whole word more or less on either side ("pinot" → "apache-pinot") is a likely fix too.
      const affix = c.endsWith(wanted) || c.startsWith(wanted) || wanted.endsWith(c) || wanted.startsWith(c);
      const near = distance <= Math.max(1, Math.floor(wanted.length / 4));
      return { candidate, distance, likely: near || (affix && Math.min(c.length, wanted.length) >= 3) };
    })
    .filter((c) => c.likely && c.candidate !== value)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** " Did you mean: a, b?" or nothing. */
export function didYouMean(value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const found = suggest(value, allowed);
  return found.length ? ` Did you mean: ${found.join(', ')}?` : '';
}
