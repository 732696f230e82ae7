/**
 * Review dates of topic pages. A topic records the day its text was last checked against its
 * sources; pages show the month, and the content check warns about topics whose review is older
 * than their review interval, so fast-moving product pages age visibly instead of silently.
 * Plain data in, plain data out: no Astro imports.
 */
import type { TopicCategory, TopicKind } from '../schemas/enums';
import { isoDay } from '../plans/dates.ts';

/** What the staleness check needs to know about one topic. */
export interface ReviewedTopic {
  id: string;
  /** The content file, so a warning names what to edit. */
  file?: string;
  /** The day the text was last reviewed (a calendar date at midnight UTC). */
  reviewed: Date;
  category?: TopicCategory;
  kind?: TopicKind;
  /** The release line the page describes; only product pages state one. */
  version?: string;
}

/** A topic whose review is older than the allowed age. */
interface StaleTopic {
  id: string;
  file?: string;
  /** The review date as written in the front matter (YYYY-MM-DD). */
  reviewed: string;
  /** The review interval it exceeded, in months. */
  months: number;
}

/**
 * Categories whose products ship, rename and retire features several times a year: managed
 * cloud services, table formats and object stores, streaming and processing engines,
 * orchestrators, warehouses and engines, ML platforms, container and IaC tooling. A product page
 * there is re-checked twice a year; everything else once a year.
 */
const FAST_MOVING_CATEGORIES: ReadonlySet<TopicCategory> = new Set<TopicCategory>([
  'cloud',
  'storage',
  'streaming',
  'processing',
  'orchestration',
  'databases',
  'machine-learning',
  'infrastructure',
]);

/** Months a review stays current: a product in a fast-moving category, and any other topic. */
const REVIEW_MONTHS = { fastMovingProduct: 6, standard: 12 } as const;

/** A product page: marked `kind: product`, or stating the version of a product it describes. */
export function isProductTopic(topic: Pick<ReviewedTopic, 'kind' | 'version'>): boolean {
  return topic.kind === 'product' || (topic.kind === undefined && topic.version !== undefined);
}

/** How many months a topic's review stays current (see FAST_MOVING_CATEGORIES). */
export function reviewMonths(topic: ReviewedTopic): number {
  return isProductTopic(topic) && topic.category && FAST_MOVING_CATEGORIES.has(topic.category)
    ? REVIEW_MONTHS.fastMovingProduct
    : REVIEW_MONTHS.standard;
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
 * Topics not reviewed within their review interval before `today`, oldest first (then by id).
 * `months` is the interval: a number for every topic, or a function of the topic (by default
 * reviewMonths: 6 months for a product in a fast-moving category, 12 otherwise). A review exactly
 * that many months ago still counts as recent. Only the calendar day of `today` matters, so the
 * result does not change during the day.
 */
export function staleTopics(
  topics: readonly ReviewedTopic[],
  today: Date,
  months: number | ((topic: ReviewedTopic) => number) = reviewMonths,
): StaleTopic[] {
  const interval = typeof months === 'number' ? () => months : months;
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return topics
    .flatMap((topic) => {
      const allowed = interval(topic);
      if (!Number.isInteger(allowed) || allowed < 0)
        throw new RangeError(`months must be a whole number of months, not ${allowed}`);
      return topic.reviewed.getTime() < monthsBefore(day, allowed).getTime()
        ? [{ topic, months: allowed }]
        : [];
    })
    .sort(
      (a, b) =>
        a.topic.reviewed.getTime() - b.topic.reviewed.getTime() ||
        a.topic.id.localeCompare(b.topic.id),
    )
    .map(({ topic, months: allowed }) => ({
      id: topic.id,
      ...(topic.file ? { file: topic.file } : {}),
      reviewed: isoDay(topic.reviewed),
      months: allowed,
    }));
}

/** One warning line per stale topic, for the content check: "file: reviewed 2025-01-05, …". */
export function formatStaleTopics(stale: readonly StaleTopic[]): string[] {
  const advice = 'check the text against its sources and update `reviewed`';
  return stale.map((topic) => {
    const file = topic.file ?? `topics/${topic.id}`;
    const why =
      topic.months === REVIEW_MONTHS.fastMovingProduct
        ? ' (a product in a fast-moving category)'
        : '';
    return `${file}: reviewed ${topic.reviewed}, more than ${topic.months} months ago${why}; ${advice}`;
  });
}

/**
 * One warning for the topics that do not yet say what they describe (neither `kind` nor
 * `version`): without it a product page would age on the slower, 12-month interval and escape
 * the rule that a product states its version. Empty when every topic says.
 */
export function formatUnclassifiedTopics(topics: readonly ReviewedTopic[]): string[] {
  const ids = topics
    .filter((topic) => topic.kind === undefined && topic.version === undefined)
    .map((topic) => topic.id)
    .sort();
  if (ids.length === 0) return [];
  const count = ids.length === 1 ? '1 topic states' : `${ids.length} topics state`;
  return [
    `${count} neither kind nor version; add \`kind: product\` with \`version\`, or \`kind: concept\`: ${ids.join(', ')}`,
  ];
}
