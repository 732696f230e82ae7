import jsQR from 'jsqr';

/**
 * Reads a QR code drawn by src/progress/qr-svg.ts back to its text, with an independent
 * decoder (jsQR): the SVG's path is painted into a bitmap, quiet zone included, and scanned.
 */
export function decodeQrSvg(svg: string, scale = 4): string | undefined {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++)
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++)
        pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
  }
  return jsQR(pixels, width, width)?.data;
}
