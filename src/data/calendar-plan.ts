import type { PlanEntry, WeekEntry } from '../lib/pages/entries';
import type { CalendarPlan } from '../lib/calendar';
import { routes } from '../lib/urls';
import { siteConfig } from '../site.config';
import { withBase } from '../lib/urls';

const day = (d?: Date) => d?.toISOString().slice(0, 10);
const absolute = (path: string) => new URL(withBase(siteConfig.base, path), siteConfig.site).href;

/** A plan and its weeks as calendar data (plain JSON, shared by the .ics file and the page script). */
export function calendarPlan(plan: PlanEntry, weeks: WeekEntry[]): CalendarPlan {
  return {
    id: plan.id,
    title: plan.data.title,
    start: day(plan.data.startDate),
    url: absolute(routes.plan(plan.id)),
    weeks: weeks.map((w) => ({
      number: w.data.number,
      title: w.data.title,
      start: day(w.data.startDate),
      end: day(w.data.endDate),
      url: absolute(routes.week(plan.id, w.data.number)),
    })),
    milestones: plan.data.milestones.map((m) => ({ title: m.title, date: day(m.date), week: m.week })),
  };
}
