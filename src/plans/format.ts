/** Formatting of plan facts shared by plan lists and plan pages. */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Aug 2025", in UTC so that a build in any timezone prints the source's date. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "19 Aug 2025 – 24 Aug 2025", or one side only. */
export function formatDateRange(start?: Date, end?: Date): string | undefined {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return undefined;
}
