import { describe, expect, it } from 'vitest';
import {
  completeDue,
  dueReviews,
  parseReviews,
  scheduleReview,
  upcomingReviews,
} from '../../../src/practice/reviews';

const monday = new Date('2026-12-07T10:00:00Z');
const entry = { title: 'Orders per customer', url: '/practice/orders-per-customer/' };

describe('reviews', () => {
  it('schedules a review 2 and 7 days after a failed check', () => {
    const reviews = scheduleReview({}, 'x', entry, monday);
    expect(reviews.x.due).toEqual(['2026-12-09', '2026-12-14']);
    expect(dueReviews(reviews, monday)).toEqual([]);
    expect(upcomingReviews(reviews, monday).map((r) => r.id)).toEqual(['x']);
    expect(dueReviews(reviews, new Date('2026-12-09T08:00:00Z')).map((r) => r.id)).toEqual(['x']);
  });

  it('merges a second failure with the dates already set, without repeats', () => {
    const once = scheduleReview({}, 'x', entry, monday);
    const twice = scheduleReview(once, 'x', entry, new Date('2026-12-09T10:00:00Z'));
    expect(twice.x.due).toEqual(['2026-12-09', '2026-12-11', '2026-12-14', '2026-12-16']);
  });

  it('a pass on a due day clears the dates reached and keeps the later ones', () => {
    const reviews = scheduleReview({}, 'x', entry, monday);
    const after = completeDue(reviews, 'x', new Date('2026-12-10T10:00:00Z'));
    expect(after.x.due).toEqual(['2026-12-14']);
    expect(completeDue(after, 'x', new Date('2026-12-20T10:00:00Z'))).toEqual({});
  });

  it('reads nothing from unreadable storage, and drops malformed entries', () => {
    expect(parseReviews('not json')).toEqual({});
    expect(parseReviews('[1]')).toEqual({});
    expect(parseReviews(JSON.stringify({ a: { title: 't', url: '/u', due: [] }, b: 3 }))).toEqual({
      a: { title: 't', url: '/u', due: [] },
    });
  });
});
