import { announceSaved } from './storage';

export const FOLLOWING_KEY = 'atlas:following';

/** The plans a reader follows, as stored; anything unreadable counts as none (and is not overwritten by reading). */
export function parseFollowing(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string' && /^[\w/-]+$/.test(v))
      : [];
  } catch {
    return [];
  }
}

export function toggleFollowing(
  following: readonly string[],
  plan: string,
  follow: boolean,
): string[] {
  const rest = following.filter((p) => p !== plan);
  return follow ? [...rest, plan] : rest;
}

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
