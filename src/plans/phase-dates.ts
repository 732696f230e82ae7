import { addDays, isDay, type DatedEvent } from './dates';

/**
 * Calendars for plans organised in phases rather than weeks. A phase lasts as long as the source
 * says ("3-4 months"); where the source gives a phase no length, only the reader's own weeks per
 * phase can place it, and nothing is guessed. Ranges are placed on their longer end, so no phase
 * is planned for a day the one before may still need.
 */

interface PhaseLength {
  low: number;
  high: number;
  unit: 'week' | 'month';
}

interface CalendarPhase {
  title: string;
  /** The source's length for the phase, verbatim ("3-4 months"). */
  duration?: string | undefined;
}

export interface PhasePlan {
  id: string;
  title: string;
  url?: string | undefined;
  phases: CalendarPhase[];
}

/** "3-4 months", "6–12 months", "2 weeks"; undefined for anything else. */
export function parsePhaseLength(text: string | undefined): PhaseLength | undefined {
  const match = /^\s*(\d+)\s*(?:[-–—]\s*(\d+))?\s*(weeks?|months?)\s*$/i.exec(text ?? '');
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = Number(match[2] ?? match[1]);
  if (!(low > 0) || high < low) return undefined;
  return { low, high, unit: /^w/i.test(match[3]) ? 'week' : 'month' };
}

/** The day `months` calendar months after `day` (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** True when every phase has a length of the source's own. */
export const phasesHaveLengths = (plan: PhasePlan): boolean =>
  plan.phases.length > 0 && plan.phases.every((p) => parsePhaseLength(p.duration));

/**
 * One event per phase from `start`, each after the one before. The source's lengths are used
 * (the longer end of a range); without them, `weeksPerPhase` — the reader's own figure — places
 * every phase, and without either there is no calendar (undefined).
 */
export function datePhases(
  plan: PhasePlan,
  start: string,
  weeksPerPhase?: number,
): DatedEvent[] | undefined {
  if (!isDay(start)) throw new Error(`start must be a day written YYYY-MM-DD, got "${start}"`);
  const fromSource = phasesHaveLengths(plan);
  if (!fromSource && !(weeksPerPhase && weeksPerPhase > 0)) return undefined;
  let from = start;
  return plan.phases.map((phase, index) => {
    const length = fromSource ? parsePhaseLength(phase.duration)! : undefined;
    const next = length
      ? length.unit === 'month'
        ? addMonths(from, length.high)
        : addDays(from, 7 * length.high)
      : addDays(from, 7 * weeksPerPhase!);
    const event: DatedEvent = {
      uid: `${plan.id}-phase-${index + 1}`,
      title: `${plan.title} — Phase ${index + 1}: ${phase.title}`,
      start: from,
      end: addDays(next, -1),
      url: plan.url,
      description: length
        ? `${phase.duration} in the source; placed on the longer end.`
        : `${weeksPerPhase} weeks, as you chose: the source gives this phase no length.`,
    };
    from = next;
    return event;
  });
}
