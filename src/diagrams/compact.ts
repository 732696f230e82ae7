/**
 * Mermaid writes coordinates with up to 17 significant digits and keeps each edge's points
 * again as base64 JSON (`data-points`, read only by its own browser runtime, which never
 * reaches the reader). Rounding geometry to a hundredth of a pixel and dropping that copy
 * roughly halves a diagram's bytes without changing what is drawn.
 */
const GEOMETRY =
  /\s(d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox)="([^"]*)"/g;

const round = (value: string) =>
  value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/gi, (n) => String(Math.round(Number(n) * 100) / 100));

export function compactSvg(svg: string): string {
  return svg.replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
    tag
      .replace(/\sdata-points="[^"]*"/g, '')
      .replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${round(value)}"`),
  );
}
