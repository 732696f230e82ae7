import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../../src/diagrams/compact';

describe('compact diagram SVG', () => {
  it('rounds geometry to a hundredth and drops the duplicate edge points', () => {
    const svg =
      '<svg viewBox="0 0 100.123456 50"><path d="M-51.84277337082345 -39.099998474121094 L3.5 4" data-points="W3sieCI6MX1d" class="e"/>' +
      '<g transform="translate(829.241943359375, 33.5)"><text x="1.23456">Week 1.23456</text></g></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg viewBox="0 0 100.12 50"><path d="M-51.84 -39.1 L3.5 4" class="e"/>' +
        '<g transform="translate(829.24, 33.5)"><text x="1.23">Week 1.23456</text></g></svg>',
    );
  });

  it('leaves styles, ids and text alone', () => {
    const svg =
      '<svg id="m-1.23456"><style>.a{stroke-width:1.234567px}</style><text class="a" style="x:1.23456">3.14159</text></svg>';
    expect(compactSvg(svg)).toBe(svg);
  });

  it('drops the arrow markers no edge uses, and keeps the ones an edge points at', () => {
    const svg =
      '<svg><g><marker id="m_pointEnd" class="marker"><path d="M 0 0 L 10 5 z"></path></marker>' +
      '<marker id="m_circleEnd" class="marker"><circle cx="5" cy="5" r="5"></circle></marker>' +
      '<marker id="m_crossEnd" class="marker"><path d="M 1 1 l 9 9"></path></marker></g>' +
      '<path d="M1 1 L9 9" marker-end="url(#m_pointEnd)"/>' +
      '<path d="M1 1 L9 9" style="marker-start: url(#m_crossEnd)"/></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg><g><marker id="m_pointEnd" class="marker"><path d="M 0 0 L 10 5 z"></path></marker>' +
        '<marker id="m_crossEnd" class="marker"><path d="M 1 1 l 9 9"></path></marker></g>' +
        '<path d="M1 1 L9 9" marker-end="url(#m_pointEnd)"/>' +
        '<path d="M1 1 L9 9" style="marker-start: url(#m_crossEnd)"/></svg>',
    );
  });

  it('drops style rules for classes and looks the diagram does not use, and keyframes no rule animates', () => {
    const style =
      '#m{font-size:16px;}@keyframes dash{to{stroke-dashoffset:0;}}' +
      '#m .edge-animation-slow{animation:dash 50s linear infinite;}' +
      '#m .node rect,#m .cluster rect{fill:red;}#m .error-icon{fill:blue;}' +
      '#m [data-look="neo"].node rect{filter:none;}#m [data-look="classic"].node rect{stroke:1px;}' +
      '#m .focus rect{stroke-width:3px!important;}#m .node:not(.error) rect{fill:green;}#m svg{font-size:16px;}';
    const svg = `<svg id="m"><style>${style}</style><g class="node focus" data-look="classic"><rect/></g></svg>`;
    expect(compactSvg(svg)).toBe(
      '<svg id="m"><style>#m{font-size:16px;}#m .node rect{fill:red;}' +
        '#m [data-look="classic"].node rect{stroke:1px;}#m .focus rect{stroke-width:3px!important;}' +
        '#m .node:not(.error) rect{fill:green;}#m svg{font-size:16px;}</style><g class="node focus" data-look="classic"><rect/></g></svg>',
    );
  });

  it('keeps a style it cannot read as it is', () => {
    const svg = '<svg id="m"><style>#m .a{fill:red;</style><g class="b"/></svg>';
    expect(compactSvg(svg)).toBe(svg);
  });

  it('drops what only Mermaid’s runtime reads, ids nothing refers to, and elements that draw nothing', () => {
    const svg =
      '<svg id="m" aria-labelledby="m-title"><title id="m-title">T</title><style>#m .n{fill:red;}</style>' +
      '<marker id="m-end"><path d="M0 0"></path></marker><g class="clusters"></g>' +
      '<path d="M1 1" id="m-L_a_b_0" class="flowchart-link" style="stroke-dasharray: 0 0 303.52 0; stroke-dashoffset: 0;;" data-edge="true" data-et="edge" data-id="L_a_b_0" data-look="neo" marker-end="url(#m-end)"></path>' +
      '<path d="M2 2" id="m-L_c_b_0" style="stroke-dasharray: 0 0 280.41 4; stroke-dashoffset: 0;;"></path>' +
      '<g class="n" id="m-flowchart-a-0" style=""><rect></rect><g><rect class="background" style="stroke: none"></rect></g></g>' +
      '<g class="edgeLabels"><g><g></g></g></g></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg id="m" aria-labelledby="m-title"><title id="m-title">T</title><style>#m .n{fill:red;}</style>' +
        '<marker id="m-end"><path d="M0 0"></path></marker>' +
        '<path d="M1 1" class="flowchart-link" data-look="neo" marker-end="url(#m-end)"></path>' +
        // An arrow head's margin (the trailing gap) is drawn, so that pattern stays.
        '<path d="M2 2" style="stroke-dasharray: 0 0 280.41 4; stroke-dashoffset: 0;;"></path>' +
        '<g class="n"><g><rect class="background" style="stroke: none"></rect></g></g></svg>',
    );
  });
});
