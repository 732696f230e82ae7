import { planPosition } from './next-steps';
import { loadProgress } from './storage';
import { loadCatalog } from './catalog-fetch';
import { loadFollowing } from './following';

/** Where the reader is in each followed plan, and what is next (NextSteps.astro). Nothing for a reader who follows nothing. */
/** Closes the section the inline script opened early, when there turns out to be nothing to show. */
function close(section: HTMLElement) {
  section.hidden = true;
}

async function render(section: HTMLElement) {
  const following = loadFollowing();
  if (following.length === 0) return close(section);
  const catalog = await loadCatalog(section.dataset.catalogUrl!);
  const { items } = loadProgress().store;
  const list = section.querySelector<HTMLElement>('[data-next-list]')!;
  const plans = following
    .map((id) => catalog.plans.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  if (plans.length === 0) return close(section);
  list.replaceChildren(
    ...plans.map((plan) => {
      const position = planPosition(plan, items);
      const li = document.createElement('li');
      const title = Object.assign(document.createElement('a'), {
        href: plan.url,
        textContent: plan.title,
      });
      const state = document.createElement('p');
      const percent = position.total ? Math.round((100 * position.done) / position.total) : 0;
      if (position.current) {
        const week = Object.assign(document.createElement('a'), {
          href: position.current.url,
          textContent:
            position.current.label ?? `Week ${position.current.number}: ${position.current.title}`,
        });
        state.append(
          `${position.done} of ${position.total} done (${percent}%). You are in `,
          week,
          ` — ${position.current.left} left ${position.current.label ? 'in this phase' : 'this week'}.`,
        );
      } else {
        state.textContent = `All ${position.total} items done.`;
      }
      const next = document.createElement('ul');
      next.replaceChildren(
        ...position.next.map((item) => {
          const entry = document.createElement('li');
          entry.append(
            Object.assign(document.createElement('a'), { href: item.url, textContent: item.text }),
          );
          return entry;
        }),
      );
      li.append(
        title,
        state,
        ...(position.next.length
          ? [Object.assign(document.createElement('p'), { textContent: 'Next:' }), next]
          : []),
      );
      return li;
    }),
  );
  // As many cards as plans shown (the inline script counted followed plans, which is the same
  // unless a followed plan has left the site).
  section.style.setProperty('--followed', String(plans.length));
  section.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-next-steps]')) {
  render(section).catch(() => {
    // Without the catalog there is nothing to show.
    close(section);
  });
}
