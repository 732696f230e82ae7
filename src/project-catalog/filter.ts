import { keepFilters, type ChosenFilter } from '../components/filter-form';

/**
 * Filters and ordering for the project catalog. The page works without this as a list grouped
 * by level; the script only hides, shows and moves the cards that are already there.
 */
const form = document.querySelector<HTMLFormElement>('[data-catalog-filters]')!;
const count = document.querySelector<HTMLElement>('[data-catalog-count]')!;
const flat = document.querySelector<HTMLElement>('[data-catalog-flat]')!;
const flatList = flat.querySelector('ul')!;
const groups = [...document.querySelectorAll<HTMLElement>('[data-catalog-group]')];
const cards = [...document.querySelectorAll<HTMLElement>('.project-card')];
const homes = new Map(cards.map((card) => [card, card.parentElement!]));

function apply(field: ChosenFilter) {
  const level = field('level');
  const topic = field('topic');
  const tool = field('tool');
  const sort = field('sort', 'level');
  const matches = (card: HTMLElement) =>
    (!level || card.dataset.level === level) &&
    (!topic || card.dataset.topics!.split(' ').includes(topic)) &&
    (!tool || card.dataset.tools!.split(' ').includes(tool));

  let shown = 0;
  for (const card of cards) {
    card.hidden = !matches(card);
    if (!card.hidden) shown++;
  }
  if (sort === 'level') {
    for (const card of [...cards].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order)))
      homes.get(card)!.append(card);
    for (const group of groups) {
      const visible = group.querySelectorAll('.project-card:not([hidden])').length;
      group.hidden = visible === 0;
      group.querySelector('[data-group-count]')!.textContent = `(${visible})`;
    }
    flat.hidden = true;
  } else {
    const key =
      sort === 'number'
        ? (c: HTMLElement) => Number(c.dataset.number)
        : (c: HTMLElement) => c.dataset.title!;
    const sorted = [...cards].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x < y ? -1 : x > y ? 1 : Number(a.dataset.order) - Number(b.dataset.order);
    });
    flatList.append(...sorted);
    for (const group of groups) group.hidden = true;
    flat.hidden = false;
  }
  const filtered = level || topic || tool;
  count.textContent = `${shown} of ${cards.length} projects${filtered ? ' match' : ''}${sort === 'level' ? ', grouped by level' : sort === 'number' ? ', by number' : ', by title'}.`;
}

// Filters come back from the address, so a filtered catalog can be shared or bookmarked.
keepFilters(form, apply, { sort: 'level' });
