/**
 * The search button and dialog on every page. Kept small: the search UI itself (Pagefind's
 * default UI and its styles, ./search-ui.ts) is imported at the first sign of search intent —
 * the pointer over the button, focus on it, a touch, or Ctrl/Cmd+K — and mounted when the dialog
 * first opens.
 */
const importUi = () => import('./search-ui');
let ui: ReturnType<typeof importUi> | undefined;
const loadUi = () => (ui ??= importUi());

class AtlasSearchBox extends HTMLElement {
  connectedCallback() {
    const openButton = this.querySelector<HTMLButtonElement>('[data-open-search]');
    const closeButton = this.querySelector<HTMLButtonElement>('[data-close-search]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.frame');
    const container = this.querySelector<HTMLElement>('#atlas-search');
    if (!openButton || !closeButton || !dialog || !frame || !container) return;

    // A click on a result link, or outside the dialog's frame, closes it.
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      const link = target instanceof Element && target.closest('a');
      if (link || (document.body.contains(target) && !frame.contains(target))) dialog.close();
    };
    const open = async () => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', onClick);
      const { mountSearch } = await loadUi();
      mountSearch(container);
      container.querySelector('input')?.focus();
    };
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    openButton.addEventListener('click', (event) => {
      event.stopPropagation();
      void open();
    });
    closeButton.addEventListener('click', () => dialog.close());
    for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) {
      openButton.addEventListener(intent, () => void loadUi(), { once: true, passive: true });
    }
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else void open();
      }
    });

    // Apple keyboards say ⌘, not Ctrl. `navigator.platform` is deprecated but, unlike the user
    // agent, not spoofed when developer tools emulate another device.
    if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) {
      const key = this.querySelector('[data-platform-key]');
      if (key) key.textContent = '⌘';
      openButton.setAttribute('aria-label', 'Search ⌘ K');
      openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    openButton.disabled = false;
  }
}

customElements.define('atlas-search-box', AtlasSearchBox);
