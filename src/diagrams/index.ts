import type { AstroIntegration } from 'astro';
import { closeRenderer } from './renderer';
import { cacheStats } from './cache';

export { remarkMermaid } from './remark-mermaid';
export { renderCached } from './cache';
export { diagramFigureHtml } from './figure';

/**
 * Closes the diagram browser when the build ends. A diagram that did not render is a content
 * problem (src/validation/problems.ts) and fails the build with the others.
 */
export function mermaidDiagrams(): AstroIntegration {
  return {
    name: 'atlas:mermaid-diagrams',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await closeRenderer();
        logger.info(`diagrams: ${cacheStats.hits} from cache, ${cacheStats.misses} rendered`);
      },
      'astro:server:done': async () => {
        await closeRenderer();
      },
    },
  };
}
