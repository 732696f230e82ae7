/**
 * Pagefind's browser module, as it sits beside the forgiving layer in the built search bundle.
 * Only what the layer and Starlight's dialog call is typed here.
 */
export function options(options: Record<string, unknown>): Promise<void>;
export function search(
  term: string,
  options?: unknown,
): Promise<{ results: Array<{ id: string; score: number }> }>;
export function createInstance(...args: unknown[]): unknown;
export function debouncedSearch(...args: unknown[]): Promise<unknown>;
export function destroy(): Promise<void>;
export function filters(): Promise<unknown>;
export function init(): Promise<void>;
export function mergeIndex(...args: unknown[]): Promise<void>;
export function preload(term: string, options?: unknown): Promise<void>;
