import { loadFollowing, setFollowing } from './following';

/** "Follow this plan" on a plan page (FollowPlan.astro): a toggle button, pressed while followed. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-follow-plan]')) {
  const plan = button.dataset.followPlan!;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-follow-status]');
  const show = () => {
    const following = loadFollowing().includes(plan);
    button.setAttribute('aria-pressed', String(following));
    button.textContent = following ? 'Following this plan' : 'Follow this plan';
  };
  show();
  button.disabled = false;
  button.addEventListener('click', () => {
    const follow = button.getAttribute('aria-pressed') !== 'true';
    if (!setFollowing(plan, follow)) {
      if (status) status.textContent = 'This browser did not let the site remember that.';
      return;
    }
    show();
    if (status)
      status.textContent = follow
        ? 'The home page and Your progress now show where you are in this plan.'
        : 'You no longer follow this plan.';
  });
}
