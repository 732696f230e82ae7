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
      '<svg id="m-1.23456"><style>.a{stroke-width:1.234567px}</style><text style="x:1.23456">3.14159</text></svg>';
    expect(compactSvg(svg)).toBe(svg);
  });
});
