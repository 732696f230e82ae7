import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_ROLES,
  PLACEHOLDERS,
  cssProperty,
  placeholderThemeVariables,
  themeSvgColours,
} from '../../../src/diagrams/palette';

describe('diagram palette', () => {
  it('gives every role its own placeholder colour', () => {
    const colours = Object.values(PLACEHOLDERS);
    expect(new Set(colours).size).toBe(DIAGRAM_ROLES.length);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('sets Mermaid theme variables only to placeholders (nothing left for Mermaid to derive from)', () => {
    const variables = placeholderThemeVariables();
    const placeholders = new Set(Object.values(PLACEHOLDERS));
    for (const [name, value] of Object.entries(variables))
      if (name !== 'dropShadow') expect(placeholders).toContain(value);
    // The variables the flowchart and Gantt styles read.
    for (const name of [
      'primaryColor',
      'lineColor',
      'textColor',
      'clusterBkg',
      'edgeLabelBackground',
      'taskBkgColor',
      'critBkgColor',
      'gridColor',
    ]) {
      expect(variables[name]).toBeDefined();
    }
  });

  it('defines every role for light, dark and print in diagrams.css', () => {
    const css = readFileSync('src/styles/diagrams.css', 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    const screen = css.slice(0, css.indexOf('@media print'));
    for (const role of DIAGRAM_ROLES) {
      expect(screen).toContain(`${cssProperty(role)}:`);
      expect(print).toContain(`${cssProperty(role)}:`);
    }
  });

  it('replaces placeholders in stylesheets, style attributes and presentation attributes', () => {
    const text = PLACEHOLDERS.text;
    const fill = PLACEHOLDERS['node-fill'];
    const svg =
      `<svg><style>#d .node rect{fill:${fill};stroke:${PLACEHOLDERS['node-border'].toUpperCase()};}` +
      `#d .label{color:${text}}#d .edgeLabel{background:rgba(192, 222, 1, 0.5)}</style>` +
      `<rect style="fill:${fill} !important"/><text fill="${text}" x="1">Hi ${fill}</text><g stroke="none"/></svg>`;
    const { svg: out, untouched } = themeSvgColours(svg);
    expect(out).toContain('fill:var(--diagram-node-fill);stroke:var(--diagram-node-border);');
    expect(out).toContain('color:var(--diagram-text)');
    expect(out).toContain('background:color-mix(in srgb, var(--diagram-bg) 50%, transparent)');
    expect(out).toContain('<rect style="fill:var(--diagram-node-fill) !important"/>');
    // var() does not work in a presentation attribute: it moves into the element's style.
    expect(out).toContain('<text x="1" style="fill:var(--diagram-text)">');
    // Text content is the reader's, never rewritten.
    expect(out).toContain(`Hi ${fill}</text>`);
    expect(out).toContain('<g stroke="none"/>');
    expect(untouched).toEqual([]);
  });

  it("keeps the author's own colours and names colours it does not know", () => {
    const source = 'graph TD\n  style Start fill:#4caf50,color:#fff';
    const svg =
      '<svg><style>#a{fill:#4caf50;color:#fff}#b{fill:#123456;white-space:nowrap}</style></svg>';
    const { svg: out, untouched } = themeSvgColours(svg, source);
    expect(out).toContain('#a{fill:#4caf50;color:#fff}');
    expect(untouched).toEqual(['#123456']);
  });

  it("maps Mermaid's hard-coded black to the text colour", () => {
    const { svg } = themeSvgColours(
      '<svg><text fill="#000">1 Jan</text><style>.k path{fill:#000000}</style></svg>',
    );
    expect(svg).toContain('<text style="fill:var(--diagram-text)">');
    expect(svg).toContain('.k path{fill:var(--diagram-text)}');
  });
});
