import type { CalendarPlan } from './dates';
import type { ReaderSchedule } from './pace';
import { formatDate } from './format';

const day = (value: string) => formatDate(new Date(value));
/** "3 Mar" or "3 Mar – 8 Mar": a day the pace leaves open is shown as a range. */
const span = (early: string, late: string) =>
  early === late ? day(early) : `${day(early)} – ${day(late)}`;

/**
 * The plan's own dates (a fact keyed `"<plan>/all"`): the first week's start to the last week's
 * (latest) end in the reader's schedule.
 */
export function redatePlanSpan(plan: CalendarPlan, schedule: ReaderSchedule) {
  const weeks = schedule.events.filter((e) => e.uid.startsWith(`${plan.id}-week-`));
  const lastEnd = schedule.paced?.at(-1)?.end.late ?? weeks.at(-1)?.end;
  if (!weeks[0] || !lastEnd) return;
  for (const cell of document.querySelectorAll<HTMLElement>(`[data-week-dates="${plan.id}/all"]`))
    cell.textContent = `${day(weeks[0].start)} – ${day(lastEnd)}`;
}

/**
 * Re-dates a plan's milestones (Milestones.astro) for the reader's schedule. A milestone the
 * source dates moves with the plan's start ("24 Aug 2025" becomes the same day of the reader's
 * week); one tied only to a week ("By Week 5") gets that week's last day. Where the reader's
 * hours pace the weeks, a milestone of a week falls at that week's (possibly open) end.
 */
export function redateMilestones(plan: CalendarPlan, schedule: ReaderSchedule) {
  const { events, paced } = schedule;
  const weekEnd = (number: number) => {
    const p = paced?.find((w) => w.number === number);
    if (p) return span(p.end.early, p.end.late);
    const event = events.find((e) => e.uid === `${plan.id}-week-${number}`);
    return event ? day(event.end) : '';
  };
  for (const marker of document.querySelectorAll<HTMLElement>(
    `[data-milestone-date^="${plan.id}/"]`,
  )) {
    const index = marker.dataset.milestoneDate!.split('/').pop();
    const week = Number(marker.dataset.milestoneOfWeek);
    const event = events.find((e) => e.uid === `${plan.id}-milestone-${index}`);
    const text = week && paced ? weekEnd(week) : event ? day(event.start) : '';
    if (text) marker.textContent = text;
  }
  for (const marker of document.querySelectorAll<HTMLElement>(
    `[data-milestone-week^="${plan.id}/"]`,
  )) {
    const end = weekEnd(Number(marker.dataset.milestoneWeek!.split('/').pop()));
    marker.textContent = end ? ` (${end})` : '';
  }
}
