/**
 * A QR code as SVG markup, from any module matrix (`size` × `size`, `get(x, y)` true for a dark
 * module, as lean-qr's `generate()` returns it). Pure, so it is unit-tested without a browser.
 *
 * The colours are fixed on purpose and not themed: scanners expect dark modules on a light
 * background with a quiet zone of four modules around them (ISO/IEC 18004), and many refuse an
 * inverted code, so the code stays black on white in the dark theme and in print.
 */
interface QrMatrix {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** The quiet zone the standard asks for, in modules. */
export const QUIET_ZONE = 4;

/** One path of unit squares, a run of dark modules in a row drawn as one rectangle. */
export function modulePath(matrix: QrMatrix, offset = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.get(x, y)) x++;
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/**
 * The SVG of the code: a white square (code plus quiet zone) and the dark modules. It carries no
 * label of its own: the figure it is placed in names it (see ProgressQr.astro).
 */
export function qrSvg(matrix: QrMatrix): string {
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" data-modules="${matrix.size}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${modulePath(matrix)}"/>` +
    `</svg>`
  );
}
