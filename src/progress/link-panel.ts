import {
  compareWithStored,
  decodeFollowed,
  decodeProgress,
  LINK_PARAM,
  splitFragment,
  type FollowedPlan,
} from './link-code';
import { formatDate } from '../plans/format';
import { FOLLOWING_KEY, loadFollowing } from './following';
import { planHoursKey, planPhaseWeeksKey, planStartKey } from '../plans/settings-keys';
import { currentProgressLink } from './link-url';
import { STORE_VERSION } from './store';
import { mergeStores } from './transfer';
import { announceSaved, loadProgress, saveProgress } from './storage';
import { keysOnSite, loadCatalog } from './catalog-fetch';

/**
 * "Copy a link to my progress" and opening such a link on another device (see
 * ProgressLink.astro). The ticks travel in the fragment, which is never sent to a server; an
 * incoming link is shown first and applied only when the reader chooses merge or replace.
 */
const section = document.querySelector<HTMLElement>('[data-progress-link]');

function setUp(section: HTMLElement) {
  const status = section.querySelector<HTMLElement>('[data-link-status]')!;
  const output = section.querySelector<HTMLInputElement>('[data-link-output]')!;
  const incoming = section.querySelector<HTMLElement>('[data-link-incoming]')!;
  const summary = incoming.querySelector<HTMLElement>('[data-link-summary]')!;
  const catalogUrl = section.dataset.catalogUrl!;

  section.querySelector('[data-link-copy]')!.addEventListener('click', async () => {
    try {
      // The plans this reader follows travel too, with their start days and hours, so the
      // other device shows the same "what is next".
      const link = await currentProgressLink(catalogUrl);
      output.value = link.href;
      output.closest('[data-link-result]')!.removeAttribute('hidden');
      output.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(link.href);
        copied = true;
      } catch {
        // Clipboard refused (permissions, insecure origin): the link is selected in the field instead.
      }
      const planNote =
        link.plans > 0
          ? ` and the ${link.plans === 1 ? 'plan' : `${link.plans} plans`} you follow (with start days and hours)`
          : '';
      status.textContent = `${copied ? 'Copied a link' : 'Made a link (select and copy it)'} holding your ${link.ticks} tick${link.ticks === 1 ? '' : 's'}${planNote}, ${link.href.length} characters long. Open it on another device to take your progress there.`;
    } catch (error) {
      status.textContent = `Could not make a link: ${(error as Error).message}.`;
    }
  });

  const prefix = `#${LINK_PARAM}=`;
  // Opened from a link, or a link pasted into the address bar of this page while it is open.
  const receive = () => {
    if (!location.hash.startsWith(prefix)) return;
    const parts = splitFragment(location.hash);
    const value = safeDecode(parts.progress ?? '');
    const plansFromLink = decodeFollowed(safeDecode(parts.plans ?? ''));
    const forget = () => history.replaceState(null, '', location.pathname + location.search);

    loadCatalog(catalogUrl)
      .then((catalog) => {
        const result = decodeProgress(value, catalog.linkKeys);
        incoming.hidden = false;
        if (!result.ok) {
          summary.textContent = `${result.problem} Nothing was changed.`;
          incoming.querySelector<HTMLElement>('[data-link-actions]')!.hidden = true;
          forget();
          return;
        }
        incoming.querySelector<HTMLElement>('[data-link-actions]')!.hidden = false;
        const onSite = keysOnSite(catalog);
        const counts = compareWithStored(result.keys, loadProgress().store.items, onSite);
        const unplaced = counts.notOnSite + result.unknown;
        const plans = plansFromLink.filter((p) => catalog.plans.some((c) => c.id === p.id));
        summary.textContent =
          `${counts.placed} tick${counts.placed === 1 ? '' : 's'} from a link: ${counts.fresh} new, ${counts.already} you already have.` +
          (unplaced > 0
            ? ` ${unplaced} could not be placed: their items are not on this version of the site.`
            : '') +
          describePlans(plans, catalog.plans) +
          ' Nothing changes until you choose.';
        const placed = result.keys.filter((k) => onSite.has(k));
        const now = new Date().toISOString();
        const fromLink = {
          version: STORE_VERSION,
          items: Object.fromEntries(placed.map((k) => [k, now])),
        } as const;
        const apply = (mode: 'merge' | 'replace') => {
          const current = loadProgress().store;
          const next = mode === 'merge' ? mergeStores(current, fromLink) : fromLink;
          if (
            mode === 'replace' &&
            !confirm(
              `Replace all ${Object.keys(current.items).length} of your ticks with the ${placed.length} from this link?`,
            )
          )
            return;
          if (!saveProgress(next) || (plans.length > 0 && !applyFollowed(plans, mode))) {
            summary.textContent =
              'This browser did not let the site save progress. Nothing was changed.';
            return;
          }
          forget();
          sessionStorage.setItem(
            'atlas:progress:message',
            mode === 'merge'
              ? `Added ${counts.fresh} new ticks from the link.`
              : `Your progress is now the ${placed.length} ticks from the link.`,
          );
          location.reload();
        };
        incoming.querySelector<HTMLButtonElement>('[data-link-merge]')!.onclick = () =>
          apply('merge');
        incoming.querySelector<HTMLButtonElement>('[data-link-replace]')!.onclick = () =>
          apply('replace');
        incoming.querySelector<HTMLButtonElement>('[data-link-dismiss]')!.onclick = () => {
          incoming.hidden = true;
          forget();
          status.textContent = 'The link was set aside; nothing was changed.';
        };
        incoming.querySelector<HTMLElement>('[data-link-merge]')!.focus();
      })
      .catch((error: Error) => {
        incoming.hidden = false;
        summary.textContent = `This link could not be read: ${error.message}. Nothing was changed.`;
      });
  };
  receive();
  window.addEventListener('hashchange', receive);
}

/** " It also follows 1 plan: Data Engineer Learning Path (from 7 Dec 2026, 6 hours a week)." */
function describePlans(plans: FollowedPlan[], known: ReadonlyArray<{ id: string; title: string }>) {
  if (plans.length === 0) return '';
  const named = plans.map((p) => {
    const title = known.find((k) => k.id === p.id)?.title ?? p.id;
    const details = [
      p.start ? `from ${formatDate(new Date(`${p.start}T00:00:00Z`))}` : '',
      p.hours ? `${p.hours} hours a week` : '',
      p.phaseWeeks ? `${p.phaseWeeks} week${p.phaseWeeks === 1 ? '' : 's'} a phase` : '',
    ].filter(Boolean);
    return details.length > 0 ? `${title} (${details.join(', ')})` : title;
  });
  return ` It also follows ${plans.length === 1 ? '1 plan' : `${plans.length} plans`}: ${named.join('; ')}.`;
}

/** A fragment as typed or pasted: percent-encoded or not, and never a reason to throw. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

if (section) setUp(section);

/**
 * Takes followed plans from a progress link: merge adds them to the reader's own (the link's
 * start day and hours win for the plans it names); replace makes them the reader's only ones.
 */
function applyFollowed(plans: readonly FollowedPlan[], mode: 'merge' | 'replace'): boolean {
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
