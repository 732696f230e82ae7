/**
 * The search module the dialog's Pagefind UI loads. The UI imports `<bundlePath>pagefind.js` and
 * calls Pagefind's documented JavaScript API on it (`options`, `search`, `filters`, `preload`, …);
 * the dialog points `bundlePath` at the folder this file is built into (`/search/`), so the UI
 * talks to this module, which answers through Pagefind's own, untouched `pagefind/pagefind.js`
 * with a forgiving `search()`: misspellings corrected, comparisons and questions searched part
 * by part, editorial notes ranked below what they describe.
 *
 * Built on its own (esbuild, by `./integration.ts`), as the UI needs a fixed file name.
 */
import { forgivingSearch } from './forgiving';
import { OFFLINE_CHANNEL, type OfflineMiss } from '../offline/offline-files';
import { showIndexMissing, showOutcome } from './notice';
import { indexVocabulary, type SearchVocabulary } from './vocabulary';

interface PagefindResult {
  id: string;
  score: number;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: unknown): Promise<PagefindResponse>;
  debouncedSearch(term: string, options?: unknown, ms?: number): Promise<PagefindResponse | null>;
  preload(term: string, options?: unknown): Promise<void>;
  filters(): Promise<unknown>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}

/** Pagefind's own bundle, beside this module's folder. */
const engineUrl = new URL('../pagefind/pagefind.js', import.meta.url).href;
const engine = import(/* @vite-ignore */ engineUrl) as Promise<Pagefind>;

export const options = async (opts: Record<string, unknown>) => (await engine).options(opts);
export const init = async () => (await engine).init();
export const preload = async (term: string, opts?: unknown) => (await engine).preload(term, opts);
export const filters = async () => (await engine).filters();
export const mergeIndex = async (url: string, opts?: Record<string, unknown>) =>
  (await engine).mergeIndex(url, opts);
export const destroy = async () => (await engine).destroy();

/** Pagefind ids of the pages of the given kinds: a filter-only search (`search(null, …)`). */
async function pagesOfKinds(pagefind: Pagefind, kinds: string[]): Promise<Set<string>> {
  const found = await Promise.all(
    kinds.map((kind) => pagefind.search(null, { filters: { kind } })),
  );
  return new Set(found.flatMap((response) => response.results.map((r) => r.id)));
}

let vocabulary: ReturnType<typeof loadVocabulary> | undefined;
async function loadVocabulary() {
  const response = await fetch(new URL('../search-vocabulary.json', import.meta.url));
  const data = (
    response.ok ? await response.json() : { names: [], words: [], pageCount: 0, demotedKinds: [] }
  ) as SearchVocabulary;
  return {
    index: indexVocabulary(data),
    pageCount: data.pageCount,
    demoted: await pagesOfKinds(await engine, data.demotedKinds),
  };
}

/**
 * How many files of the search index the service worker could not give (offline, never saved).
 * Pagefind skips such a chunk silently; the reader is told instead, whichever comes first: the
 * worker's word or the search's results.
 */
let indexMisses = 0;
if (typeof BroadcastChannel !== 'undefined') {
  new BroadcastChannel(OFFLINE_CHANNEL).addEventListener('message', (event) => {
    const miss = event.data as Partial<OfflineMiss> | undefined;
    if (miss?.type !== 'offline-miss' || !miss.path?.startsWith('pagefind/')) return;
    indexMisses++;
    showIndexMissing();
  });
}

/** The query the reader asked to search as typed, after turning a correction down. */
let literalQuery: string | undefined;
let latest = 0;

export async function search(term: string, searchOptions?: unknown) {
  const pagefind = await engine;
  const call = ++latest;
  const missesBefore = indexMisses;
  const query = term.trim();
  if (literalQuery !== undefined && literalQuery !== query) literalQuery = undefined;
  const outcome = await forgivingSearch(
    query,
    {
      search: (t: string) => pagefind.search(t, searchOptions),
      vocabulary: () => (vocabulary ??= loadVocabulary()),
    },
    literalQuery === query,
  );
  if (call === latest) {
    showOutcome(query, outcome, () => {
      literalQuery = query;
    });
    if (indexMisses !== missesBefore) showIndexMissing();
  }
  return outcome.response;
}

let debounced = 0;
export async function debouncedSearch(term: string, searchOptions?: unknown, ms = 300) {
  const call = ++debounced;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return call === debounced ? search(term, searchOptions) : null;
}
