import { describeFit, rankByFit, type PlanTime } from './time';
import { HOURS_KEY } from './settings-keys';

/**
 * The home page's plan chooser (PlanChooser.astro): the reader's hours a week order the plans
 * and say what each means at that pace. The hours are remembered, and a plan's calendar starts
 * from them (src/plans/plan-calendar.ts).
 */

for (const chooser of document.querySelectorAll<HTMLElement>('[data-plan-chooser]')) {
  const input = chooser.querySelector<HTMLInputElement>('[data-chooser-hours]')!;
  const list = chooser.querySelector<HTMLElement>('[data-chooser-list]')!;
  const items = [...list.querySelectorAll<HTMLElement>('[data-chooser-plan]')];
  const timeOf = (item: HTMLElement) => JSON.parse(item.dataset.time!) as PlanTime;

  const show = () => {
    const hours = Number(input.value);
    const valid = input.value !== '' && Number.isFinite(hours) && hours > 0;
    for (const item of items) {
      item.querySelector('[data-chooser-fit]')!.textContent = valid
        ? describeFit(timeOf(item), hours)
        : '';
    }
    if (valid) list.replaceChildren(...rankByFit(items, timeOf, hours));
    try {
      if (valid) localStorage.setItem(HOURS_KEY, String(hours));
    } catch {
      // Not remembered; the list still answers.
    }
  };

  try {
    const saved = localStorage.getItem(HOURS_KEY);
    if (saved && Number(saved) > 0) input.value = saved;
  } catch {
    // Nothing remembered.
  }
  input.addEventListener('input', show);
  show();
}
