// (b) Content: Astro's own content sync, run programmatically. The project's validation path
// (src/validation, wired in src/content.config.ts) checks every entry against its
// schema, references, duplicate ids, the integrity rules and Markdown/diagram errors while the
// content loads, and fails the sync with all of them as structured problems.
import { sync } from 'astro';
import { problemsFromError } from './problems.mjs';
import { staleTopicWarnings } from './stale-topics.mjs';

/** @typedef {import('./problems.mjs').CheckResult} CheckResult */

/** @type {Map<string, Promise<{ error: unknown }>>} */
const runs = new Map();

/**
 * One sync per project and process: `content` and `integrity` report from the same run.
 * @param {string} root
 * @returns {Promise<{ error: unknown }>}
 */
function syncOnce(root) {
  if (!runs.has(root)) {
    runs.set(
      root,
      sync({ root, logLevel: 'silent', force: true }).then(
        () => ({ error: undefined }),
        (error) => ({ error }),
      ),
    );
  }
  return /** @type {Promise<{ error: unknown }>} */ (runs.get(root));
}

/**
 * Mistakes within one entry: schemas, references, duplicate ids, Markdown, diagrams; and, as
 * warnings only, topics whose review is older than their review interval (stale-topics.mjs).
 * @param {string} root
 * @returns {Promise<CheckResult>}
 */
export async function checkContent(root) {
  const { error } = await syncOnce(root);
  const warnings = staleTopicWarnings(root);
  if (!error) return { problems: [], warnings };
  return {
    problems: problemsFromError(root, error, (p) => !p.integrity),
    warnings,
    blocksBuild: true,
  };
}

/**
 * Rules across entries (src/validation/integrity.ts), raised by the same sync.
 * @param {string} root
 * @returns {Promise<CheckResult>}
 */
export async function checkIntegrityRules(root) {
  const { error } = await syncOnce(root);
  if (!error) return { problems: [] };
  return {
    problems: problemsFromError(root, error, (p) => Boolean(p.integrity)),
    blocksBuild: true,
  };
}
