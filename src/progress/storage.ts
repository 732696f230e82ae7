import { BACKUP_KEY_PREFIX, parseStore, STORAGE_KEY, type ProgressStore } from './store';

/**
 * The one place that touches localStorage for progress. Unreadable data is copied to a backup
 * key before anything can overwrite it, so no reader's progress is ever lost to a bug or a
 * format change; pages show the problem instead of crashing.
 */
interface Loaded {
  store: ProgressStore;
  problem?: string;
}

function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return undefined;
  }
}

export function loadProgress(): Loaded {
  const s = storage();
  if (!s)
    return {
      store: parseStore(null).store,
      problem: 'this browser does not allow the site to save progress (storage is blocked)',
    };
  const raw = s.getItem(STORAGE_KEY);
  const result = parseStore(raw);
  if (result.problem) {
    const alreadyKept = listBackups().some((b) => b.raw === result.raw);
    if (!alreadyKept) s.setItem(`${BACKUP_KEY_PREFIX}${new Date().toISOString()}`, result.raw);
    const rest = Object.keys(result.store.items).length > 0 ? '' : '; new ticks start afresh';
    return {
      store: result.store,
      problem: `${result.problem}. The saved text has been kept as a backup (see the Progress page)${rest}.`,
    };
  }
  return { store: result.store };
}

export function saveProgress(store: ProgressStore): boolean {
  const s = storage();
  if (!s) return false;
  const current = parseStore(s.getItem(STORAGE_KEY));
  // Never overwrite unreadable data that has not been backed up (loadProgress backs it up first).
  if (current.problem && !listBackups().some((b) => b.raw === current.raw)) return false;
  s.setItem(STORAGE_KEY, JSON.stringify(store));
  announceSaved();
  return true;
}

export function listBackups(): Array<{ key: string; raw: string }> {
  const s = storage();
  if (!s) return [];
  const out: Array<{ key: string; raw: string }> = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(BACKUP_KEY_PREFIX)) out.push({ key, raw: s.getItem(key) ?? '' });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export function removeBackup(key: string): void {
  storage()?.removeItem(key);
}

export function onProgressChangedElsewhere(callback: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) callback();
  });
}

/**
 * Fired on `window` when this page saves ticks or followed plans (other tabs get a `storage`
 * event instead), so what shows them, such as the progress link's QR code, can follow.
 */
export const PROGRESS_SAVED_EVENT = 'atlas:progress-saved';

export function announceSaved(): void {
  window.dispatchEvent(new Event(PROGRESS_SAVED_EVENT));
}
