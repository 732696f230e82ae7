import { statedHours, type Hours, type StatedHours } from './pace';

/**
 * How much time a plan asks for, in the source's own terms, and what that means for a reader
 * with a given number of hours a week. Only the source's figures are used: a range stays a
 * range, and where the source gives no figure the answer says so instead of estimating one.
 */

interface PlanTimeInput {
  hoursPerWeek?: StatedHours | undefined;
  /** The source's own words for its time, when they differ from the figure. */
  hoursAsStated?: string | undefined;
  durationWeeks?: number | undefined;
  /** Length as the source states it when it is not in weeks ("18-28 months"). */
  duration?: string | undefined;
}

export interface PlanTime {
  /** Hours a week as the source gives them; undefined when it gives none. */
  hours?: Hours | undefined;
  /** Length in weeks, when the source gives one. */
  weeks?: number | undefined;
  /** "15–20 hours a week", or what the source says instead. */
  hoursText: string;
  /** "10 weeks", "18-28 months", or that the source gives no length. */
  lengthText: string;
}

const NO_HOURS = 'hours a week not stated in the source';
const NO_LENGTH = 'length not stated in the source';

/** "15–20" or "56": a range stays a range. */
export const formatHours = (h: Hours): string =>
  h.low === h.high ? `${h.low}` : `${h.low}–${h.high}`;

export function planTime(plan: PlanTimeInput): PlanTime {
  const hours = plan.hoursPerWeek ? statedHours(plan.hoursPerWeek) : undefined;
  const stated = plan.hoursAsStated ? ` (“${plan.hoursAsStated}”)` : '';
  return {
    hours,
    weeks: plan.durationWeeks,
    hoursText: hours ? `${formatHours(hours)} hours a week${stated}` : NO_HOURS,
    lengthText: plan.durationWeeks
      ? `${plan.durationWeeks} weeks`
      : plan.duration
        ? plan.duration
        : NO_LENGTH,
  };
}

/** How a plan meets a reader's hours a week. */
type PlanFit =
  /** The reader's hours reach the plan's own (the lower end of a range counts). */
  | { kind: 'fits'; weeks?: number | undefined }
  /** The plan at the reader's hours: its total hours spread over more weeks. */
  | { kind: 'longer'; weeks: Hours }
  /** The source gives too little to say (no hours, or no length in weeks). */
  | { kind: 'unknown' };

/**
 * A plan at `perWeek` hours a week: it fits when that reaches the source's hours a week;
 * otherwise the plan's total (hours a week × weeks, both from the source) takes
 * ⌈total ÷ perWeek⌉ weeks, a range when the source's hours are a range.
 */
export function fitAt(time: PlanTime, perWeek: number): PlanFit {
  if (!(perWeek > 0) || !time.hours) return { kind: 'unknown' };
  if (perWeek >= time.hours.low) return { kind: 'fits', weeks: time.weeks };
  if (!time.weeks) return { kind: 'unknown' };
  return {
    kind: 'longer',
    weeks: {
      low: Math.ceil((time.hours.low * time.weeks) / perWeek),
      high: Math.ceil((time.hours.high * time.weeks) / perWeek),
    },
  };
}

/**
 * One sentence for the plan chooser: what the plan means at the reader's hours. Empty when the
 * source gives no hours a week: the plan's own line already says so, and there is nothing to add.
 */
export function describeFit(time: PlanTime, perWeek: number): string {
  const fit = fitAt(time, perWeek);
  if (fit.kind === 'fits') return `Fits ${perWeek} hours a week: ${time.lengthText}.`;
  if (fit.kind === 'longer')
    return `At ${perWeek} hours a week: about ${formatHours(fit.weeks)} weeks instead of ${time.lengthText}.`;
  return time.hours
    ? `The source gives no length in weeks to spread ${formatHours(time.hours)} hours a week over.`
    : '';
}

/** Plans in the order the chooser shows them at `perWeek`: those that fit, then the shortest. */
export function rankByFit<T>(plans: readonly T[], timeOf: (plan: T) => PlanTime, perWeek: number) {
  const score = (plan: T) => {
    const fit = fitAt(timeOf(plan), perWeek);
    if (fit.kind === 'fits') return fit.weeks ?? 0;
    if (fit.kind === 'longer') return 10_000 + fit.weeks.high;
    return 1_000_000;
  };
  return plans
    .map((plan, index) => ({ plan, index, score: score(plan) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((x) => x.plan);
}
