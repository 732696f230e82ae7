import type { AstroIntegration } from 'astro';
import { closeRenderer } from './renderer';
import { cacheStats } from './cache';
import { formatDiagramError, takeDiagramErrors } from './errors';

export { remarkMermaid } from './remark-mermaid';
export { renderCached } from './cache';
export { diagramFigureHtml } from './figure';
export type { RenderedDiagram } from './renderer';

/**
 * Closes the diagram browser when the build ends and fails the build if any diagram did not
 * render — including those in `.md` entries, whose errors Astro only logs.
 */
export function mermaidDiagrams(): AstroIntegration {
  return {
    name: 'atlas:mermaid-diagrams',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await closeRenderer();
        logger.info(`diagrams: ${cacheStats.hits} from cache, ${cacheStats.misses} rendered`);
        const errors = takeDiagramErrors();
        if (errors.length > 0) {
          const browserMissing = errors.find((e) => e.browser);
          if (browserMissing)
            throw new Error(`No diagrams could be rendered. ${browserMissing.message}`);
          throw new Error(
            `${errors.length} diagram(s) failed to render:\n${errors.map(formatDiagramError).join('\n')}`,
          );
        }
      },
      'astro:server:done': async () => {
        await closeRenderer();
      },
    },
  };
}
