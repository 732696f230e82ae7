/**
 * One SVG per diagram, coloured by CSS. Mermaid derives colours from its theme variables (it
 * darkens, inverts and fades them), so CSS `var(...)` cannot be handed to it. Instead every
 * diagram is rendered with a distinct placeholder colour per role, and the placeholders are then
 * replaced by the custom properties that src/styles/diagrams.css sets for light, dark and print.
 * Plain string work, no Astro or browser: unit-tested in tests/unit/diagram-palette.test.ts.
 */

/** The colour roles a diagram uses, each a custom property `--diagram-<role>`. */
export const DIAGRAM_ROLES = [
  'bg',
  'text',
  'line',
  'node-fill',
  'node-border',
  'alt-fill',
  'alt-border',
  'group-fill',
  'group-border',
  'note-fill',
  'note-border',
  'done-fill',
  'done-border',
  'crit-fill',
  'crit-border',
  'grid',
  'link',
] as const;
type DiagramRole = (typeof DIAGRAM_ROLES)[number];

/** Placeholder colour of each role: `#c0deNN`, NN its position (1-based, hex). */
export const PLACEHOLDERS: Record<DiagramRole, string> = Object.fromEntries(
  DIAGRAM_ROLES.map((role, i) => [role, `#c0de${(i + 1).toString(16).padStart(2, '0')}`]),
) as Record<DiagramRole, string>;

/**
 * Which role each Mermaid theme variable plays. Every variable the flowchart, Gantt, sequence,
 * class, state, ER and pie diagrams read is set, so Mermaid derives (almost) nothing itself.
 */
const VARIABLE_ROLES: Record<DiagramRole, string[]> = {
  bg: [
    'background',
    'edgeLabelBackground',
    'labelBackgroundColor',
    'compositeBackground',
    'relationLabelBackground',
    'altSectionBkgColor',
    'rowOdd',
  ],
  text: [
    'primaryTextColor',
    'secondaryTextColor',
    'tertiaryTextColor',
    'textColor',
    'nodeTextColor',
    'titleColor',
    'noteTextColor',
    'actorTextColor',
    'signalTextColor',
    'labelTextColor',
    'loopTextColor',
    'taskTextColor',
    'taskTextOutsideColor',
    'taskTextLightColor',
    'taskTextDarkColor',
    'transitionLabelColor',
    'stateLabelColor',
    'errorTextColor',
    'classText',
    'requirementTextColor',
    'pieTitleTextColor',
    'pieSectionTextColor',
    'pieLegendTextColor',
    'sequenceNumberColor',
  ],
  line: [
    'lineColor',
    'arrowheadColor',
    'defaultLinkColor',
    'signalColor',
    'actorLineColor',
    'transitionColor',
    'relationColor',
    'pieStrokeColor',
    'pieOuterStrokeColor',
  ],
  'node-fill': [
    'primaryColor',
    'mainBkg',
    'nodeBkg',
    'actorBkg',
    'labelBoxBkgColor',
    'stateBkg',
    'compositeTitleBackground',
    'requirementBackground',
    'personBkg',
    'taskBkgColor',
    'sectionBkgColor2',
  ],
  'node-border': [
    'primaryBorderColor',
    'nodeBorder',
    'actorBorder',
    'labelBoxBorderColor',
    'compositeBorder',
    'requirementBorderColor',
    'personBorder',
    'taskBorderColor',
    'activeTaskBorderColor',
  ],
  'alt-fill': ['secondaryColor', 'activationBkgColor', 'activeTaskBkgColor', 'rowEven'],
  'alt-border': ['secondaryBorderColor', 'activationBorderColor', 'flowContainerStroke'],
  'group-fill': [
    'tertiaryColor',
    'clusterBkg',
    'altBackground',
    'sectionBkgColor',
    'errorBkgColor',
    'excludeBkgColor',
    'rectBkgColor',
  ],
  'group-border': ['tertiaryBorderColor', 'clusterBorder', 'border2'],
  'note-fill': ['noteBkgColor'],
  'note-border': ['noteBorderColor'],
  'done-fill': ['doneTaskBkgColor'],
  'done-border': ['doneTaskBorderColor'],
  'crit-fill': ['critBkgColor'],
  'crit-border': ['critBorderColor', 'todayLineColor', 'vertLineColor'],
  grid: ['gridColor'],
  link: ['taskTextClickableColor'],
};

