import { addDays, isDay, toIcs, type CalendarPlan } from './dates';
import { readerSchedule, weekDatesText, type PlanHours } from './pace';
import { formatDate } from './format';
import { download } from '../lib/download';
import { redateMilestones, redatePlanSpan } from './redate-plan';
import { HOURS_KEY, planHoursKey, planStartKey } from './settings-keys';

/** Re-dates a plan for the reader and builds its .ics file in the browser (see PlanCalendar.astro). */
const remembered = planStartKey;
const rememberedHours = planHoursKey;

const day = (value: string) => formatDate(new Date(value));
function setUp(section: HTMLElement) {
  const plan = JSON.parse(
    section.querySelector('[data-calendar-data]')!.textContent,
  ) as CalendarPlan & { hours: PlanHours };
  const hoursInput = section.querySelector<HTMLInputElement>('[data-calendar-hours]');
  const pace = section.querySelector<HTMLElement>('[data-calendar-pace]')!;
  const sourcePace = pace.textContent;
  const readHours = () => {
    const value = Number(hoursInput?.value);
    return hoursInput && hoursInput.value !== '' && Number.isFinite(value) && value > 0
      ? value
      : undefined;
  };
  /** The events for the .ics and the week table: paced by the reader's hours when set, else by the start day. */
  const events = (start: string) => readerSchedule(plan, start, readHours());
  const input = section.querySelector<HTMLInputElement>('[data-calendar-start]')!;
  const status = section.querySelector<HTMLElement>('[data-calendar-status]')!;

  const apply = (start: string) => {
    const schedule = events(start);
    const { paced } = schedule;
    for (const week of plan.weeks) {
      const text = weekDatesText(plan, schedule, week.number, day);
      for (const cell of document.querySelectorAll(`[data-week-dates="${plan.id}/${week.number}"]`))
        if (text) cell.textContent = text;
    }
    // The Dates column waits out of sight on a plan the source does not date: it has dates now.
    for (const cell of document.querySelectorAll<HTMLElement>('[data-week-dates-column]'))
      cell.hidden = false;
    redatePlanSpan(plan, schedule);
    redateMilestones(plan, schedule);
    const last = paced?.at(-1);
    pace.textContent = last
      ? `At ${readHours()} hours a week the plan ends ${last.end.early === last.end.late ? `on ${day(last.end.early)}` : `between ${day(last.end.early)} and ${day(last.end.late)}`}` +
        ` (${Math.ceil((Number(new Date(last.end.late)) - Number(new Date(start))) / 86_400_000 / 7)} weeks at most). The calendar uses the longer estimate.`
      : sourcePace;
    status.textContent =
      start === plan.start
        ? "Showing the source's own dates."
        : `Showing the plan re-dated to start on ${formatDate(new Date(start))}.`;
  };

  let saved: string | null;
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
  if (hoursInput) {
    try {
      // The plan's own hours if the reader set them here, else the hours given on the home page.
      const savedHours =
        localStorage.getItem(rememberedHours(plan.id)) ?? localStorage.getItem(HOURS_KEY);
      if (savedHours && Number(savedHours) > 0) hoursInput.value = savedHours;
    } catch {
      // Nothing remembered: the source's hours (or none) stay.
    }
    hoursInput.addEventListener('change', () => {
      try {
        if (readHours()) localStorage.setItem(rememberedHours(plan.id), String(readHours()));
      } catch {
        // Not remembered across visits; the page still paces the plan.
      }
      // Pacing needs a start day: the source's, or today when the plan has none.
      if (!isDay(input.value))
        input.value = plan.start ?? addDays(new Date().toISOString().slice(0, 10), 0);
      apply(input.value);
    });
    if (readHours() && isDay(input.value)) apply(input.value);
  }
  section.querySelector('[data-calendar-download]')!.addEventListener('click', () => {
    if (!isDay(input.value)) {
      status.textContent = 'Pick a start day first.';
      input.focus();
      return;
    }
    download(
      `${plan.id}.ics`,
      toIcs(plan.title, events(input.value).events, new Date()),
      'text/calendar',
    );
  });
}

document.querySelectorAll<HTMLElement>('[data-plan-calendar]').forEach(setUp);
