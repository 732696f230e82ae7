/**
 * The search UI, loaded on the first sign of search intent (./search-dialog.ts): Pagefind's
 * default UI, pointed through its documented `bundlePath` option at the site's search module
 * (`/search/pagefind.js`, ./pagefind-proxy.ts), which answers through Pagefind's own bundle.
 */
import { PagefindUI } from '@pagefind/default-ui';
// As URLs, not imports: an imported stylesheet would be linked from every page that can search.
import pagefindCss from '@pagefind/default-ui/css/ui.css?url';
import siteCss from './search-ui.css?url';
import { SEARCH_RANKING } from './ranking';

let mounted = false;

export function mountSearch(element: HTMLElement) {
  if (mounted) return;
  mounted = true;
  for (const href of [pagefindCss, siteCss]) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  new PagefindUI({
    element,
    bundlePath: `${base}search/`,
    baseUrl: base,
    showImages: false,
    showSubResults: true,
    ranking: SEARCH_RANKING,
  });
  // Pagefind's box has only a placeholder, which axe reports as a missing label.
  const input = element.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (input && !input.hasAttribute('aria-label')) {
    input.setAttribute('aria-label', input.placeholder || 'Search');
  }
}
