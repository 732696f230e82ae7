/**
 * The reader's last query for an exercise, kept in the browser with what it was written against:
 * the dataset and the exercise's version (exercise-version.ts). Older copies carry no version.
 */
export interface SavedQuery {
  sql: string;
  dataset?: string | undefined;
  version?: string | undefined;
}

/**
 * What to tell the reader when their saved query was written for an earlier form of the
 * exercise, or nothing when it still fits (or when it is too old to say). The query is always
 * kept: only the reader replaces it.
 */
export function savedQueryNotice(
  saved: SavedQuery,
  now: { dataset: string; version: string },
): string | undefined {
  const kept = 'Your query is kept as you left it; change it or clear it to start again.';
  if (saved.dataset !== undefined && saved.dataset !== now.dataset)
    return `Your saved query was written when this exercise used another dataset (${saved.dataset}), so it may no longer fit. ${kept}`;
  if (saved.version !== undefined && saved.version !== now.version)
    return `This exercise has changed since you wrote your saved query (its data, its solution or how answers are compared), so a query that passed before may not pass now. ${kept}`;
  return undefined;
}
