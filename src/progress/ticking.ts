import { countTicked, setTicked, type ProgressStore } from './store';
import { loadProgress, onProgressChangedElsewhere, saveProgress } from './storage';

/**
 * Ticking on content pages: restores every checkbox from the stored progress, saves each change,
 * and keeps every progress meter on the page up to date (also when another tab changes progress).
 */
let store: ProgressStore;

function render() {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-key]')) {
    box.checked = box.dataset.progressKey! in store.items;
  }
  for (const meter of document.querySelectorAll<HTMLElement>('[data-progress-meter]')) {
    const keys = (meter.dataset.keys ?? '').split(' ').filter(Boolean);
    const done = countTicked(store, keys);
    const bar = meter.querySelector('progress');
    if (bar) {
      bar.value = done;
      bar.classList.remove('progress-meter__bar--waiting');
    }
    const text = meter.querySelector('[data-progress-text]');
    if (text) text.textContent = `${done} of ${keys.length} done`;
  }
}

function showProblem(problem: string) {
  if (document.querySelector('.progress-problem')) return;
  const note = document.createElement('p');
  note.className = 'progress-problem';
  note.setAttribute('role', 'status');
  note.textContent = `Your saved progress could not be read: ${problem}`;
  (document.querySelector('main .sl-markdown-content') ?? document.querySelector('main'))?.prepend(
    note,
  );
}

function start() {
  const loaded = loadProgress();
  store = loaded.store;
  if (loaded.problem) showProblem(loaded.problem);
  render();
  document.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.progressKey) return;
    store = setTicked(store, box.dataset.progressKey, box.checked);
    if (!saveProgress(store)) showProblem('this browser did not let the site save your tick');
    render();
  });
  onProgressChangedElsewhere(() => {
    store = loadProgress().store;
    render();
  });
}

start();
