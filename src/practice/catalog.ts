import { keepFilters, type ChosenFilter } from '../components/filter-form';
import { loadProgress, onProgressChangedElsewhere } from '../progress/storage';

/**
 * The practice catalog in the browser: filters by level, topic and plan week (kept in the
 * address), and a "Solved" mark on each exercise the reader has passed. Without it the page is
 * the full list grouped by level.
 */
const form = document.querySelector<HTMLFormElement>('[data-practice-filters]')!;
const count = document.querySelector<HTMLElement>('[data-practice-count]')!;
const cards = [...document.querySelectorAll<HTMLElement>('[data-exercise-card]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-practice-group]')];

function showSolved() {
  const { store } = loadProgress();
  let solved = 0;
  for (const card of cards) {
    const done = card.dataset.solvedKey! in store.items;
    card.querySelector<HTMLElement>('[data-solved]')!.hidden = !done;
    if (done) solved++;
  }
  return solved;
}

function apply(field: ChosenFilter) {
  const [level, topic, week] = ['level', 'topic', 'week'].map((name) => field(name));
  let shown = 0;
  for (const card of cards) {
    card.hidden = !(
      (!level || card.dataset.level === level) &&
      (!topic || card.dataset.topics!.split(' ').includes(topic)) &&
      (!week || card.dataset.weeks!.split(' ').includes(week))
    );
    if (!card.hidden) shown++;
  }
  for (const group of groups)
    group.hidden = !group.querySelector('[data-exercise-card]:not([hidden])');
  const solved = showSolved();
  count.textContent = `${shown} of ${cards.length} exercises${level || topic || week ? ' match' : ''}; you have solved ${solved}.`;
}

onProgressChangedElsewhere(keepFilters(form, apply));
