// Problems an Astro command raised, as the lines `npm run check` prints. Content problems come
// from the validation path inside the content layer (src/validation) as structured
// objects on the error; any other Astro error is printed from its own fields (loc, id, message).
import { relative } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/validation/problems.ts';

/**
 * What one check hands back to scripts/check.ts: the lines to print (each one problem), and
 * optionally warnings (printed, never failing the check), a note, a reason it was skipped, or
 * that the build cannot run past its problems.
 */
export interface CheckResult {
  problems: string[];
  /** What the tools the check ran printed, shown before the problems. */
  output?: string;
  warnings?: string[];
  note?: string;
  skipped?: string;
  blocksBuild?: boolean;
}

/** The fields of whatever Astro threw that are read here; any of them may be missing. */
interface ThrownError {
  problems?: unknown;
  loc?: { file?: string; line?: number };
  id?: string;
  message?: string;
  hint?: string;
}

/**
 * The lines to print for an error thrown by Astro's sync() or build(); `select` picks which of
 * the content problems it carries (an error without them counts as selected once).
 */
export function problemsFromError(
  root: string,
  thrown: unknown,
  select: (problem: Partial<ContentProblem>) => boolean = () => true,
): string[] {
  // Whatever Astro threw: its fields are read defensively below.
  const error = thrown as ThrownError | null | undefined;
  if (Array.isArray(error?.problems) && error.problems.length > 0) {
    return (error.problems as ContentProblem[]).filter(select).map(formatProblem);
  }
  if (!select({})) return [];
  const path = error?.loc?.file ?? error?.id;
  const file = path ? relative(root, path).split('\\').join('/') : undefined;
  const line = (error?.loc?.line ?? 0) > 0 ? error?.loc?.line : undefined;
  const message = String(error?.message ?? thrown).trim();
  const hint = error?.hint ? ` (${String(error.hint).trim()})` : '';
  if (file && !message.startsWith(file))
    return [formatProblem({ file, line, message: `${message}${hint}` })];
  return [`${message}${hint}`];
}
