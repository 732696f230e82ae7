/**
 * The offline fallback page (./OfflinePage.astro): lists the pages saved in this browser, by their
 * titles as the saved copies give them, so a reader without a connection can go on reading.
 */
import { VISITED_CACHE, isListablePage } from './offline-files';
import { savedCopies } from './save-copy';

/** More than this and the list is cut, with a line saying how many are left out. */
const MAX_LISTED = 300;

const scope = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), location.href).href;

async function savedPages(): Promise<Array<{ url: string; title: string }>> {
  const names = [...(await savedCopies(scope)).map((copy) => copy.name), VISITED_CACHE];
  const pages = new Map<string, string>();
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (pages.has(request.url) || !request.url.startsWith(scope)) continue;
      if (!isListablePage(request.url.slice(scope.length))) continue;
      if (pages.size >= MAX_LISTED) return [...pages].map(([url, title]) => ({ url, title }));
      const html = await (await cache.match(request))?.text();
      // Starlight titles a page "Page | Site": the site's name is the same on every line.
      const title = /<title>([^<]*?)(?: \| [^|<]*)?<\/title>/i.exec(html ?? '')?.[1] ?? request.url;
      pages.set(
        request.url,
        new DOMParser().parseFromString(title, 'text/html').body.textContent ?? title,
      );
    }
  }
  return [...pages].map(([url, title]) => ({ url, title }));
}

const section = document.querySelector<HTMLElement>('[data-offline-pages]');
const list = section?.querySelector('[data-offline-list]');
if (section && list && 'caches' in window) {
  void savedPages().then((pages) => {
    if (pages.length === 0) return;
    pages.sort((a, b) => a.title.localeCompare(b.title));
    list.replaceChildren(
      ...pages.map(({ url, title }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = url;
        link.textContent = title;
        item.append(link);
        return item;
      }),
    );
    section.hidden = false;
  });
}
