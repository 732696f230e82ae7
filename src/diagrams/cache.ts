import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mermaidVersion, renderDiagram, type RenderedDiagram } from './renderer';
import { placeholderThemeVariables } from './palette';

/**
 * Rendered diagrams are kept on disk by a hash of their source, the Mermaid version and the
 * render settings, so a rebuild with unchanged diagrams starts no browser at all.
 * Bump RENDER_SETTINGS when renderer.ts changes what it produces (the palette counts itself).
 */
const PALETTE = JSON.stringify(placeholderThemeVariables());
const RENDER_SETTINGS =
  'v3:one-svg-css-palette:no-html-labels:wrap-320:gantt-840-15px-thinned-ticks:compact:used-markers-and-styles:no-runtime-attributes';
const CACHE_DIR =
  process.env.ATLAS_DIAGRAM_CACHE ??
  join(process.cwd(), 'node_modules', '.cache', 'atlas-diagrams');

// On globalThis: `.md` entries render in the content layer's copy of this module, pages in another.
const STATS = Symbol.for('atlas.diagram-cache-stats');
const IN_FLIGHT = Symbol.for('atlas.diagram-renders-in-flight');
const shared = globalThis as typeof globalThis & {
  [STATS]?: { hits: number; misses: number };
  [IN_FLIGHT]?: Map<string, Promise<RenderedDiagram>>;
};
export const cacheStats: { hits: number; misses: number } = (shared[STATS] ??= {
  hits: 0,
  misses: 0,
});

function diagramHash(code: string): string {
  return createHash('sha256')
    .update(`${RENDER_SETTINGS}\0${PALETTE}\0${mermaidVersion}\0${code}`)
    .digest('hex')
    .slice(0, 16);
}

// Renders under way, by hash, shared by every page that meets the same diagram meanwhile.
const inFlight = (shared[IN_FLIGHT] ??= new Map<string, Promise<RenderedDiagram>>());

/** A diagram's SVG and sizes, from the cache or freshly rendered (and then cached). */
export async function renderCached(
  code: string,
): Promise<{ hash: string; diagram: RenderedDiagram }> {
  const hash = diagramHash(code);
  const file = join(CACHE_DIR, `${hash}.json`);
  try {
    const diagram = JSON.parse(await readFile(file, 'utf8')) as RenderedDiagram;
    cacheStats.hits++;
    return { hash, diagram };
  } catch {
    // Not cached yet (or unreadable): render below.
  }
  let render = inFlight.get(hash);
  if (!render) {
    render = renderDiagram(code, `mermaid-${hash}`).then(async (diagram) => {
      cacheStats.misses++;
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(file, JSON.stringify(diagram));
      return diagram;
    });
    inFlight.set(hash, render);
    render.then(
      () => inFlight.delete(hash),
      () => inFlight.delete(hash),
    );
  }
  return { hash, diagram: await render };
}
