/**
 * The "Save for offline" control (./SaveOffline.astro), on the home page and /progress/ only.
 * At idle it fetches only the copy's summary (build and size, under 100 bytes) to say how much
 * saving downloads; the full list of files (tens of KB) is fetched only when it is needed: to save,
 * or to say what updating an older saved copy downloads. Before downloading it checks that the
 * copy fits in the storage the browser grants; then it saves with a progress bar and an announced
 * status, and can remove the copy again.
 */
import { formatBytes, storageShortfall, type CopyList, type CopySummary } from './offline-files';
import {
  bytesToDownload,
  fetchCopyList,
  fetchCopySummary,
  removeCopies,
  saveCopy,
  savedCopies,
} from './save-copy';

const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const root = document.querySelector<HTMLElement>('[data-save-offline]');

/** Status updates are announced: one every tenth of the way, not one per file. */
const STEPS = 10;

function control(root: HTMLElement) {
  const save = root.querySelector<HTMLButtonElement>('[data-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-remove]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const absoluteScope = new URL(scope, location.href).href;
  let summary: CopySummary | undefined;
  let list: CopyList | undefined;

  /** The full list, fetched once; it also brings the summary up to date if a deploy came between. */
  async function fullList(): Promise<CopyList> {
    list ??= await fetchCopyList(absoluteScope);
    summary = { build: list.build, bytes: list.bytes };
    return list;
  }

  async function show(message?: string) {
    const saved = await savedCopies(absoluteScope, summary?.build);
    remove.hidden = saved.length === 0;
    progress.hidden = true;
    const current = summary && saved.some((copy) => copy.list.build === summary!.build);
    // Only an older saved copy needs the full list: what updating it downloads depends on it.
    const older = summary && !current && saved.length > 0;
    if (older) await fullList().catch(() => undefined);
    if (!summary || (older && !list)) {
      save.disabled = true;
      status.textContent =
        message ??
        (saved.length > 0
          ? 'An offline copy is saved in this browser; the list of files to update it cannot be reached now.'
          : 'The list of files to save cannot be reached now (are you offline?).');
      return;
    }
    if (current) {
      save.hidden = true;
      status.textContent =
        message ??
        `The whole atlas is saved in this browser (${formatBytes(summary.bytes)}): every page, search and SQL practice work offline.`;
      return;
    }
    const bytes = list ? bytesToDownload(list, saved) : summary.bytes;
    save.hidden = false;
    save.disabled = false;
    save.textContent = `Save for offline (${formatBytes(bytes)})`;
    status.textContent =
      message ??
      (saved.length > 0
        ? `An earlier version is saved; updating it downloads ${formatBytes(bytes)}.`
        : `Saving downloads ${formatBytes(bytes)} and keeps it in this browser until you remove it.`);
  }

  async function saveAll() {
    save.disabled = true;
    remove.disabled = true;
    let announced = -1;
    try {
      const files = await fullList();
      // Nothing is downloaded unless it fits: a copy cut short by a full disk helps no one.
      const needed = bytesToDownload(files, await savedCopies(absoluteScope, files.build));
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      const shortfall = storageShortfall(needed, estimate);
      if (shortfall) {
        remove.disabled = false;
        await show(
          `Not enough storage to save for offline: saving needs ${formatBytes(shortfall.needed)} and this browser has ${formatBytes(shortfall.free)} free for this site. Nothing was downloaded; free some space and try again.`,
        );
        return;
      }
      progress.hidden = false;
      // The worker must be running for saved pages to be served without a connection.
      await navigator.serviceWorker.ready;
      await navigator.storage?.persist?.().catch(() => false);
      await saveCopy(absoluteScope, files, (done, total) => {
        progress.max = total || 1;
        progress.value = done;
        const step = total ? Math.floor((done / total) * STEPS) : STEPS;
        if (step !== announced) {
          announced = step;
          status.textContent = `Saving for offline: ${formatBytes(done)} of ${formatBytes(total)}.`;
        }
      });
      remove.disabled = false;
      await show(
        `Saved for offline (${formatBytes(files.bytes)}): every page, search and SQL practice now work without a connection.`,
      );
    } catch (error) {
      remove.disabled = false;
      await show(
        `Saving stopped: ${(error as Error).message}. Nothing you ticked is affected; try again when the connection is back.`,
      );
    }
  }

  async function removeAll() {
    await removeCopies();
    await show('The offline copy is removed. Pages you open are still kept for offline reading.');
  }

  save.addEventListener('click', () => void saveAll());
  remove.addEventListener('click', () => void removeAll());

  fetchCopySummary(absoluteScope)
    .then((fetched) => (summary = fetched))
    .catch(() => undefined)
    .finally(() => void show());
}

if (root && navigator.serviceWorker && 'caches' in window) control(root);
