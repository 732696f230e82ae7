/**
 * The line under the search box that says what the forgiving search did ("Showing results for
 * kafka") and offers the reader's own words back. It is a live region, created once when search
 * opens, so screen readers announce each change.
 */
let notice: { root: HTMLElement; message: HTMLElement; undo: HTMLButtonElement } | undefined;
let onUndo: (() => void) | undefined;

function ensureNotice() {
  const form = document.querySelector<HTMLFormElement>('#atlas-search .pagefind-ui__form');
  if (!form) return undefined;
  if (notice && form.contains(notice.root)) return notice;
  const root = document.createElement('div');
  root.className = 'atlas-search-notice';
  Object.assign(root.style, {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: '0 0.75em',
    marginBlock: '0.75rem 0',
    color: 'var(--sl-color-gray-2)',
    fontSize: 'var(--sl-text-sm)',
  });
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.setAttribute('aria-live', 'polite');
  message.style.margin = '0';
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.hidden = true;
  Object.assign(undo.style, {
    font: 'inherit',
    color: 'var(--sl-color-text-accent)',
    background: 'none',
    border: '0',
    padding: '0',
    textDecoration: 'underline',
    cursor: 'pointer',
  });
  undo.addEventListener('click', () => {
    const input = form.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (!input) return;
    onUndo?.();
    // Pagefind searches again only when the box changes: a trailing space changes it, not the query.
    input.value = input.value.endsWith(' ') ? input.value.trimEnd() : `${input.value} `;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  root.append(message, undo);
  form.querySelector('.pagefind-ui__drawer')?.before(root);
  notice = { root, message, undo };
  return notice;
}

// As soon as the search module loads, so the live region exists before its first message.
ensureNotice();

export function showOutcome(
  query: string,
  outcome: { corrected?: string; retriedWith?: string[]; compared?: [string, string] },
  undo: () => void,
) {
  const parts = ensureNotice();
  if (!parts) return;
  const { message, undo: undoButton } = parts;
  message.replaceChildren();
  undoButton.hidden = true;
  if (outcome.corrected) {
    const shown = document.createElement('em');
    shown.textContent = outcome.corrected;
    message.append('Showing results for ', shown, '.');
    undoButton.textContent = `Search for “${query}” instead`;
    undoButton.hidden = false;
    onUndo = undo;
  } else if (outcome.compared) {
    message.append(`Showing pages about ${outcome.compared[0]} and about ${outcome.compared[1]}.`);
  } else if (outcome.retriedWith) {
    message.append(
      `No page holds every word, so these are the pages with the most of: ${outcome.retriedWith.join(', ')}.`,
    );
  }
}

/**
 * Said when the service worker had no answer for a file of the search index: that part was never
 * saved and the network could not give it (offline, or it holds a newer build), so results can be
 * missing. Pagefind itself skips a chunk
 * it cannot load without a word, which would read as "no such page".
 */
export function showIndexMissing() {
  const parts = ensureNotice();
  if (!parts) return;
  parts.undo.hidden = true;
  parts.message.textContent =
    'Part of the search index is not saved in this browser and cannot be fetched now, so results may be missing. To search everything offline, use “Save for offline” on the home page.';
}
