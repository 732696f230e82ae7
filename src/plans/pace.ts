import { addDays, datePlan, isDay, type CalendarPlan, type DatedEvent } from './dates';

/**
 * A plan at the reader's pace. The hours each week needs come from the source only — the plan's
 * hours per week, or the time estimates of a week's blocks summed ("6-8 hours" stays a range) —
 * and are never guessed: a plan whose source gives no time can only be re-dated by start day.
 */

/** Hours a week of the plan needs: one figure, or a range when the source gives one. */
export interface Hours {
  low: number;
  high: number;
}

export type PlanHours =
  | { kind: 'per-week'; hours: Hours; weeks: number[]; note?: string }
  | { kind: 'by-week'; hours: Record<number, Hours> }
  | { kind: 'none'; reason: string };

/**
 * Reads a time estimate written the way the sources write them: "6-8 hours", "2 hours",
 * "45 min", "1.5 h", "4–6 hours". Undefined when the text holds no estimate.
 */
export function parseHours(text: string): Hours | undefined {
  const match =
    /(\d+(?:\.\d+)?)\s*(?:[-–—]|to)?\s*(\d+(?:\.\d+)?)?\s*(hours?|hrs?|h|minutes?|mins?|m)\b/i.exec(
      text,
    );
  if (!match) return undefined;
  const scale = /^m/i.test(match[3]) ? 1 / 60 : 1;
  const low = Number(match[1]) * scale;
  const high = Number(match[2] ?? match[1]) * scale;
  return low <= high ? { low, high } : { low: high, high: low };
}

interface WeekTimes {
  number: number;
  /** The `time` estimates of the week's blocks, verbatim. */
  times: string[];
}

/** A plan's hours per week as its schema holds them: one figure or a range. */
export type StatedHours = number | { from: number; to: number };

/** The stated hours as a low–high pair (equal ends for one figure). */
export const statedHours = (hours: StatedHours): Hours =>
  typeof hours === 'number' ? { low: hours, high: hours } : { low: hours.from, high: hours.to };

/**
 * Where the hours of a plan come from, if the source gives any. The source's plan-level figure
 * wins over its per-week estimates: a plan whose weeks are only partly estimated is still paced,
 * by the figure, and `note` says why.
 */
