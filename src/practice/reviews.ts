import { isoDay } from '../plans/dates';

/**
 * Reviews of exercises, by the study plan's rule: revisit a mistake after 2 days and after 7.
 * Plain data and pure functions; review-storage.ts keeps them in the browser.
 */
export const REVIEWS_KEY = 'atlas:practice:reviews';

/** Days after a failed check (or "Revisit later") when the exercise is due again. */
const REVIEW_DAYS = [2, 7] as const;

interface Review {
  title: string;
  url: string;
  /** Due dates (YYYY-MM-DD), earliest first. */
  due: string[];
}

export type Reviews = Record<string, Review>;

const DAY = 86_400_000;

/** Schedules an exercise at +2 and +7 days from `now`, merged with what is already due. */
export function scheduleReview(
  reviews: Reviews,
  id: string,
  entry: { title: string; url: string },
  now = new Date(),
): Reviews {
  const dates = REVIEW_DAYS.map((days) => isoDay(new Date(now.getTime() + days * DAY)));
  const due = [...new Set([...(reviews[id]?.due ?? []), ...dates])].sort();
  return { ...reviews, [id]: { ...entry, due } };
}

/** The reviews due on or before `today`, earliest first. */
export function dueReviews(reviews: Reviews, now = new Date()): Array<Review & { id: string }> {
  const today = isoDay(now);
  return Object.entries(reviews)
    .filter(([, r]) => r.due.some((d) => d <= today))
    .map(([id, r]) => ({ id, ...r }))
    .sort((a, b) => a.due[0].localeCompare(b.due[0]));
}

/** The reviews still ahead (none due yet), soonest first. */
export function upcomingReviews(
  reviews: Reviews,
  now = new Date(),
): Array<Review & { id: string }> {
  const today = isoDay(now);
  return Object.entries(reviews)
    .filter(([, r]) => r.due.length > 0 && r.due.every((d) => d > today))
    .map(([id, r]) => ({ id, ...r }))
    .sort((a, b) => a.due[0].localeCompare(b.due[0]));
}

/** After a passed check, the dates already reached are done; later ones stay. */
export function completeDue(reviews: Reviews, id: string, now = new Date()): Reviews {
  const review = reviews[id];
  if (!review) return reviews;
  const today = isoDay(now);
  const due = review.due.filter((d) => d > today);
  const rest = { ...reviews };
  if (due.length) rest[id] = { ...review, due };
  else delete rest[id];
  return rest;
}

/** Stored reviews, or none when the text is missing or unreadable. */
export function parseReviews(raw: string | null): Reviews {
  if (!raw) return {};
  try {
    const data = JSON.parse(raw) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data as Record<string, Review>).filter(
        ([, r]) =>
          r && typeof r.title === 'string' && typeof r.url === 'string' && Array.isArray(r.due),
      ),
    );
  } catch {
    return {};
  }
}
