/**
 * Plan calendars: re-dating a plan from a chosen start day, and writing it as iCalendar
 * (RFC 5545) with one all-day event per week and per milestone. Dates are calendar days in UTC.
 */

interface CalendarWeek {
  number: number;
  title: string;
  start?: string | undefined; // YYYY-MM-DD
  end?: string | undefined; // YYYY-MM-DD, inclusive
  url?: string | undefined;
}

interface CalendarMilestone {
  title: string;
  date?: string | undefined;
  week?: number | undefined;
}

export interface CalendarPlan {
  id: string;
  title: string;
  start?: string | undefined;
  url?: string | undefined;
  weeks: CalendarWeek[];
  milestones: CalendarMilestone[];
}

export interface DatedEvent {
  uid: string;
  title: string;
  start: string;
  /** Inclusive last day. */
  end: string;
  url?: string | undefined;
  description?: string | undefined;
}

const DAY = 86_400_000;
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** The calendar day of a date in UTC, as YYYY-MM-DD (the form `<time datetime>`, YAML and `.ics` use). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const format = (ms: number) => isoDay(new Date(ms));
export const addDays = (day: string, days: number) => format(parse(day) + days * DAY);
/**
 * A calendar day written YYYY-MM-DD. JavaScript's parser rolls a day the month lacks (`02-30`)
 * over into the next month, so the day must also read back unchanged.
 */
export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(parse(value)) &&
  format(parse(value)) === value;

/**
 * The plan's events starting on `start`. With the source's own start the source's dates come
 * out unchanged; another start shifts every date by the same number of days. Weeks or milestones
 * without dates are placed by their week number (week n starts 7·(n−1) days after the start).
 */
export function datePlan(plan: CalendarPlan, start: string): DatedEvent[] {
  if (!isDay(start)) throw new Error(`start must be a day written YYYY-MM-DD, got "${start}"`);
  const shift = plan.start ? (parse(start) - parse(plan.start)) / DAY : 0;
  const weekStart = (n: number) => addDays(start, 7 * (n - 1));
  const weekOf = new Map(plan.weeks.map((w) => [w.number, w]));
  const events: DatedEvent[] = plan.weeks.map((w) => {
    const from = w.start && plan.start ? addDays(w.start, shift) : weekStart(w.number);
    const to = w.end && plan.start ? addDays(w.end, shift) : addDays(from, 6);
    return {
      uid: `${plan.id}-week-${w.number}`,
      title: `${plan.title} — Week ${w.number}: ${w.title}`,
      start: from,
      end: to,
      url: w.url,
    };
  });
  plan.milestones.forEach((m, i) => {
    let day: string | undefined;
    if (m.date && plan.start) day = addDays(m.date, shift);
    else if (m.week) {
      const week = weekOf.get(m.week);
      day = week?.end && plan.start ? addDays(week.end, shift) : addDays(weekStart(m.week), 6);
    }
    if (day)
      events.push({
        uid: `${plan.id}-milestone-${i + 1}`,
        title: `Milestone: ${m.title}`,
        start: day,
        end: day,
        url: plan.url,
      });
  });
  return events;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function text(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      // A bare CR ends a line for some readers too: every kind of line break becomes \n.
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** Folds a content line to at most 75 octets per line (RFC 5545 §3.1). */
export function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

/** An iCalendar file with one all-day VEVENT per event. `stamp` is the DTSTAMP (creation time). */
export function toIcs(calendarName: string, events: DatedEvent[], stamp: Date): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Data Engineering Atlas//Plan calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(calendarName)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@data-engineering-atlas`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.start)}`,
      // DTEND is exclusive for all-day events: the day after the last day.
      `DTEND;VALUE=DATE:${compact(addDays(e.end, 1))}`,
      `SUMMARY:${text(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
