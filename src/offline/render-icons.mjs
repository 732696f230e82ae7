// Draws the PNG icons an install needs from the SVG in public/icons/ with the project's Chromium:
// `node src/offline/render-icons.mjs`. Run it after changing the SVG; the PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../browser/find-chromium.mjs';

const icons = new URL('../../public/icons/', import.meta.url);
const svg = await readFile(new URL('atlas-light.svg', icons), 'utf8');
// Maskable: the background fills the square (no rounded corners); the glyph sits well inside the
// safe zone, a circle of 80% of the size, as it already does at the favicon's proportions.
const maskable = svg.replace(' rx="6"', '');

const browser = await chromium.launch({
  executablePath: await requireChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  for (const [name, source, size] of [
    ['atlas-192.png', svg, 192],
    ['atlas-512.png', svg, 512],
    ['atlas-maskable-512.png', maskable, 512],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await writeFile(new URL(name, icons), await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
