import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  bundledScriptsPlugin,
  collectComponentScripts,
  type TrustedScripts,
} from './trusted-scripts';

export { remarkContentPolicy } from './remark-content-policy';
export { rehypeSanitizeContent } from './rehype-sanitize-content';

/** The inline scripts the site's own code emits; read by the finished-pages integration. */
export const trustedScripts: TrustedScripts = { bodies: new Set() };

/**
 * Content may not run code in a reader's browser. This integration learns which inline scripts
 * the theme and components emit (before any content is read); what the Markdown plugins refuse
 * is a content problem like any other (src/validation/problems.ts).
 */
export function contentPolicy(): AstroIntegration {
  return {
    name: 'atlas:content-policy',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [bundledScriptsPlugin(trustedScripts)] } });
        // Starlight's package folder, wherever it is installed (its exports expose no package.json).
        const starlight = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
        await collectComponentScripts(trustedScripts, [starlight, fileURLToPath(config.srcDir)]);
      },
    },
  };
}
