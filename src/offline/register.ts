/**
 * On every page, and nothing more: registers the service worker at the base path, hands it any
 * page the worker did not answer itself (one loaded before the worker existed or took over), and, when a new build's worker
 * is waiting, loads the update notice (./update-notice.ts) — only then.
 */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
// The worker's address comes from the page (./OfflineSupport.astro), so this module imports nothing.
const script = document.querySelector<HTMLElement>('[data-service-worker]')?.dataset.serviceWorker;
const workers = navigator.serviceWorker;

if (import.meta.env.DEV) {
  // `astro dev` has no worker; one left by `npm start` on the same address must not answer for it.
  void workers?.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
} else if (workers && script) {
  // Whether the worker answered this page's own request, and so kept it and what it loaded. Not
  // the same as having a controller now: a page that loaded while the worker was installing is
  // claimed when it activates, which can happen before this script runs.
  const navigation = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const servedByWorker = (navigation?.workerStart ?? 0) > 0;
  const offer = (waiting: ServiceWorker) => {
    // Only when an older page is showing: on a first visit there is nothing to update.
    if (workers.controller) void import('./update-notice').then((m) => m.offerUpdate(waiting));
  };
  if (!servedByWorker) {
    // What this page loaded went past the worker: hand it over once the worker is active (the
    // reader may leave before it takes the page over), and again when it takes the page over,
    // for what loaded in between. From then on, what the page loads goes through the worker.
    const keepThisPage = (worker: ServiceWorker | null) =>
      worker?.postMessage({
        type: 'keep-urls',
        urls: [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)],
      });
    void workers.ready.then(({ active }) => keepThisPage(active));
    if (!workers.controller) {
      const onClaim = () => keepThisPage(workers.controller);
      workers.addEventListener('controllerchange', onClaim, { once: true });
    }
  }
  // The browser claims pages when a worker activates, but not one whose navigation is still
  // under way then: that page would stay uncontrolled until the reader moves on. It asks again.
  void workers.ready.then(({ active }) => {
    if (!workers.controller) active?.postMessage({ type: 'claim' });
  });
  void workers.register(script, { scope: base }).then(
    (registration) => {
      const watch = (installing: ServiceWorker | null) =>
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      if (registration.waiting) offer(registration.waiting);
      // An update the browser started while this page loaded, or one it finds later.
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    },
    () => {},
  );
}
