/**
 * Pagefind's ranking for the site. Topic pages carry their acronyms and other names as `aliases`
 * metadata: matching a page's title or aliases outweighs repeated mentions in longer pages, so
 * "CDC" finds the topic before the project named after it (tuned against
 * tests/e2e/search.test.ts). `keywords` holds the words readers use for a plan, template or
 * checklist that its text lacks ("schedule").
 */
export const SEARCH_RANKING = {
  pageLength: 0.25,
  metaWeights: { title: 8, aliases: 8, keywords: 6 },
};
