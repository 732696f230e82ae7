import type { RenderedDiagram } from './renderer';

/** The smallest label a reader has to read, CSS px: a diagram shrinks to its column down to this. */
const MIN_LABEL_PX = 11;

/**
 * The HTML of a rendered diagram: one SVG, coloured by the custom properties in
 * src/styles/diagrams.css. The figure tells CSS the diagram's natural width and how far it may
 * shrink before a label would be drawn under MIN_LABEL_PX; below that it scrolls sideways.
 */
export function diagramFigureHtml(diagram: RenderedDiagram, hash: string): string {
  // Below this width the smallest label would be drawn under the minimum (above the natural
  // width when Mermaid itself drew a label smaller than that).
  const minWidth = Math.ceil((diagram.width * MIN_LABEL_PX) / diagram.smallestFontPx);
  const style = `--diagram-width: ${diagram.width}px; --diagram-min-width: ${minWidth}px`;
  // A wide diagram scrolls sideways, so the figure takes keyboard focus (WCAG 2.1.1) and is named
  // after the diagram's own title.
  const title = /<title[^>]*>([^<]+)<\/title>/.exec(diagram.svg)?.[1] ?? 'Diagram';
  return (
    `<figure class="diagram" data-diagram="${hash}" tabindex="0" role="group" aria-label="${title.replace(/"/g, '&quot;')}" style="${style}">` +
    diagram.svg +
    `</figure>`
  );
}
