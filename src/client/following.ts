import { FOLLOWING_KEY, parseFollowing, toggleFollowing } from '../lib/next-steps';

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
    return true;
  } catch {
    return false;
  }
}