/** Mermaid `themeVariables` for the `base` theme: every colour a placeholder. */
export function placeholderThemeVariables(): Record<string, string> {
  const variables: Record<string, string> = { dropShadow: 'none' };
  for (const role of DIAGRAM_ROLES)
    for (const name of VARIABLE_ROLES[role]) variables[name] = PLACEHOLDERS[role];
  return variables;
}

export const cssProperty = (role: DiagramRole) => `--diagram-${role}`;

const byHex = new Map(DIAGRAM_ROLES.map((role) => [PLACEHOLDERS[role].slice(1), role]));
const byRgb = new Map(DIAGRAM_ROLES.map((role) => [rgbKey(PLACEHOLDERS[role]), role]));

function rgbKey(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].join(',');
}

/** Any colour literal: hex, rgb()/rgba(), hsl()/hsla(), or one of the keywords Mermaid writes. */
const COLOUR =
  /#[0-9a-f]{8}\b|#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|\b(?:rgba?|hsla?)\([^)]*\)|(?<![\w.#-])(?:white|black|red|grey|gray|lightgrey|navy)(?![\w-])/gi;

/**
 * The custom-property expression for a colour literal, or undefined when it is not one of ours.
 * Faded placeholders (`rgba(192, 222, 3, 0.5)`) keep their transparency; Mermaid's hard-coded
 * black (axis ticks, formula glyphs) is text.
 */
function themedColour(literal: string): string | undefined {
  const lower = literal.toLowerCase();
  if (lower === '#000' || lower === '#000000' || lower === 'black')
    return `var(${cssProperty('text')})`;
  if (lower.startsWith('#')) {
    const role = byHex.get(lower.slice(1));
    return role && `var(${cssProperty(role)})`;
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(
    lower,
  );
  if (!rgb) return undefined;
  const role = byRgb.get(
    rgb
      .slice(1, 4)
      .map((v) => Math.round(Number(v)))
      .join(','),
  );
  if (!role) return undefined;
  const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]);
  const property = `var(${cssProperty(role)})`;
  return alpha >= 1
    ? property
    : `color-mix(in srgb, ${property} ${Math.round(alpha * 100)}%, transparent)`;
}

/** Presentation attributes cannot hold `var()`: their themed value moves into a style. */
const COLOUR_ATTRIBUTE = /\s(fill|stroke|color|stop-color|flood-color|lighting-color)="([^"]*)"/g;

interface ThemedSvg {
  svg: string;
  /** Colour literals left as they were: written in the diagram source, or not one of ours. */
  untouched: string[];
}

/**
 * Replaces the placeholder colours in a rendered SVG with custom properties. Colours written in
 * the diagram's own source (`style Start fill:#4caf50`) are the author's and stay as they are.
 */
export function themeSvgColours(svg: string, source = ''): ThemedSvg {
  const untouched = new Set<string>();
  const authored = new Set((source.match(COLOUR) ?? []).map((c) => c.toLowerCase()));
  const swap = (literal: string) => {
    if (authored.has(literal.toLowerCase())) return literal;
    const themed = themedColour(literal);
    if (!themed) untouched.add(literal);
    return themed ?? literal;
  };
  const withAttributes = svg.replace(/<[a-zA-Z][^<>]*>/g, (tag) => {
    const moved: string[] = [];
    const rest = tag.replace(COLOUR_ATTRIBUTE, (whole, name: string, value: string) => {
      const themed = value.replace(COLOUR, swap);
      if (themed === value) return whole;
      moved.push(`${name}:${themed}`);
      return '';
    });
    if (moved.length === 0) return rest;
    // Into the element's own style, before what it already says (which wins, as it did before).
    if (/\sstyle="/.test(rest)) return rest.replace(/\sstyle="/, (s) => `${s}${moved.join(';')};`);
    return rest.replace(/\s*(\/?)>$/, (_, slash: string) => ` style="${moved.join(';')}"${slash}>`);
  });
  // Stylesheets and style attributes: every other colour literal.
  const themed = withAttributes.replace(
    /(<style[^>]*>)([\s\S]*?)(<\/style>)|(\sstyle=")([^"]*)(")/g,
    (...m: string[]) =>
      m[1] !== undefined
        ? m[1] + m[2].replace(COLOUR, swap) + m[3]
        : m[4] + m[5].replace(COLOUR, swap) + m[6],
  );
  return { svg: themed, untouched: [...untouched] };
}
