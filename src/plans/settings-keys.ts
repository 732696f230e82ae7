/**
 * Where the reader's own plan settings are kept in localStorage, beside their ticks. A module of
 * its own, so that a page can see whether anything is set without loading what applies it.
 */

/** The hours a week a reader gave the home page's plan chooser; plan calendars start from them. */
export const HOURS_KEY = 'atlas:hours-a-week';
/** Where a plan page keeps the reader's start day and hours a week for that plan. */
export const planStartKey = (plan: string) => `atlas:plan-start:${plan}`;
export const planHoursKey = (plan: string) => `atlas:plan-hours:${plan}`;
/** For a plan in phases the source gives no length: the weeks the reader gives each phase. */
export const planPhaseWeeksKey = (plan: string) => `atlas:plan-phase-weeks:${plan}`;
