import { createHash } from 'node:crypto';
import type { CheckSpec } from './check';

/**
 * A short fingerprint of what an answer to an exercise is checked against: the dataset's SQL,
 * the solution, the verifying query and how results compare. The runner stores it with the
 * reader's query, so a query written for an earlier form of the exercise can be told apart.
 * Editing the task's wording or the hints does not change it.
 */
export function exerciseVersion(
  spec: Pick<CheckSpec, 'datasetSql' | 'solution' | 'verify' | 'compare'>,
): string {
  const text = JSON.stringify([spec.datasetSql, spec.solution, spec.verify ?? null, spec.compare]);
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 12);
}
