/**
 * Served as the search bundle's `pagefind.js`, which Starlight's search dialog imports when the
 * reader first focuses the search box: Pagefind's own module (renamed `pagefind-engine.js` at build
 * time) with a forgiving `search()` in front of it. Everything else is Pagefind's, unchanged, so
 * the dialog keeps its keyboard handling, filters and result markup.
 */
import * as engine from './pagefind-engine.js';
import { forgivingSearch } from '../../lib/search/forgiving';
import { indexVocabulary, type SearchVocabulary } from '../../lib/search/vocabulary';
import { showOutcome } from './notice';

export {
  createInstance,
  debouncedSearch,
  destroy,
  filters,
  init,
  mergeIndex,
  preload,
} from './pagefind-engine.js';

/** Where the bundle lives: Pagefind derives it from its own file name, which we changed. */
const bundlePath = new URL('./', import.meta.url).pathname;

export function options(opts: Record<string, unknown> = {}) {
  return engine.options({ basePath: bundlePath, ...opts });
}

let vocabulary: ReturnType<typeof loadVocabulary> | undefined;
async function loadVocabulary() {
  const response = await fetch(new URL('../search-vocabulary.json', import.meta.url));
  const data = (
    response.ok ? await response.json() : { names: [], words: [], pageCount: 0, demoted: [] }
  ) as SearchVocabulary;
  return {
    index: indexVocabulary(data),
    pageCount: data.pageCount,
    demoted: new Set(data.demoted),
  };
}

/** The query the reader asked to search as typed, after turning a correction down. */
let literalQuery: string | undefined;
let latest = 0;

export async function search(term: string, searchOptions?: unknown) {
  const call = ++latest;
  const query = term.trim();
  if (literalQuery !== undefined && literalQuery !== query) literalQuery = undefined;
  const outcome = await forgivingSearch(
    query,
    {
      search: (t: string) => engine.search(t, searchOptions),
      vocabulary: () => (vocabulary ??= loadVocabulary()),
    },
    literalQuery === query,
  );
  if (call === latest) {
    showOutcome(query, outcome, () => {
      literalQuery = query;
    });
  }
  return outcome.response;
}
