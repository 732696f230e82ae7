import { setTicked } from './store';
import { loadProgress, saveProgress } from './storage';
import { keysOnSite, loadCatalog } from './catalog-fetch';

/**
 * Ticks whose item is no longer on the site (its wording changed, or it was removed): listed
 * with the words of their key and when they were ticked, never dropped unless the reader says so.
 */
const section = document.querySelector<HTMLElement>('[data-orphan-ticks]');

const words = (key: string) => {
  const [collection, ...rest] = key.split('/');
  const item = rest.pop() ?? '';
  return {
    item: item.replace(/-/g, ' '),
    where: `${collection}: ${rest.join('/').replace(/-/g, ' ')}`,
  };
};

async function render(section: HTMLElement) {
  const list = section.querySelector<HTMLElement>('[data-orphan-list]')!;
  const status = section.querySelector<HTMLElement>('[data-orphan-status]')!;
  const { items } = loadProgress().store;
  // No ticks, nothing to compare: the site's list of items (about 30 KiB) is not fetched.
  if (Object.keys(items).length === 0) {
    section.hidden = true;
    return;
  }
  const onSite = keysOnSite(await loadCatalog(section.dataset.catalogUrl!));
  const orphans = Object.keys(items)
    .filter((key) => !onSite.has(key))
    .sort();
  section.hidden = orphans.length === 0;
  section.querySelector<HTMLElement>('[data-orphan-count]')!.textContent = String(orphans.length);
  const drop = (keys: string[]) => {
    let store = loadProgress().store;
    for (const key of keys) store = setTicked(store, key, false);
    if (!saveProgress(store))
      status.textContent = 'This browser did not let the site save progress.';
    else
      status.textContent =
        keys.length === 1
          ? `Dropped the tick on "${words(keys[0]).item}".`
          : `Dropped ${keys.length} ticks.`;
    void render(section);
  };
  list.replaceChildren(
    ...orphans.map((key) => {
      const li = document.createElement('li');
      const { item, where } = words(key);
      const text = document.createElement('span');
      text.textContent = `${item} (${where}), ticked ${items[key].slice(0, 10)} `;
      const code = Object.assign(document.createElement('code'), { textContent: key });
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'atlas-button',
        textContent: 'Drop',
      });
      button.setAttribute('aria-label', `Drop the tick on ${item}`);
      button.addEventListener('click', () => drop([key]));
      li.append(text, code, ' ', button);
      return li;
    }),
  );
  section.querySelector<HTMLButtonElement>('[data-orphan-drop-all]')!.onclick = () => {
    if (confirm(`Drop all ${orphans.length} ticks for items no longer on the site?`)) drop(orphans);
  };
}

if (section) {
  render(section).catch((error: Error) => {
    section.hidden = false;
    section.querySelector<HTMLElement>('[data-orphan-status]')!.textContent =
      `Could not check for ticks on removed items: ${error.message}.`;
  });
}
