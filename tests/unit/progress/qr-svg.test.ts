import { describe, expect, it } from 'vitest';
import { correction, generate } from 'lean-qr';
import { modulePath, qrSvg, QUIET_ZONE } from '../../../src/progress/qr-svg';
import { decodeQrSvg } from '../../support/qr-decode';

// A link as "Copy a link to my progress" makes it: ticks and a followed plan in the fragment.
const LINK =
  'https://someone.github.io/atlas/progress/#progress=p1.AAAAgAEAAAAAAAgA_-8B.k3Fq&plans=learning-path-10-week~2026-12-07~6';

describe('QR code of the progress link', () => {
  it('reads back as exactly the link it was made from', () => {
    const svg = qrSvg(generate(LINK, { minCorrectionLevel: correction.M }));
    expect(decodeQrSvg(svg)).toBe(LINK);
  });

  it('reads back a long link (hundreds of ticks)', () => {
    const long = `https://atlas.test/progress/#progress=p1.${'A_b-9z'.repeat(60)}.k3Fq`;
    expect(decodeQrSvg(qrSvg(generate(long, { minCorrectionLevel: correction.M })))).toBe(long);
  });

  it('draws dark modules on a white square with a four-module quiet zone', () => {
    const matrix = generate('hello', { minCorrectionLevel: correction.M });
    const svg = qrSvg(matrix);
    const side = matrix.size + 2 * QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
    expect(svg).toContain('<path fill="#000"');
    // No module is drawn inside the quiet zone.
    const starts = [...modulePath(matrix).matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(starts.length).toBeGreaterThan(0);
    for (const [x, y, w] of starts) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x + w).toBeLessThanOrEqual(QUIET_ZONE + matrix.size);
      expect(y).toBeLessThan(QUIET_ZONE + matrix.size);
    }
  });

  it('draws every dark module of the matrix once, and nothing else', () => {
    const matrix = generate('https://atlas.test/', { minCorrectionLevel: correction.M });
    const drawn = new Set<string>();
    for (const [, x, y, w] of modulePath(matrix).matchAll(/M(\d+) (\d+)h(\d+)/g))
      for (let i = 0; i < Number(w); i++)
        drawn.add(`${Number(x) + i - QUIET_ZONE},${Number(y) - QUIET_ZONE}`);
    const dark = new Set<string>();
    for (let y = 0; y < matrix.size; y++)
      for (let x = 0; x < matrix.size; x++) if (matrix.get(x, y)) dark.add(`${x},${y}`);
    expect(drawn).toEqual(dark);
  });
});
