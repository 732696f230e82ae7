import type { PlanEntry, WeekEntry } from '../lib/pages/entries';
import type { CalendarPlan } from './dates';
import { planHours, type PlanHours } from './pace';
import { routes } from '../lib/urls';
import { absoluteUrl, siteConfig } from '../site.config';
import { withBase } from '../lib/urls';

const day = (d?: Date) => d?.toISOString().slice(0, 10);
/** Events link to their page only where the site's address is configured: no placeholder origin. */
const absolute = (path: string) => absoluteUrl(withBase(siteConfig.base, path));

/** A plan and its weeks as calendar data (plain JSON, shared by the .ics file and the page script). */
export function calendarPlan(
  plan: PlanEntry,
  weeks: WeekEntry[],
): CalendarPlan & { hours: PlanHours } {
  return {
    // How long each week takes, as the source says (never estimated here): see src/plans/pace.ts.
    hours: planHours(
      plan.data,
      weeks.map((w) => ({
        number: w.data.number,
        times: w.data.blocks.flatMap((b) => (b.time ? [b.time] : [])),
      })),
    ),
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
    milestones: plan.data.milestones.map((m) => ({
      title: m.title,
      date: day(m.date),
      week: m.week,
    })),
  };
}
