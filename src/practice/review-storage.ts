import { parseReviews, REVIEWS_KEY, type Reviews } from './reviews';

/** The reviews in localStorage; a browser that blocks storage simply keeps none. */
export function loadReviews(): Reviews {
  try {
    return parseReviews(localStorage.getItem(REVIEWS_KEY));
  } catch {
    return {};
  }
}

export function saveReviews(reviews: Reviews): boolean {
  try {
    localStorage.setItem(REVIEWS_KEY, JSON.stringify(reviews));
    return true;
  } catch {
    return false;
  }
}
