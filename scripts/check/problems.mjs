// Problems an Astro command raised, as the lines `npm run check` prints. Content problems come
// from the validation path inside the content layer (src/validation) as structured
// objects on the error; any other Astro error is printed from its own fields (loc, id, message).
import { relative } from 'node:path';

/** @typedef {import('../../src/validation/problems.ts').ContentProblem} ContentProblem */

/**
 * What one check hands back to scripts/check.mjs: the lines to print (each one problem), and
 * optionally warnings (printed, never failing the check), a note, a reason it was skipped, or
 * that the build cannot run past its problems.
 * @typedef {object} CheckResult
 * @property {string[]} problems
 * @property {string} [output] what the tools the check ran printed, shown before the problems
 * @property {string[]} [warnings]
 * @property {string} [note]
 * @property {string} [skipped]
 * @property {boolean} [blocksBuild]
 */

/**
 * `file:line: field: message`, as the build prints it too.
 * @param {{ file: string, line?: number | undefined, field?: string | undefined, message: string }} problem
 */
export const formatProblem = ({ file, line, field, message }) =>
  `${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${message}`;

/**
 * The lines to print for an error thrown by Astro's sync() or build(); `select` picks which of
 * the content problems it carries (an error without them counts as selected once).
 * @param {string} root
 * @param {any} error whatever Astro threw: its fields are read defensively below
 * @param {(problem: Partial<ContentProblem>) => boolean} [select]
 * @returns {string[]}
 */
export function problemsFromError(root, error, select = () => true) {
  if (Array.isArray(error?.problems) && error.problems.length > 0) {
    return /** @type {ContentProblem[]} */ (error.problems).filter(select).map(formatProblem);
  }
  if (!select({})) return [];
  const path = error?.loc?.file ?? error?.id;
  const file = path ? relative(root, path).split('\\').join('/') : undefined;
  const line = error?.loc?.line > 0 ? error.loc.line : undefined;
  const message = String(error?.message ?? error).trim();
  const hint = error?.hint ? ` (${String(error.hint).trim()})` : '';
  if (file && !message.startsWith(file))
    return [formatProblem({ file, line, message: `${message}${hint}` })];
  return [`${message}${hint}`];
}
