// (b) Content: Astro's own content sync, run programmatically. The project's validation path
// (src/integrations/validation, wired in src/content.config.ts) checks every entry against its
// schema, references, duplicate ids, the integrity rules and Markdown/diagram errors while the
// content loads, and fails the sync with all of them as structured problems.
import { sync } from 'astro';
import { problemsFromError } from './problems.mjs';

export async function checkContent(root) {
  try {
    await sync({ root, logLevel: 'silent', force: true });
    return { problems: [] };
  } catch (error) {
    return { problems: problemsFromError(root, error), blocksBuild: true };
  }
}
