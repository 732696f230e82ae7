import type { ThemedSvg } from './renderer';

/**
 * The HTML of a rendered diagram: one SVG per theme, the one not matching Starlight's current
 * theme hidden by CSS (src/styles/diagrams.css). The dark copy is kept out of the search index
 * so each label is indexed once.
 */
export function diagramFigureHtml(svg: ThemedSvg, hash: string): string {
  // Mermaid sizes the SVG to fit its container; the natural width lets CSS keep wide diagrams
  // legible (scrolling sideways) instead of shrinking their text.
  const natural = /max-width:\s*([\d.]+)px/.exec(svg.light)?.[1];
  const style = natural ? ` style="--diagram-width: ${Math.ceil(Number(natural))}px"` : '';
  // A wide diagram scrolls sideways, so the figure takes keyboard focus (WCAG 2.1.1) and is named
  // after the diagram's own title.
  const title = /<title[^>]*>([^<]+)<\/title>/.exec(svg.light)?.[1] ?? 'Diagram';
  return (
    `<figure class="diagram" data-diagram="${hash}" tabindex="0" role="group" aria-label="${title.replace(/"/g, '&quot;')}"${style}>` +
    `<div class="diagram__theme diagram__theme--light">${svg.light}</div>` +
    `<div class="diagram__theme diagram__theme--dark" data-pagefind-ignore>${svg.dark}</div>` +
    `</figure>`
  );
}
