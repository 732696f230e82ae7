import { isDay } from './dates';
import { readerSchedule, weekDatesText, type PlanHours } from './pace';
import type { CalendarPlan } from './dates';
import { formatDate } from './format';
import { planHoursKey, planStartKey } from './settings-keys';
import { redateMilestones, redatePlanSpan } from './redate-plan';

/**
 * Shows a plan's dates as the reader set them on the plan page (start day and hours a week), in
 * place of the source's: every `[data-week-dates="<plan>/<n>"]` of the page, the plan's own dates
 * (`"<plan>/all"`) and its milestones. Loaded by ./reader-dates.ts only for a reader who set a
 * start day.
 */
const day = (value: string) => formatDate(new Date(value));

export function applyReaderDates(blocks: readonly HTMLScriptElement[]) {
  for (const data of blocks) {
    const plan = JSON.parse(data.textContent) as CalendarPlan & { hours: PlanHours };
    let start: string | null = null;
    let hours: number | undefined;
    try {
      start = localStorage.getItem(planStartKey(plan.id));
      const stored = Number(localStorage.getItem(planHoursKey(plan.id)));
      hours = stored > 0 ? stored : undefined;
    } catch {
      // Nothing stored: the source's dates stay.
    }
    if (!start || !isDay(start)) continue;
    const schedule = readerSchedule(plan, start, hours);
    for (const week of plan.weeks) {
      const text = weekDatesText(plan, schedule, week.number, day);
      if (!text) continue;
      for (const cell of document.querySelectorAll<HTMLElement>(
        `[data-week-dates="${plan.id}/${week.number}"]`,
      ))
        cell.textContent = text;
    }
    redatePlanSpan(plan, schedule);
    redateMilestones(plan, schedule);
    for (const column of document.querySelectorAll<HTMLElement>('[data-week-dates-column]'))
      column.hidden = false;
  }
}
