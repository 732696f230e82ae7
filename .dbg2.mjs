import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './src/integrations/browser/find-chromium.mjs';
const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
const U = 'http://127.0.0.1:47613/';
async function search(q) {
  await page.reload();
  await page.locator('atlas-search-box button[data-open-search]').first().click();
  await page.locator('dialog[open] .pagefind-ui__search-input').fill(q);
  await page.waitForTimeout(4000);
  console.log('message:', await page.locator('dialog[open] .pagefind-ui__message').textContent().catch(() => 'none'));
  console.log('results:', await page.locator('dialog[open] .pagefind-ui__result').count());
}
await page.goto(U + 'topics/');
await page.waitForFunction(() => navigator.serviceWorker.controller);
await search('Change data capture');
await page.goto(U + 'projects/11-airflow-dag-pipeline/');
await page.waitForTimeout(1000);
await context.setOffline(true);
console.log('--- offline');
await page.goto(U + 'topics/');
await search('Change data capture');
await browser.close();
