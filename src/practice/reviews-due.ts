import { loadReviews } from './review-storage';
import { dueReviews, upcomingReviews } from './reviews';

/** Lists the reader's due and upcoming SQL reviews wherever ReviewsDue.astro is placed. */
for (const box of document.querySelectorAll<HTMLElement>('[data-reviews]')) {
  const reviews = loadReviews();
  const due = dueReviews(reviews);
  const upcoming = upcomingReviews(reviews);
  if (due.length + upcoming.length === 0) continue;
  box.querySelector('[data-reviews-summary]')!.textContent =
    due.length > 0
      ? `${due.length} exercise${due.length === 1 ? ' is' : 's are'} due for review today.`
      : 'Nothing is due today. Coming up:';
  box.querySelector('[data-reviews-due]')!.replaceChildren(
    ...[...due, ...upcoming].map((review) => {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), {
        href: review.url,
        textContent: review.title,
      });
      const when = due.includes(review) ? 'due now' : `due ${review.due[0]}`;
      li.append(a, ` (${when})`);
      return li;
    }),
  );
  box.hidden = false;
}
