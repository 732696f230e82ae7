/**
 * The "Save for offline" control (./SaveOffline.astro), on the home page and /progress/ only.
 * It fetches the build's list of files, says how much saving downloads, saves with a progress bar
 * and an announced status, and can remove the copy again.
 */
import { formatBytes, type CopyList } from './offline-files';
import { bytesToDownload, fetchCopyList, removeCopies, saveCopy, savedCopies } from './save-copy';

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
  let list: CopyList | undefined;

  async function show(message?: string) {
    const saved = await savedCopies(absoluteScope, list?.build);
    const current = list && saved.some((copy) => copy.list.build === list!.build);
    remove.hidden = saved.length === 0;
    progress.hidden = true;
    if (!list) {
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
        `The whole atlas is saved in this browser (${formatBytes(list.bytes)}): every page, search and SQL practice work offline.`;
      return;
    }
    const bytes = bytesToDownload(list, saved);
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
    if (!list) return;
    save.disabled = true;
    remove.disabled = true;
    progress.hidden = false;
    let announced = -1;
    try {
      // The worker must be running for saved pages to be served without a connection.
      await navigator.serviceWorker.ready;
      await navigator.storage?.persist?.().catch(() => false);
      await saveCopy(absoluteScope, list, (done, total) => {
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
        `Saved for offline (${formatBytes(list.bytes)}): every page, search and SQL practice now work without a connection.`,
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

  fetchCopyList(absoluteScope)
    .then((fetched) => (list = fetched))
    .catch(() => undefined)
    .finally(() => void show());
}

if (root && navigator.serviceWorker && 'caches' in window) control(root);