export function planHours(
  plan: { hoursPerWeek?: StatedHours | undefined },
  weeks: readonly WeekTimes[],
): PlanHours {
  const estimated = weeks.filter((w) => w.times.some((t) => parseHours(t)));
  if (plan.hoursPerWeek) {
    const partly = estimated.length > 0 && estimated.length < weeks.length;
    return {
      kind: 'per-week',
      hours: statedHours(plan.hoursPerWeek),
      weeks: weeks.map((w) => w.number),
      ...(partly
        ? {
            note: 'The source gives times for some weeks only, so its figure for the whole plan is used for every week.',
          }
        : {}),
    };
  }
  if (estimated.length === 0)
    return { kind: 'none', reason: 'The source gives no time for this plan' };
  const missing = weeks.filter((w) => !estimated.includes(w)).map((w) => w.number);
  if (missing.length > 0) {
    return {
      kind: 'none',
      reason: `The source gives times for some weeks but not for week${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    };
  }
  const hours: Record<number, Hours> = {};
  for (const week of weeks) {
    const parts = week.times.map(parseHours).filter((h): h is Hours => h !== undefined);
    hours[week.number] = { low: sum(parts.map((p) => p.low)), high: sum(parts.map((p) => p.high)) };
  }
  return { kind: 'by-week', hours };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function weekHours(hours: PlanHours, week: number): Hours | undefined {
  if (hours.kind === 'per-week') return hours.hours;
  if (hours.kind === 'by-week') return hours.hours[week];
  return undefined;
}

interface PacedWeek {
  number: number;
  /** Calendar days the week takes at the reader's pace (a range when the hours are). */
  days: Hours;
  /** First day of the week: earliest and latest, as the estimate's range allows. */
  start: { early: string; late: string };
  /** Last day (inclusive). */
  end: { early: string; late: string };
}

/**
 * Each week's dates when the reader studies `perWeek` hours a week from `start`. A week that
 * needs H hours takes 7·H/perWeek days (at least one), rounded up to whole days; weeks follow one
 * another without gaps.
 */
export function pacePlan(
  hours: PlanHours,
  weeks: readonly number[],
  perWeek: number,
  start: string,
): PacedWeek[] {
  if (!isDay(start)) throw new Error(`start must be a day written YYYY-MM-DD, got "${start}"`);
  if (!(perWeek > 0)) throw new Error('hours per week must be more than 0');
  if (hours.kind === 'none') throw new Error(hours.reason);
  let early = 0;
  let late = 0;
  return weeks.map((number) => {
    const h = weekHours(hours, number);
    if (!h) throw new Error(`no hours for week ${number}`);
    const days = {
      low: Math.max(1, Math.ceil((7 * h.low) / perWeek)),
      high: Math.max(1, Math.ceil((7 * h.high) / perWeek)),
    };
    const week: PacedWeek = {
      number,
      days,
      start: { early: addDays(start, early), late: addDays(start, late) },
      end: {
        early: addDays(start, early + days.low - 1),
        late: addDays(start, late + days.high - 1),
      },
    };
    early += days.low;
    late += days.high;
    return week;
  });
}

/**
 * Calendar events for a paced plan: one per week, on the longer estimate, so nothing is
 * planned for a day the reader may still need for the week before.
 */
export function pacedEvents(plan: CalendarPlan, paced: readonly PacedWeek[]): DatedEvent[] {
  return paced.map((p) => {
    const week = plan.weeks.find((w) => w.number === p.number);
    return {
      uid: `${plan.id}-week-${p.number}`,
      title: `${plan.title} — Week ${p.number}${week ? `: ${week.title}` : ''}`,
      start: p.start.late,
      end: p.end.late,
      url: week?.url,
    };
  });
}

/** A plan dated for one reader: its events, and each week's paced dates when paced by hours. */
export interface ReaderSchedule {
  events: DatedEvent[];
  paced?: PacedWeek[] | undefined;
}

/**
 * The plan as the reader set it: from `start`, paced by `hours` a week where the source gives
 * hours and the reader's differ from them (hours inside the source's own range keep its
 * week-long weeks), else re-dated by the start day alone.
 */
export function readerSchedule(
  plan: CalendarPlan & { hours: PlanHours },
  start: string,
  hours?: number,
): ReaderSchedule {
  const atSourcePace =
    plan.hours.kind === 'per-week' &&
    hours !== undefined &&
    hours >= plan.hours.hours.low &&
    hours <= plan.hours.hours.high;
  if (!hours || atSourcePace || plan.hours.kind === 'none')
    return { events: datePlan(plan, start) };
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
}

/**
 * One week's dates in a reader's schedule: "7 Dec 2026 – 13 Dec 2026", or, where the pace leaves
 * a range, "16 Jan 2026 – 19 Jan 2026 to 26 Jan 2026 – 1 Feb 2026" (earliest–latest start to
 * earliest–latest end). `format` turns a YYYY-MM-DD day into text.
 */
export function weekDatesText(
  plan: CalendarPlan,
  schedule: ReaderSchedule,
  week: number,
  format: (day: string) => string,
): string | undefined {
  const span = (early: string, late: string) =>
    early === late ? format(early) : `${format(early)} – ${format(late)}`;
  const paced = schedule.paced?.find((w) => w.number === week);
  if (paced)
    return `${span(paced.start.early, paced.start.late)} to ${span(paced.end.early, paced.end.late)}`;
  const event = schedule.events.find((e) => e.uid === `${plan.id}-week-${week}`);
  return event && `${format(event.start)} – ${format(event.end)}`;
}
