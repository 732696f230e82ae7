import {
  compareWithStored,
  decodeProgress,
  encodeProgress,
  LINK_PARAM,
} from '../lib/progress-link';
import { mergeStores, STORE_VERSION } from '../lib/progress-store';
import { loadProgress, saveProgress } from './progress-storage';
import { keysOnSite, loadCatalog } from './progress-catalog';

/**
 * "Copy a link to my progress" and opening such a link on another device (see
 * ProgressLink.astro). The ticks travel in the fragment, which is never sent to a server; an
 * incoming link is shown first and applied only when the reader chooses merge or replace.
 */
const section = document.querySelector<HTMLElement>('[data-progress-link]');

function setUp(section: HTMLElement) {
  const status = section.querySelector<HTMLElement>('[data-link-status]')!;
  const output = section.querySelector<HTMLInputElement>('[data-link-output]')!;
  const incoming = section.querySelector<HTMLElement>('[data-link-incoming]')!;
  const summary = incoming.querySelector<HTMLElement>('[data-link-summary]')!;
  const catalogUrl = section.dataset.catalogUrl!;

  section.querySelector('[data-link-copy]')!.addEventListener('click', async () => {
    try {
      const catalog = await loadCatalog(catalogUrl);
      const ticked = Object.keys(loadProgress().store.items);
      const url = new URL(location.href);
      url.hash = `${LINK_PARAM}=${encodeProgress(ticked, catalog.linkKeys)}`;
      output.value = url.href;
      output.closest('[data-link-result]')!.removeAttribute('hidden');
      output.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(url.href);
        copied = true;
      } catch {
        // Clipboard refused (permissions, insecure origin): the link is selected in the field instead.
      }
      status.textContent = `${copied ? 'Copied a link' : 'Made a link (select and copy it)'} holding your ${ticked.length} tick${ticked.length === 1 ? '' : 's'}, ${url.href.length} characters long. Open it on another device to take your progress there.`;
    } catch (error) {
      status.textContent = `Could not make a link: ${(error as Error).message}.`;
    }
  });

  const prefix = `#${LINK_PARAM}=`;
  // Opened from a link, or a link pasted into the address bar of this page while it is open.
  const receive = () => {
    if (!location.hash.startsWith(prefix)) return;
    const value = safeDecode(location.hash.slice(prefix.length));
    const forget = () => history.replaceState(null, '', location.pathname + location.search);

    loadCatalog(catalogUrl)
      .then((catalog) => {
        const result = decodeProgress(value, catalog.linkKeys);
        incoming.hidden = false;
        if (!result.ok) {
          summary.textContent = `${result.problem} Nothing was changed.`;
          incoming.querySelector<HTMLElement>('[data-link-actions]')!.hidden = true;
          forget();
          return;
        }
        incoming.querySelector<HTMLElement>('[data-link-actions]')!.hidden = false;
        const onSite = keysOnSite(catalog);
        const counts = compareWithStored(result.keys, loadProgress().store.items, onSite);
        const unplaced = counts.notOnSite + result.unknown;
        summary.textContent =
          `${counts.placed} tick${counts.placed === 1 ? '' : 's'} from a link: ${counts.fresh} new, ${counts.already} you already have.` +
          (unplaced > 0
            ? ` ${unplaced} could not be placed: their items are not on this version of the site.`
            : '') +
          ' Nothing changes until you choose.';
        const placed = result.keys.filter((k) => onSite.has(k));
        const now = new Date().toISOString();
        const fromLink = {
          version: STORE_VERSION,
          items: Object.fromEntries(placed.map((k) => [k, now])),
        } as const;
        const apply = (mode: 'merge' | 'replace') => {
          const current = loadProgress().store;
          const next = mode === 'merge' ? mergeStores(current, fromLink) : fromLink;
          if (
            mode === 'replace' &&
            !confirm(
              `Replace all ${Object.keys(current.items).length} of your ticks with the ${placed.length} from this link?`,
            )
          )
            return;
          if (!saveProgress(next)) {
            summary.textContent =
              'This browser did not let the site save progress. Nothing was changed.';
            return;
          }
          forget();
          sessionStorage.setItem(
            'atlas:progress:message',
            mode === 'merge'
              ? `Added ${counts.fresh} new ticks from the link.`
              : `Your progress is now the ${placed.length} ticks from the link.`,
          );
          location.reload();
        };
        incoming.querySelector<HTMLButtonElement>('[data-link-merge]')!.onclick = () =>
          apply('merge');
        incoming.querySelector<HTMLButtonElement>('[data-link-replace]')!.onclick = () =>
          apply('replace');
        incoming.querySelector<HTMLButtonElement>('[data-link-dismiss]')!.onclick = () => {
          incoming.hidden = true;
          forget();
          status.textContent = 'The link was set aside; nothing was changed.';
        };
        incoming.querySelector<HTMLElement>('[data-link-merge]')!.focus();
      })
      .catch((error: Error) => {
        incoming.hidden = false;
        summary.textContent = `This link could not be read: ${error.message}. Nothing was changed.`;
      });
  };
  receive();
  window.addEventListener('hashchange', receive);
}

/** A fragment as typed or pasted: percent-encoded or not, and never a reason to throw. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

if (section) setUp(section);
