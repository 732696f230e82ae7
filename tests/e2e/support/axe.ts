import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/**
 * The page's window once axe-core's script is injected: the global it defines, typed by axe-core's
 * own declarations so the results read inside page.evaluate are typed, not `any`.
 */
export interface AxeWindow {
  axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
}
