/**
 * Content-policy violations seen during the build. Astro logs — but does not fail on — errors
 * thrown while rendering a `.md` entry, so every violation is also recorded here and the
 * integration fails the build at its end with the full list.
 */
export interface PolicyViolation {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

const KEY = Symbol.for('atlas.content-policy-violations');
const store = globalThis as unknown as Record<symbol, PolicyViolation[]>;

export function recordPolicyViolation(violation: PolicyViolation): void {
  (store[KEY] ??= []).push(violation);
}

/** Every violation recorded so far, once each (an entry may be rendered more than once), and clears the list. */
export function takePolicyViolations(): PolicyViolation[] {
  const found = new Map((store[KEY] ?? []).map((v) => [formatPolicyViolation(v), v]));
  store[KEY] = [];
  return [...found.values()];
}

export function formatPolicyViolation({ file, line, column, message }: PolicyViolation): string {
  const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
  return `${where}: ${message}`;
}
