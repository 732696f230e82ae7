import { copyCacheBuild } from './offline-files';

/**
 * Loaded only when a new build's service worker is installed and waiting. A reader with an offline
 * copy is told that the newer version is saved (the worker refreshed the copy while installing)
 * and can switch to it; pages and ticks are untouched. Without a copy, nothing is said: pages come
 * from the network first, so the next page opened is already the new build.
 */
export async function offerUpdate(waiting: ServiceWorker): Promise<void> {
  const names = await caches.keys();
  if (!names.some((name) => copyCacheBuild(name) !== undefined)) return;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  // Out of the header, whose own positioning would otherwise hold the fixed notice.
  document.body.append(notice);
  notice.hidden = false;
  // Written again once visible: a live region announces changes, not its own appearance.
  const message = notice.querySelector('p');
  if (message) {
    const text = message.textContent;
    message.textContent = '';
    requestAnimationFrame(() => (message.textContent = text));
  }
  notice.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'skip-waiting' });
  });
}
