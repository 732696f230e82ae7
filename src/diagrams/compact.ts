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

/**
 * Mermaid defines every arrow head and circle end its flowcharts might use in each diagram (a
 * dozen `<marker>`s, about 4 KB), whatever the edges use. Only markers an edge refers to stay.
 */
function withoutUnusedMarkers(svg: string): string {
  const used = new Set([...svg.matchAll(/url\(#([^)\s"']+)\)/g)].map((m) => m[1]));
  return svg.replace(/<marker\b[^>]*\sid="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) =>
    used.has(id) ? marker : '',
  );
}

/** Top-level `prelude{body}` blocks of a stylesheet, or undefined when its braces do not balance. */
function topLevelRules(css: string): Array<{ prelude: string; body: string }> | undefined {
  const rules: Array<{ prelude: string; body: string }> = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{' && depth++ === 0) open = i;
    else if (css[i] === '}') {
      if (--depth < 0) return undefined;
      if (depth === 0) {
        rules.push({ prelude: css.slice(start, open), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return depth === 0 && css.slice(start).trim() === '' ? rules : undefined;
}

/**
 * Mermaid puts its whole stylesheet for a diagram type in every SVG (about 7 KB): error icons,
 * edge animations, the "neo" look, shapes the diagram does not draw. A selector that names a
 * class or a `data-look` no element of this SVG carries can match nothing in it (nothing
 * changes a static SVG's classes), so it goes; a rule goes with its last selector, and keyframes
 * go when no remaining rule names them.
 */
function withoutUnusedStyles(svg: string): string {
  const classes = new Set(
    [...svg.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/).filter(Boolean)),
  );
  const looks = new Set([...svg.matchAll(/\sdata-look="([^"]*)"/g)].map((m) => m[1]));
  // What `:not(…)` names need not exist: `.a:not(.b)` matches more when there is no `.b`.
  const matchable = (selector: string) => {
    const required = selector.replace(/:not\([^)]*\)/g, '');
    return (
      [...required.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every((m) => classes.has(m[1])) &&
      [...required.matchAll(/\[data-look="([^"]*)"\]/g)].every((m) => looks.has(m[1]))
    );
  };
  return svg.replace(
    /(<style>)([\s\S]*?)(<\/style>)/g,
    (whole, open: string, css: string, close: string) => {
      const rules = topLevelRules(css);
      if (!rules) return whole;
      const kept = rules.flatMap(({ prelude, body }) => {
        if (prelude.trim().startsWith('@')) return [{ prelude, body }];
        const selectors = prelude.split(',').filter((selector) => matchable(selector));
        return selectors.length ? [{ prelude: selectors.join(','), body }] : [];
      });
      const animated = kept
        .filter((r) => !r.prelude.trim().startsWith('@'))
        .map((r) => r.body)
        .join(';');
      const text = kept
        .filter(({ prelude }) => {
          const name = /^\s*@keyframes\s+([\w-]+)/.exec(prelude)?.[1];
          return !name || new RegExp(`\\b${name}\\b`).test(animated);
        })
        .map(({ prelude, body }) => `${prelude}{${body}}`)
        .join('');
      return open + text + close;
    },
  );
}

/**
 * What Mermaid's own runtime reads and a static SVG never uses: edge metadata (`data-edge`,
 * `data-et`, `data-id`) beside the edge points.
 */
const RUNTIME_ATTRIBUTE = /\sdata-(?:points|edge|et|id)="[^"]*"/g;

/**
 * An edge's dash pattern as Mermaid prepares it for its draw-in animation: `0 0 <length> 0` is
 * one dash the length of the edge, which draws exactly what the solid edge's class already
 * draws. A pattern that ends in a gap (an arrow head's margin) is not this one and stays.
 */
const SOLID_DASH_STYLE = /\sstyle="stroke-dasharray: 0 0 [\d.]+ 0; stroke-dashoffset: 0;;"/g;

/** Elements that draw nothing: a `<rect>` with no attributes (no size) and empty groups. */
const EMPTY_ELEMENT = /<rect><\/rect>|<g(?:\s+class="[^"]*")?><\/g>/g;

/**
 * Mermaid gives every edge and node an id that nothing in the SVG refers to; they go. Ids that
 * are referred to (markers, the title and description, the SVG's own, which scopes its styles)
 * stay.
 */
function withoutUnreferencedIds(svg: string): string {
  const referenced = new Set(
    [
      ...svg.matchAll(/url\(#([^)\s"']+)\)/g),
      ...svg.matchAll(/\shref="#([^"]+)"/g),
      ...svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]+)"/g),
      // The <style> scopes its rules by the SVG's own id.
      ...svg.matchAll(/#([-\w]+)[\s{.:[,>]/g),
    ].flatMap((m) => m[1].split(/\s+/)),
  );
  return svg.replace(/<(?!svg\b)[a-zA-Z][^<>]*>/g, (tag) =>
    tag.replace(/\sid="([^"]*)"/, (attribute, id: string) => (referenced.has(id) ? attribute : '')),
  );
}

export function compactSvg(svg: string): string {
  let previous: string;
  let text = withoutUnreferencedIds(withoutUnusedStyles(withoutUnusedMarkers(svg))).replace(
    /<[a-zA-Z][^<>]*>/g,
    (tag) =>
      tag
        .replace(RUNTIME_ATTRIBUTE, '')
        .replace(SOLID_DASH_STYLE, '')
        .replace(/\sstyle=""/g, '')
        .replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${round(value)}"`),
  );
  // Removing an empty group can empty its parent.
  do {
    previous = text;
    text = text.replace(EMPTY_ELEMENT, '');
  } while (text !== previous);
  return text;
}
