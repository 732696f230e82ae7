import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './src/integrations/browser/find-chromium.mjs';
const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
const mode = process.argv[2] ?? 'idle';
for (const width of [390, 1280]) for (const scheme of ['light', 'dark']) for (const path of ['', 'progress/']) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:47613/${path}`);
  const control = page.locator('[data-save-offline]');
  await page.getByRole('button', { name: /^Save for offline \(/ }).waitFor();
  if (mode === 'saved') {
    await page.getByRole('button', { name: /^Save for offline \(/ }).click();
    await page.waitForFunction(() => /^Saved/.test(document.querySelector('[data-save-offline] [role=status]')?.textContent ?? ''), undefined, { timeout: 120000 });
  }
  if (mode === 'saving') {
    await page.route('**/_astro/pglite*', async (route) => { await new Promise((r) => setTimeout(r, 4000)); await route.continue(); });
    await page.getByRole('button', { name: /^Save for offline \(/ }).click();
    await page.waitForTimeout(1500);
  }
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const scrollY = await page.evaluate(() => scrollY);
  box.y += scrollY;
  await page.screenshot({ path: `/tmp/offline-shots/${mode}-${path ? 'progress' : 'home'}-${width}-${scheme}.png`, clip: { x: 0, y: Math.max(0, box.y - 120), width, height: Math.min(500, box.height + 240) } , fullPage: true});
  await context.close();
}
await browser.close();
