// (b) Content: Astro's own content sync, run programmatically. The project's validation path
// (src/validation, wired in src/content.config.ts) checks every entry against its
// schema, references, duplicate ids, the integrity rules and Markdown/diagram errors while the
// content loads, and fails the sync with all of them as structured problems.
import { sync } from 'astro';
import { problemsFromError, type CheckResult } from './check-result.ts';
import { staleTopicWarnings } from './stale-topics.ts';

const runs = new Map<string, Promise<{ error: unknown }>>();

/** One sync per project and process: `content` and `integrity` report from the same run. */
function syncOnce(root: string): Promise<{ error: unknown }> {
  if (!runs.has(root)) {
    runs.set(
      root,
      sync({ root, logLevel: 'silent', force: true }).then(
        () => ({ error: undefined }),
        (error: unknown) => ({ error }),
      ),
    );
  }
  return runs.get(root)!;
}

/**
 * Mistakes within one entry: schemas, references, duplicate ids, Markdown, diagrams; and, as
 * warnings only, topics whose review is older than their review interval (stale-topics.ts).
 */
export async function checkContent(root: string): Promise<CheckResult> {
  const { error } = await syncOnce(root);
  const warnings = staleTopicWarnings(root);
  if (!error) return { problems: [], warnings };
  return {
    problems: problemsFromError(root, error, (p) => !p.integrity),
    warnings,
    blocksBuild: true,
  };
}

/** Rules across entries (src/validation/integrity.ts), raised by the same sync. */
export async function checkIntegrityRules(root: string): Promise<CheckResult> {
  const { error } = await syncOnce(root);
  if (!error) return { problems: [] };
  return {
    problems: problemsFromError(root, error, (p) => Boolean(p.integrity)),
    blocksBuild: true,
  };
}
