import { allowedEdits, editDistance } from '../lib/edit-distance';
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
  /**
   * Page kinds (values of the `kind` search filter) that rank below the content they describe,
   * such as editorial source notes. The dialog asks Pagefind which pages carry them.
   */
  demotedKinds: string[];
}

/** One page as the search index sees it: the text of its indexed region and its metadata. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  /** Text of the headings (h1–h6) inside the indexed region. */
  headings: string[];
}

/** Words this short are never corrected, so they need not be listed. */
const MIN_LENGTH = 3;

/**
 * Builds the vocabulary from the indexed pages: names from each page's title, aliases, keywords
 * and headings; all other words from the page text.
 */
export function buildVocabulary(
  pages: IndexedPage[],
  demotedKinds: readonly string[],
): SearchVocabulary {
  const names = new Set<string>();
  const known = new Set<string>();
  const keep = (word: string) => word.length >= MIN_LENGTH && !/^\d+$/.test(word);
  for (const page of pages) {
    const nameText = [
      page.meta.title?.replace(/ · [^·]*$/, '') ?? '',
      page.meta.aliases ?? '',
      page.meta.keywords ?? '',
      ...page.headings,
    ];
    for (const word of words(nameText.join(' '))) if (keep(word)) names.add(word);
    for (const word of words(page.content)) if (keep(word)) known.add(word);
  }
  for (const name of names) known.delete(name);
  return {
    names: [...names].sort(),
    words: [...known].sort(),
    pageCount: pages.length,
    demotedKinds: [...demotedKinds],
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
