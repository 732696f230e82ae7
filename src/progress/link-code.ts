/**
 * Progress carried in a link's fragment (`#progress=…`), which browsers never send to a server,
 * so ticks move to another device without an account.
 *
 * The catalog is the site's published list of tickable keys, append-only (see
 * src/content/progress-keys.json): a key keeps its position for good, so bit i of a link always
 * means the same item, and a link made before a content update still restores every tick whose
 * item is still on the site. Ticks on keys the catalog does not know travel as text.
 *
 * Format: `p1.<bits>[.<extra>].<check>` — bits: base64url of a bitset over the catalog; extra:
 * base64url of the UTF-8 text of the unknown keys joined by newlines; check: four base64url
 * characters of a hash of everything before it, so a cut-off or mistyped link is refused
 * instead of applied half.
 */

export const LINK_PARAM = 'progress';
const VERSION = 'p1';

type LinkResult = { ok: true; keys: string[]; unknown: number } | { ok: false; problem: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [B64[(n >> 18) & 63], B64[(n >> 12) & 63], B64[(n >> 6) & 63], B64[n & 63]];
    out += chars.slice(0, Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))).join('');
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const n = [...chunk].reduce((acc, c, j) => acc | (B64.indexOf(c) << (18 - 6 * j)), 0);
    const count = Math.floor((chunk.length * 6) / 8);
    for (let j = 0; j < count; j++) bytes.push((n >> (16 - 8 * j)) & 255);
  }
  return Uint8Array.from(bytes);
}

/** FNV-1a, 24 bits, as four base64url characters: enough to catch a truncated or edited link. */
function check(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const n = (hash ^ (hash >>> 24)) & 0xffffff;
  return [18, 12, 6, 0].map((shift) => B64[(n >> shift) & 63]).join('');
}

/** The fragment value for these ticked keys (without `#progress=`). */
export function encodeProgress(ticked: Iterable<string>, catalog: readonly string[]): string {
  const index = new Map(catalog.map((key, i) => [key, i]));
  const bits = new Uint8Array(Math.ceil(catalog.length / 8));
  const unknown: string[] = [];
  let highest = -1;
  for (const key of new Set(ticked)) {
    const i = index.get(key);
    if (i === undefined) unknown.push(key);
    else {
      bits[i >> 3] |= 1 << (i & 7);
      highest = Math.max(highest, i);
    }
  }
  const parts = [VERSION, toBase64Url(bits.slice(0, (highest >> 3) + 1))];
  if (unknown.length > 0)
    parts.push(toBase64Url(new TextEncoder().encode(unknown.sort().join('\n'))));
  const body = parts.join('.');
  return `${body}.${check(body)}`;
}

/** Reads a fragment value made by `encodeProgress`; says what is wrong instead of guessing. */
export function decodeProgress(value: string, catalog: readonly string[]): LinkResult {
  const text = value.trim();
  const parts = text.split('.');
  if (parts[0] !== VERSION) {
    return {
      ok: false,
      problem: 'This is not a progress link of this site, or it was made by a newer version of it.',
    };
  }
  if (parts.length < 3 || parts.length > 4)
    return { ok: false, problem: 'This progress link is incomplete: copy the whole link again.' };
  const sum = parts.pop()!;
  if (check(parts.join('.')) !== sum)
    return {
      ok: false,
      problem: 'This progress link is incomplete or was changed: copy the whole link again.',
    };
  const bits = fromBase64Url(parts[1]);
  const extra = parts[2] === undefined ? new Uint8Array() : fromBase64Url(parts[2]);
  if (!bits || !extra)
    return {
      ok: false,
      problem:
        'This progress link has characters a progress link never has: copy the whole link again.',
    };
  const keys: string[] = [];
  let unknown = 0;
  for (let i = 0; i < bits.length * 8; i++) {
    if (!(bits[i >> 3] & (1 << (i & 7)))) continue;
    if (i < catalog.length) keys.push(catalog[i]);
    // A position past the end: made by a newer version of the site, whose items this one lacks.
    else unknown++;
  }
  if (extra.length > 0) {
    for (const key of new TextDecoder().decode(extra).split('\n')) if (key) keys.push(key);
  }
  return { ok: true, keys, unknown };
}

/** What a link holds compared with what is stored: for "312 ticks from a link: 40 new, 272 you already have". */
export function compareWithStored(
  linkKeys: readonly string[],
  stored: Readonly<Record<string, string>>,
  onSite: ReadonlySet<string>,
) {
  const placed = linkKeys.filter((k) => onSite.has(k));
  const fresh = placed.filter((k) => !(k in stored));
  return {
    total: linkKeys.length,
    placed: placed.length,
    fresh: fresh.length,
    already: placed.length - fresh.length,
    notOnSite: linkKeys.length - placed.length,
  };
}

/** A followed plan as a link carries it: its id, and the reader's start day and hours, if set. */
export interface FollowedPlan {
  id: string;
  /** YYYY-MM-DD */
  start?: string | undefined;
  hours?: number | undefined;
  /** For a plan in phases whose source gives them no length: the weeks the reader gives each. */
  phaseWeeks?: number | undefined;
}

/** The second fragment parameter: `#progress=…&plans=…`. Links without it still read as before. */
export const PLANS_PARAM = 'plans';

const PLAN_ID = /^[\w/-]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Followed plans as fragment text: `id~start~hours` joined by commas, empty fields where the
 * reader set nothing (`learning-path-10-week~2026-12-07~6,thirty-projects-timeline~~`), and a
 * fourth field `~weeks` only when the reader gave each phase a number of weeks (older readers
 * of links ignore it). Plain text, so a reader can see what a link holds.
 */
export function encodeFollowed(plans: readonly FollowedPlan[]): string {
  return plans
    .filter((p) => PLAN_ID.test(p.id))
    .map((p) =>
      [
        p.id,
        p.start && DAY.test(p.start) ? p.start : '',
        p.hours && p.hours > 0 ? String(p.hours) : '',
        ...(p.phaseWeeks && p.phaseWeeks > 0 ? [String(p.phaseWeeks)] : []),
      ].join('~'),
    )
    .join(',');
}

/** Reads `encodeFollowed` text; anything malformed is left out rather than guessed. */
export function decodeFollowed(text: string): FollowedPlan[] {
  if (!text) return [];
  return text.split(',').flatMap((part): FollowedPlan[] => {
    const [id = '', start = '', hours = '', phaseWeeks = ''] = part.split('~');
    if (!PLAN_ID.test(id)) return [];
    const h = Number(hours);
    const w = Number(phaseWeeks);
    return [
      {
        id,
        ...(DAY.test(start) ? { start } : {}),
        ...(hours !== '' && Number.isFinite(h) && h > 0 && h <= 168 ? { hours: h } : {}),
        // The phase calendar's own bounds: whole weeks, 1 to 104.
        ...(Number.isInteger(w) && w >= 1 && w <= 104 ? { phaseWeeks: w } : {}),
      },
    ];
  });
}

/**
 * A progress fragment (after `#`) split into its ticks and its followed plans. A link made
 * before plans travelled has the ticks only.
 */
export function splitFragment(fragment: string): { progress?: string; plans?: string } {
  const out: { progress?: string; plans?: string } = {};
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at);
    const value = part.slice(at + 1);
    if (name === LINK_PARAM) out.progress = value;
    if (name === PLANS_PARAM) out.plans = value;
  }
  return out;
}
