import { currentProgressLink } from '../client/progress-link-url';
import { PROGRESS_SAVED_EVENT } from '../client/progress-storage';
import { qrSvg } from './qr-svg';

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

  const draw = async () => {
    try {
      const [link, { generate, correction }] = await Promise.all([
        currentProgressLink(catalogUrl),
        import('lean-qr'),
      ]);
      if (image.dataset.encoded === link.href) return;
      let svg: string;
      try {
        // Correction level M (15%) survives a smudged screen or print; lean-qr raises the
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
      status.textContent = `QR code of your progress link (${link.ticks} tick${link.ticks === 1 ? '' : 's'}) shown. Scan it with a phone to open the link there.`;
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
