import { currentProgressLink } from './link-url';
import { PROGRESS_SAVED_EVENT } from './storage';
import { qrSvg } from './qr-svg';
// The library's own ES module (self-contained, already minified), emitted as a file of the build
// and imported by URL only when asked for. A bundled `import('lean-qr')` would do the same, but
// would move Vite's preload helper out of the search module into a chunk of its own that every
// page then loads (about 200 bytes gzip more on each page).
import leanQrUrl from 'lean-qr?url';
import type { correction, generate } from 'lean-qr';

interface LeanQr {
  generate: typeof generate;
  correction: typeof correction;
}
let library: Promise<LeanQr> | undefined;
const loadLibrary = () => (library ??= import(/* @vite-ignore */ leanQrUrl) as Promise<LeanQr>);

/**
 * "Show QR code" on /progress/ (ProgressQr.astro). The QR library is imported only when the reader
 * asks for the code, so the page loads none of it; the code is the same link "Copy a link to my
 * progress" makes, and is drawn again whenever that link would change.
 */
const section = document.querySelector<HTMLElement>('[data-progress-qr]');

function setUp(section: HTMLElement) {
  const button = section.querySelector<HTMLButtonElement>('[data-qr-show]')!;
  const figure = section.querySelector<HTMLElement>('[data-qr-figure]')!;
  const image = section.querySelector<HTMLElement>('[data-qr-image]')!;
  const linkText = section.querySelector<HTMLAnchorElement>('[data-qr-link]')!;
  const status = section.querySelector<HTMLElement>('[data-qr-status]')!;
  const catalogUrl = section.dataset.catalogUrl!;
  let shown = false;
  // Draws can overlap (a click, then a save in another tab): only the latest one may paint.
  let latest = 0;

  const draw = async () => {
    const turn = ++latest;
    try {
      const [link, { generate, correction }] = await Promise.all([
        currentProgressLink(catalogUrl),
        loadLibrary(),
      ]);
      if (turn !== latest || !shown) return;
      const drawn = `QR code of your progress link (${link.ticks} tick${link.ticks === 1 ? '' : 's'}) shown. Scan it with a phone to open the link there.`;
      if (image.dataset.encoded === link.href) {
        status.textContent = drawn;
        return;
      }
      let svg: string;
      try {
        // Correction level M (15%) survives glare or a smudged screen; lean-qr raises the
        // level further when the chosen size has room.
        svg = qrSvg(generate(link.href, { minCorrectionLevel: correction.M }));
      } catch {
        image.innerHTML = '';
        delete image.dataset.encoded;
        figure.hidden = true;
        status.textContent = `Your link is ${link.href.length} characters long, too long for a QR code. Copy the link instead.`;
        return;
      }
      image.innerHTML = svg;
      image.dataset.encoded = link.href;
      linkText.href = link.href;
      linkText.textContent = link.href;
      figure.hidden = false;
      status.textContent = drawn;
    } catch (error) {
      status.textContent = `Could not draw the QR code: ${(error as Error).message}.`;
    }
  };

  button.addEventListener('click', () => {
    shown = !shown;
    button.setAttribute('aria-expanded', String(shown));
    button.textContent = shown ? 'Hide QR code' : 'Show QR code';
    if (shown) {
      section.querySelector<HTMLElement>('[data-qr-panel]')!.hidden = false;
      void draw();
    } else {
      section.querySelector<HTMLElement>('[data-qr-panel]')!.hidden = true;
      status.textContent = '';
    }
  });
  // New ticks, an import, a reset or a followed plan here or in another tab change the link.
  const redraw = () => {
    if (shown) void draw();
  };
  window.addEventListener(PROGRESS_SAVED_EVENT, redraw);
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith('atlas:')) redraw();
  });
  button.disabled = false;
}

if (section) setUp(section);
