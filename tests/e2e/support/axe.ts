import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The page's window once axe-core's script is injected: the global it defines, typed by axe-core's
 * own declarations so the results read inside page.evaluate are typed, not `any`.
 */
export interface AxeWindow {
  axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
}

/**
 * Adds axe-core to the page. The page's own policy refuses the script, so the page's context
 * must be made with `bypassCSP: true`.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ url: inject('axeUrl') });
}
