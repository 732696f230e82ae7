import {
  encodeFollowed,
  encodeProgress,
  LINK_PARAM,
  PLANS_PARAM,
  type FollowedPlan,
} from './link-code';
import { loadFollowing } from './following';
import { HOURS_KEY, planHoursKey, planPhaseWeeksKey, planStartKey } from '../plans/settings-keys';
import { loadCatalog } from './catalog-fetch';
import { loadProgress } from './storage';

/**
 * The reader's progress link as it stands now: this page's address with every tick and the
 * followed plans (start days and hours) in the `#` fragment. One function, so the copied link and
 * the QR code of it (qr-panel.ts) can never differ.
 */
export async function currentProgressLink(catalogUrl: string) {
  const catalog = await loadCatalog(catalogUrl);
  const ticked = Object.keys(loadProgress().store.items);
  const plans = followedPlans();
  const url = new URL(location.href);
  url.hash =
    `${LINK_PARAM}=${encodeProgress(ticked, catalog.linkKeys)}` +
    (plans.length > 0 ? `&${PLANS_PARAM}=${encodeFollowed(plans)}` : '');
  return { href: url.href, ticks: ticked.length, plans: plans.length };
}

/** The followed plans with the start day, hours and weeks a phase the reader set on each, for a progress link. */
function followedPlans(): FollowedPlan[] {
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
