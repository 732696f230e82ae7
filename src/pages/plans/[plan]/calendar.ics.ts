import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getAtlas } from '../../../data/atlas';
import { calendarPlan } from '../../../plans/calendar-plan';
import { weeksOf } from '../../../lib/pages/entries';
import { datePlan, toIcs } from '../../../plans/dates';

/** The plan on its source's own dates, for readers without JavaScript (the page re-dates it client side). */
export async function getStaticPaths() {
  const atlas = await getAtlas();
  return atlas.plans.flatMap((plan) => {
    const start = plan.data.startDate;
    if (!start) return [];
    const data = calendarPlan(plan, weeksOf(atlas, plan.id));
    // DTSTAMP from the plan's start keeps the file identical between builds of the same content.
    return [
      {
        params: { plan: plan.id },
        props: { ics: toIcs(data.title, datePlan(data, data.start!), start) },
      },
    ];
  });
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
