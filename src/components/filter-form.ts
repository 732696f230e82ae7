/**
 * The browser half of a filter bar (./FilterBar.astro): what is chosen, kept in the page's
 * address so a filtered catalog can be shared or bookmarked, and read back from it on load.
 */

/** The value chosen in a select of the bar, or `fallback` when none is. */
export type ChosenFilter = (name: string, fallback?: string) => string;

/**
 * Sets the form's selects from the address, then calls `apply` now and on every change (Clear
 * included) and writes what is chosen into the address, leaving out empty values and those equal
 * to `defaults`. Returns the function that applies the filters again.
 */
export function keepFilters(
  form: HTMLFormElement,
  apply: (chosen: ChosenFilter) => void,
  defaults: Readonly<Record<string, string>> = {},
): () => void {
  for (const [name, value] of new URLSearchParams(location.search)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value))
      field.value = value;
  }
  const run = () => {
    // The bar has only selects: every value is text (a File would come from a file input).
    const chosen = [...new FormData(form)].filter(
      (pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '',
    );
    const values = new Map(chosen);
    apply((name, fallback = '') => values.get(name) ?? fallback);
    const params = new URLSearchParams(chosen.filter(([name, value]) => value !== defaults[name]));
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  };
  form.addEventListener('change', run);
  form.addEventListener('reset', () => setTimeout(run));
  run();
  return run;
}
