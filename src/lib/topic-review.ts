/**
 * Review dates of topic pages. A topic records the day its text was last checked against its
 * sources; pages show the month, and the content check warns about topics whose review is older
 * than a given number of months, so fast-moving product pages age visibly instead of silently.
 * Plain data in, plain data out: no Astro imports.
 */

/** What the staleness check needs to know about one topic. */
export interface ReviewedTopic {
  id: string;
  /** The content file, so a warning names what to edit. */
  file?: string;
  /** The day the text was last reviewed (a calendar date at midnight UTC). */
  reviewed: Date;
}

/** A topic whose review is older than the allowed age. */
export interface StaleTopic {
  id: string;
  file?: string;
  /** The review date as written in the front matter (YYYY-MM-DD). */
  reviewed: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar day of a date in UTC, as YYYY-MM-DD (the form `<time datetime>` and YAML use). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "December 2026": the month a topic was reviewed, read in UTC like every calendar date here. */
export function reviewedLabel(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * The same day `months` calendar months earlier, in UTC. A day that does not exist in the target
 * month is clamped to its last day (31 March minus one month is 28 or 29 February), so the cutoff
 * never spills into the following month.
 */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * Topics not reviewed within the last `months` months before `today`, oldest first (then by id).
 * A review exactly `months` months ago still counts as recent. Only the calendar day of `today`
 * matters, so the result does not change during the day.
 */
export function staleTopics(
  topics: readonly ReviewedTopic[],
  today: Date,
  months = 12,
): StaleTopic[] {
  if (!Number.isInteger(months) || months < 0)
    throw new RangeError(`months must be a whole number of months, not ${months}`);
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const cutoff = monthsBefore(day, months).getTime();
  return topics
    .filter((topic) => topic.reviewed.getTime() < cutoff)
    .sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime() || a.id.localeCompare(b.id))
    .map((topic) => ({
      id: topic.id,
      ...(topic.file ? { file: topic.file } : {}),
      reviewed: isoDay(topic.reviewed),
    }));
}

/** One warning line per stale topic, for the content check: "file: reviewed 2025-01-05, …". */
export function formatStaleTopics(stale: readonly StaleTopic[], months = 12): string[] {
  const advice = 'check the text against its sources and update `reviewed`';
  return stale.map((topic) => {
    const file = topic.file ?? `topics/${topic.id}`;
    return `${file}: reviewed ${topic.reviewed}, more than ${months} months ago; ${advice}`;
  });
}
