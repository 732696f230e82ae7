import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas, type Plan } from '../../../data/atlas';
import { calendarPlan } from '../../../data/calendar-plan';
import { datePlan, toIcs } from '../../../lib/calendar';

/** The plan on its source's own dates, for readers without JavaScript (the page re-dates it client side). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { plans, weeks } = await getAtlas();
  return plans.filter((p) => p.data.startDate).map((plan) => ({ params: { plan: plan.id }, props: { plan, weeks: weeks.filter((w) => w.data.plan.id === plan.id) } }));
};

export const GET: APIRoute = ({ props }) => {
  const { plan, weeks } = props as { plan: Plan; weeks: Parameters<typeof calendarPlan>[1] };
  const data = calendarPlan(plan, weeks);
  // DTSTAMP from the plan's start keeps the file identical between builds of the same content.
  const ics = toIcs(data.title, datePlan(data, data.start!), plan.data.startDate!);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
