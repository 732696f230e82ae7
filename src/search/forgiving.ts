import { comparisonSides } from './comparison';
import { rankByParts, rarityWeight, demote, type ScoredResult } from './rank';
import type { VocabularyIndex } from './vocabulary';
import { contentWords, words } from './words';

/** Fewer results than this count as "very little": the query is retried part by part. */
const ENOUGH_RESULTS = 3;

interface SearchResponse<R extends ScoredResult> {
  results: R[];
}

interface ForgivingDeps<R extends ScoredResult, T extends SearchResponse<R>> {
  /** The engine's own search (Pagefind: every word must be on the page). */
  search(term: string): Promise<T>;
  /** The site's vocabulary, loaded on first use. */
  vocabulary(): Promise<{
    index: VocabularyIndex;
    pageCount: number;
    demoted: ReadonlySet<string>;
  }>;
}

interface ForgivingOutcome<T> {
  response: T;
  /** The query as searched, when misspellings were corrected. */
  corrected?: string;
  /** The words searched one by one, when the whole query found too little. */
  retriedWith?: string[];
  /** The two things compared, each searched on its own, when the query was a comparison. */
  compared?: [string, string];
}

/** The query with each misspelled word replaced by the site word it most likely meant. */
export function correctQuery(query: string, index: VocabularyIndex): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const fix = index.correct(word.toLowerCase());
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? corrected : undefined;
}

/**
 * Pagefind, forgiving: corrects misspelled words against the site's vocabulary (unless `literal`),
 * searches for both sides of a comparison, and when the whole query finds very little, retries
 * with its naming words one by one and ranks pages by how many of them they hold.
 */
export async function forgivingSearch<R extends ScoredResult, T extends SearchResponse<R>>(
  query: string,
  deps: ForgivingDeps<R, T>,
  literal = false,
): Promise<ForgivingOutcome<T>> {
  if (words(query).length === 0) return { response: await deps.search(query) };
  const { index, pageCount, demoted } = await deps.vocabulary();
  const corrected = literal ? undefined : correctQuery(query, index);
  const term = corrected ?? query;
  const sides = comparisonSides(term);
  const naming = contentWords(term);
  // Pagefind wants every word on the page, and a question's own words ("how", "vs", "difference")
  // are rarely on the page that answers it: search for what the query names.
  const whole = await deps.search(naming.length ? naming.join(' ') : term);
  const parts = sides ? sides.map((side) => side.join(' ')) : naming;
  const outcome = (response: T, retried = false): ForgivingOutcome<T> => ({
    response,
    ...(corrected ? { corrected } : {}),
    ...(retried && sides ? { compared: [parts[0], parts[1]] as [string, string] } : {}),
    ...(retried && !sides ? { retriedWith: parts } : {}),
  });
  if ((!sides && whole.results.length >= ENOUGH_RESULTS) || parts.length < 2) {
    return outcome({ ...whole, results: demote(whole.results, demoted) });
  }
  const found = await Promise.all(parts.map((part) => deps.search(part)));
  const ranked = rankByParts(
    found.map((response) => ({
      // Both sides of a comparison count alike; single words count by how rare they are.
      weight: sides ? 1 : rarityWeight(response.results.length, pageCount),
      results: response.results,
    })),
    demoted,
    sides ? 0 : 0.5,
  );
  return outcome({ ...whole, results: ranked }, true);
}
