import type { AstroIntegration } from 'astro';
import { ContentValidationError, recordedProblems } from './problems';

/**
 * Fails the build with every content problem recorded while pages rendered. The content layer
 * already fails a sync on the problems found while it loads; Astro only logs an error thrown
 * while it renders a `.md` entry, so a problem a Markdown plugin records then would otherwise
 * pass. Listed after the integrations whose `astro:build:done` hooks release resources.
 */
export function contentProblems(): AstroIntegration {
  return {
    name: 'atlas:content-problems',
    hooks: {
      'astro:build:done': () => {
        const problems = recordedProblems();
        if (problems.length > 0) throw new ContentValidationError(problems);
      },
    },
  };
}
