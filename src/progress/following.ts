import { FOLLOWING_KEY, parseFollowing, toggleFollowing } from './next-steps';
import type { FollowedPlan } from './link-code';
import { HOURS_KEY, planHoursKey, planPhaseWeeksKey, planStartKey } from '../plans/settings-keys';
import { announceSaved } from './storage';

/** The plans this reader follows, kept in localStorage beside their ticks. */
export function loadFollowing(): string[] {
  try {
    return parseFollowing(localStorage.getItem(FOLLOWING_KEY));
  } catch {
    return [];
  }
}

export function setFollowing(plan: string, follow: boolean): boolean {
  try {
    localStorage.setItem(
      FOLLOWING_KEY,
      JSON.stringify(toggleFollowing(loadFollowing(), plan, follow)),
    );
    announceSaved();
    return true;
  } catch {
    return false;
  }
}

/** The followed plans with the start day, hours and weeks a phase the reader set on each, for a progress link. */
export function followedPlans(): FollowedPlan[] {
  return loadFollowing().map((id) => {
    try {
      const start = localStorage.getItem(planStartKey(id)) ?? undefined;
      // The plan's own hours, else the hours a week the reader gave the home page's chooser,
      // which the plan page starts from too.
      const hours = Number(
        localStorage.getItem(planHoursKey(id)) ?? localStorage.getItem(HOURS_KEY),
      );
      const phaseWeeks = Number(localStorage.getItem(planPhaseWeeksKey(id)));
      return {
        id,
        start,
        ...(hours > 0 ? { hours } : {}),
        ...(phaseWeeks > 0 ? { phaseWeeks } : {}),
      };
    } catch {
      return { id };
    }
  });
}

/**
 * Takes followed plans from a progress link: merge adds them to the reader's own (the link's
 * start day and hours win for the plans it names); replace makes them the reader's only ones.
 */
export function applyFollowed(plans: readonly FollowedPlan[], mode: 'merge' | 'replace'): boolean {
  try {
    const ids = plans.map((p) => p.id);
    const kept = mode === 'merge' ? loadFollowing().filter((id) => !ids.includes(id)) : [];
    localStorage.setItem(FOLLOWING_KEY, JSON.stringify([...kept, ...ids]));
    for (const plan of plans) {
      if (plan.start) localStorage.setItem(planStartKey(plan.id), plan.start);
      if (plan.hours) localStorage.setItem(planHoursKey(plan.id), String(plan.hours));
      if (plan.phaseWeeks)
        localStorage.setItem(planPhaseWeeksKey(plan.id), String(plan.phaseWeeks));
    }
    announceSaved();
    return true;
  } catch {
    return false;
  }
}
