import { datePlan, isDay, toIcs, type CalendarPlan } from '../lib/calendar';
import { formatDate, formatDateRange } from '../lib/plans';
import { download } from './download';

/** Re-dates a plan for the reader and builds its .ics file in the browser (see PlanCalendar.astro). */
const remembered = (id: string) => `atlas:plan-start:${id}`;


function setUp(section: HTMLElement) {
  const plan = JSON.parse(section.querySelector('[data-calendar-data]')!.textContent!) as CalendarPlan;
  const input = section.querySelector<HTMLInputElement>('[data-calendar-start]')!;
  const status = section.querySelector<HTMLElement>('[data-calendar-status]')!;
  section.querySelector<HTMLElement>('[data-calendar-controls]')!.hidden = false;

  const apply = (start: string) => {
    const events = datePlan(plan, start);
    for (const week of plan.weeks) {
      const event = events.find((e) => e.uid === `${plan.id}-week-${week.number}`);
      const cell = document.querySelector(`[data-week-dates="${plan.id}/${week.number}"]`);
      if (cell && event) cell.textContent = formatDateRange(new Date(event.start), new Date(event.end)) ?? '';
    }
    status.textContent = start === plan.start ? "Showing the source's own dates." : `Showing the plan re-dated to start on ${formatDate(new Date(start))}.`;
  };

  let saved: string | null = null;
  try {
    saved = localStorage.getItem(remembered(plan.id));
  } catch {
    saved = null;
  }
  if (saved && isDay(saved)) {
    input.value = saved;
    apply(saved);
  } else if (plan.start) {
    status.textContent = "Showing the source's own dates.";
  }

  input.addEventListener('change', () => {
    if (!isDay(input.value)) return;
    try {
      localStorage.setItem(remembered(plan.id), input.value);
    } catch {
      // Not remembered across visits; the page still re-dates.
    }
    apply(input.value);
  });
  section.querySelector('[data-calendar-reset]')?.addEventListener('click', () => {
    input.value = plan.start!;
    try {
      localStorage.removeItem(remembered(plan.id));
    } catch {
      // Nothing stored to remove.
    }
    apply(plan.start!);
  });
  section.querySelector('[data-calendar-download]')!.addEventListener('click', () => {
    if (!isDay(input.value)) {
      status.textContent = 'Pick a start day first.';
      input.focus();
      return;
    }
    download(`${plan.id}.ics`, toIcs(plan.title, datePlan(plan, input.value), new Date()), 'text/calendar');
  });
}

document.querySelectorAll<HTMLElement>('[data-plan-calendar]').forEach(setUp);
