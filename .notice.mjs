import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './src/integrations/browser/find-chromium.mjs';
const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
for (const [width, scheme] of [[390, 'dark'], [1280, 'light'], [390, 'light'], [1280, 'dark']]) {
  const context = await browser.newContext({ viewport: { width, height: 700 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:47613/topics/sql/');
  await page.evaluate(() => { const n = document.querySelector('[data-update-notice]'); document.body.append(n); n.hidden = false; });
  await page.screenshot({ path: `/tmp/offline-shots/notice-${width}-${scheme}.png` });
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:47613/');
  await page.getByRole('button', { name: /^Save for offline \(/ }).click();
  await page.waitForFunction(() => /^Saved/.test(document.querySelector('[data-save-offline] [role=status]')?.textContent ?? ''), undefined, { timeout: 120000 });
  const control = page.locator('[data-save-offline]');
  await control.screenshot({ path: '/tmp/offline-shots/saved-home-1280-light.png' });
  await context.setOffline(true);
  await page.goto('http://127.0.0.1:47613/no-such-page/');
  await page.screenshot({ path: '/tmp/offline-shots/fallback-1280-light.png', fullPage: true });
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:47613/topics/');
  await page.waitForFunction(() => navigator.serviceWorker.controller);
  await page.waitForTimeout(1000);
  await context.setOffline(true);
  await page.goto('http://127.0.0.1:47613/topics/sql/');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/offline-shots/fallback-390-dark.png', fullPage: true });
  await context.close();
}
await browser.close();
