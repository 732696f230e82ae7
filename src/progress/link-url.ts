import { encodeFollowed, encodeProgress, LINK_PARAM, PLANS_PARAM } from './link-code';
import { followedPlans } from './following';
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
