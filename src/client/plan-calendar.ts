import { addDays, datePlan, isDay, toIcs, type CalendarPlan } from '../lib/calendar';
import { pacedEvents, pacePlan, type PlanHours } from '../lib/plan-pace';
import { formatDate, formatDateRange } from '../lib/plans';
import { download } from './download';
import { planHoursKey, planStartKey } from './following';
import { HOURS_KEY } from './plan-chooser-key';

/** Re-dates a plan for the reader and builds its .ics file in the browser (see PlanCalendar.astro). */
const remembered = planStartKey;
const rememberedHours = planHoursKey;

const day = (value: string) => formatDate(new Date(value));
/** "3 Mar" or "3–8 Mar": a day the estimate's range leaves open is shown as a range. */
const span = (early: string, late: string) =>
  early === late ? day(early) : `${day(early)} – ${day(late)}`;

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
  const events = (start: string) => {
    const hours = readHours();
    // At the source's own hours the source's own week lengths stand (its first week may be short).
    // Hours within the source's own range keep the source's week-long weeks.
    const atSourcePace =
      plan.hours.kind === 'per-week' &&
      hours !== undefined &&
      hours >= plan.hours.hours.low &&
      hours <= plan.hours.hours.high;
    if (!hours || atSourcePace || plan.hours.kind === 'none')
      return { events: datePlan(plan, start), paced: undefined };
    const paced = pacePlan(
      plan.hours,
      plan.weeks.map((w) => w.number),
      hours,
      start,
    );
    return {
      events: [
        ...pacedEvents(plan, paced),
        ...datePlan(plan, start).filter((e) => !e.uid.includes('-week-')),
      ],
      paced,
    };
  };
  const input = section.querySelector<HTMLInputElement>('[data-calendar-start]')!;
  const status = section.querySelector<HTMLElement>('[data-calendar-status]')!;

  const apply = (start: string) => {
    const { events: dated, paced } = events(start);
    for (const week of plan.weeks) {
      const cell = document.querySelector(`[data-week-dates="${plan.id}/${week.number}"]`);
      const p = paced?.find((w) => w.number === week.number);
      const event = dated.find((e) => e.uid === `${plan.id}-week-${week.number}`);
      if (cell && p)
        cell.textContent = `${span(p.start.early, p.start.late)} to ${span(p.end.early, p.end.late)}`;
      else if (cell && event)
        cell.textContent = formatDateRange(new Date(event.start), new Date(event.end)) ?? '';
    }
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
