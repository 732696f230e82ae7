import { allowedEdits, editDistance } from './edit-distance';
import { words } from './words';

/**
 * What the search dialog knows of the site's own words, written at build time to
 * `search-vocabulary.json` and loaded once, on the first search.
 */
export interface SearchVocabulary {
  /** Words of titles, aliases, keywords and headings: the names a misspelling is corrected to. */
  names: string[];
  /** Every other word the pages hold: a word found here is never "corrected". */
  words: string[];
  /** How many pages the index holds, to tell rare words from common ones. */
  pageCount: number;
  /** Pagefind ids of pages that rank below the content they describe (editorial source notes). */
  demoted: string[];
}

/** One indexed page as Pagefind's fragment files describe it. */
export interface IndexedPage {
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Array<{ element: string; text: string }>;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Words this short are never corrected, so they need not be listed. */
const MIN_LENGTH = 3;

/**
 * Builds the vocabulary from the finished index: names from each page's title, aliases,
 * keywords and headings; all other words from the page text. `isDemoted` picks the pages that
 * should rank below the rest.
 */
export function buildVocabulary(
  pages: IndexedPage[],
  isDemoted: (url: string) => boolean,
): SearchVocabulary {
  const names = new Set<string>();
  const known = new Set<string>();
  const keep = (word: string) => word.length >= MIN_LENGTH && !/^\d+$/.test(word);
  for (const page of pages) {
    const nameText = [
      page.meta.title?.replace(/ · [^·]*$/, '') ?? '',
      page.meta.aliases ?? '',
      page.meta.keywords ?? '',
      ...page.anchors.filter((a) => HEADINGS.has(a.element)).map((a) => a.text),
    ];
    for (const word of words(nameText.join(' '))) if (keep(word)) names.add(word);
    for (const word of words(page.content)) if (keep(word)) known.add(word);
  }
  for (const name of names) known.delete(name);
  return {
    names: [...names].sort(),
    words: [...known].sort(),
    pageCount: pages.length,
    demoted: pages
      .filter((page) => isDemoted(page.url))
      .map((page) => page.id)
      .sort(),
  };
}

/** A vocabulary ready for look-ups. */
export interface VocabularyIndex {
  has(word: string): boolean;
  /** The name (or, failing that, the page word) a misspelled word most likely meant, if any is close enough. */
  correct(word: string): string | undefined;
}

export function indexVocabulary(
  vocabulary: Pick<SearchVocabulary, 'names' | 'words'>,
): VocabularyIndex {
  const names = new Set(vocabulary.names);
  const known = new Set(vocabulary.words);
  const closest = (word: string, candidates: Iterable<string>, max: number) => {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of candidates) {
      const distance = editDistance(word, candidate, Math.min(max, bestDistance));
      // Ties go to the candidate closest in length, then to the first in alphabetical order.
      const better =
        distance < bestDistance ||
        (distance === bestDistance &&
          best !== undefined &&
          Math.abs(candidate.length - word.length) < Math.abs(best.length - word.length));
      if (distance <= max && better) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };
  return {
    has: (word) => names.has(word) || known.has(word),
    correct(word) {
      const max = allowedEdits(word.length);
      if (max === 0 || names.has(word) || known.has(word)) return undefined;
      return closest(word, names, max) ?? closest(word, known, max);
    },
  };
}
