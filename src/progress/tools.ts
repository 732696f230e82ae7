import { emptyStore } from './store';
import { exportJson, exportMarkdown, importJson, mergeStores } from './transfer';
import { loadCatalog } from './catalog-fetch';
import { listBackups, loadProgress, removeBackup, saveProgress } from './storage';
import { download } from '../lib/download';

/** The progress page's tools: export (JSON, Markdown), import (merge or replace), reset, and kept backups. */
const tools = document.querySelector<HTMLElement>('[data-progress-tools]')!;
const status = tools.querySelector<HTMLElement>('[data-status]')!;
const say = (message: string) => (status.textContent = message);

const today = () => new Date().toISOString().slice(0, 10);

/** Saves and tells every progress script on this page to redraw (they listen for storage changes in other tabs only). */
function commit(store: ReturnType<typeof emptyStore>, message: string) {
  if (!saveProgress(store)) {
    say('This browser did not let the site save progress.');
    return;
  }
  sessionStorage.setItem('atlas:progress:message', message);
  location.reload();
}

function showBackups() {
  const backups = listBackups();
  const box = tools.querySelector<HTMLElement>('[data-backups]')!;
  const list = tools.querySelector<HTMLElement>('[data-backup-list]')!;
  box.hidden = backups.length === 0;
  list.replaceChildren(
    ...backups.map(({ key, raw }) => {
      const li = document.createElement('li');
      const when = key.split(':').slice(3).join(':');
      const get = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'atlas-button',
        textContent: `Download backup from ${when}`,
      });
      get.addEventListener('click', () =>
        download(
          `atlas-progress-backup-${when.replace(/[:.]/g, '-')}.json`,
          raw,
          'application/json',
        ),
      );
      const drop = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'atlas-button',
        textContent: 'Delete backup',
      });
      drop.addEventListener('click', () => {
        if (confirm('Delete this backup for good?')) {
          removeBackup(key);
          showBackups();
        }
      });
      li.append(get, ' ', drop);
      return li;
    }),
  );
}

const pending = sessionStorage.getItem('atlas:progress:message');
if (pending) {
  say(pending);
  sessionStorage.removeItem('atlas:progress:message');
}
showBackups();

tools.querySelector('[data-export-json]')!.addEventListener('click', () => {
  download(`atlas-progress-${today()}.json`, exportJson(loadProgress().store), 'application/json');
  say('Exported your progress as JSON.');
});

tools.querySelector('[data-export-markdown]')!.addEventListener('click', async () => {
  try {
    const catalog = await loadCatalog(tools.dataset.catalogUrl!);
    const lists = catalog.lists.map((l) => ({ ...l, url: new URL(l.url, location.href).href }));
    download(
      `atlas-progress-${today()}.md`,
      exportMarkdown(loadProgress().store, lists),
      'text/markdown',
    );
    say('Exported your progress as a Markdown checklist.');
  } catch {
    say('Could not load the list of items for the Markdown export.');
  }
});

tools.querySelector('[data-import]')!.addEventListener('click', async () => {
  const file = tools.querySelector<HTMLInputElement>('[data-import-file]')!.files?.[0];
  if (!file) {
    say('Choose a JSON file first.');
    return;
  }
  let incoming;
  try {
    incoming = importJson(await file.text());
  } catch (error) {
    say(`Not imported: ${(error as Error).message}`);
    return;
  }
  const mode = tools.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')!.value;
  const count = Object.keys(incoming.items).length;
  if (mode === 'replace') {
    if (!confirm(`Replace all your progress with the ${count} ticks in this file?`)) return;
    commit(incoming, `Replaced your progress with ${count} ticks from ${file.name}.`);
  } else {
    commit(
      mergeStores(loadProgress().store, incoming),
      `Merged ${count} ticks from ${file.name} into your progress.`,
    );
  }
});

tools.querySelector('[data-reset]')!.addEventListener('click', () => {
  if (!confirm('Untick everything? Export first if you may want it back.')) return;
  commit(emptyStore(), 'All progress was reset.');
});
