/** A result as Pagefind returns it before its page data is loaded. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** What one part of a query (a word, or one side of a comparison) found, and how much it counts. */
interface PartResults<R extends ScoredResult> {
  weight: number;
  results: R[];
}

/** How much a demoted page's score counts: it stays findable, below the pages it describes. */
const DEMOTED_SCORE = 0.3;

/**
 * Weight of a query part by how rare it is: a word on every page ("data") tells the pages apart
 * far less than one on a few ("watermark"). Never zero, so holding a common word still counts.
 */
export function rarityWeight(pagesFound: number, pageCount: number): number {
  return Math.max(0.2, Math.log((pageCount + 1) / (pagesFound + 1)));
}

/**
 * Ranks pages by how many of the query's parts they hold, each part counted by its weight, and
 * by how well the page matches that part compared with the part's best page. `holding` is what
 * merely holding a part is worth (0 to 1): high for the words of a question, so pages with most of
 * them come first; zero for the sides of a comparison, so a page about one side outranks a page
 * that mentions both in passing.
 */
export function rankByParts<R extends ScoredResult>(
  parts: PartResults<R>[],
  demoted: ReadonlySet<string> = new Set(),
  holding = 0.5,
): R[] {
  const totals = new Map<string, { result: R; total: number }>();
  for (const { weight, results } of parts) {
    const best = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
    for (const result of results) {
      const entry = totals.get(result.id) ?? { result, total: 0 };
      entry.total += weight * (holding + ((1 - holding) * result.score) / best);
      totals.set(result.id, entry);
    }
  }
  return [...totals.values()]
    .map((entry) => ({
      ...entry,
      total: entry.total * (demoted.has(entry.result.id) ? DEMOTED_SCORE : 1),
    }))
    .sort((a, b) => b.total - a.total)
    .map((entry) => entry.result);
}

/** Pagefind's own order, with demoted pages' scores scaled down. */
export function demote<R extends ScoredResult>(results: R[], demoted: ReadonlySet<string>): R[] {
  if (!results.some((r) => demoted.has(r.id))) return results;
  const score = (r: R) => r.score * (demoted.has(r.id) ? DEMOTED_SCORE : 1);
  return [...results].sort((a, b) => score(b) - score(a));
}
