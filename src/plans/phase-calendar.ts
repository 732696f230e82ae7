import { isDay, toIcs } from './dates';
import { datePhases, type PhasePlan } from './phase-dates';
import { formatDate } from './format';
import { download } from '../lib/download';
import { planPhaseWeeksKey, planStartKey } from './settings-keys';

/** Dates a plan in phases for the reader and builds its .ics file (see PhaseCalendar.astro). */
const day = (value: string) => formatDate(new Date(value));

function setUp(section: HTMLElement) {
  const plan = JSON.parse(section.querySelector('[data-phase-data]')!.textContent) as PhasePlan;
  const start = section.querySelector<HTMLInputElement>('[data-phase-start]')!;
  const weeks = section.querySelector<HTMLInputElement>('[data-phase-weeks]');
  const status = section.querySelector<HTMLElement>('[data-phase-status]')!;
  const readWeeks = () => {
    const value = Number(weeks?.value);
    return weeks && weeks.value !== '' && value > 0 ? value : undefined;
  };
  const events = () =>
    isDay(start.value) ? datePhases(plan, start.value, readWeeks()) : undefined;

  const apply = () => {
    const dated = events();
    for (const [index, event] of (dated ?? []).entries()) {
      for (const cell of document.querySelectorAll(`[data-phase-dates="${plan.id}/${index + 1}"]`))
        cell.textContent = ` (${day(event.start)} – ${day(event.end)})`;
    }
    status.textContent = dated
      ? `Dated from ${day(start.value)}: the last phase ends on ${day(dated.at(-1)!.end)}.`
      : '';
  };
  try {
    const saved = localStorage.getItem(planStartKey(plan.id));
    if (saved && isDay(saved)) start.value = saved;
    const savedWeeks = localStorage.getItem(planPhaseWeeksKey(plan.id));
    if (weeks && savedWeeks && Number(savedWeeks) > 0) weeks.value = savedWeeks;
  } catch {
    // Nothing remembered.
  }
  const remember = () => {
    try {
      if (isDay(start.value)) localStorage.setItem(planStartKey(plan.id), start.value);
      if (readWeeks()) localStorage.setItem(planPhaseWeeksKey(plan.id), String(readWeeks()));
    } catch {
      // Not remembered across visits; the page still dates the plan.
    }
    apply();
  };
  start.addEventListener('change', remember);
  weeks?.addEventListener('change', remember);
  apply();
  section.querySelector('[data-phase-download]')!.addEventListener('click', () => {
    const dated = events();
    if (!dated) {
      status.textContent = weeks
        ? 'Pick a start day and the weeks you give each phase first.'
        : 'Pick a start day first.';
      (isDay(start.value) ? weeks : start)?.focus();
      return;
    }
    download(`${plan.id}.ics`, toIcs(plan.title, dated, new Date()), 'text/calendar');
  });
}

document.querySelectorAll<HTMLElement>('[data-phase-calendar]').forEach(setUp);
