import type { Page } from 'playwright-core';

/**
 * Types a query into the site's search dialog, as a reader does, and returns the result paths in
 * order. By default the page is reloaded first, so each search starts from a page as loaded. With
 * `{ again: true }` a dialog that is already open is reused, as a reader who tries query after
 * query does: the box is emptied, and the next query typed once the old results are gone.
 */
export async function searchResults(
  page: Page,
  query: string,
  { again = false }: { again?: boolean } = {},
): Promise<string[]> {
  const input = page.locator('dialog[open] .pagefind-ui__search-input');
  if (again && (await input.count()) === 1) {
    await input.fill('');
    await page.waitForFunction(
      () =>
        !document.querySelector('dialog[open] .pagefind-ui__result') &&
        !document.querySelector('dialog[open] .pagefind-ui__message')?.textContent,
      undefined,
      { timeout: 15_000 },
    );
  } else {
    await page.reload();
    await page.locator('atlas-search-box button[data-open-search]').first().click();
  }
  await input.fill(query);
  return resultsFor(page, query);
}

/**
 * The result paths, in order, once the open dialog has answered `query`. Pagefind first reports
 * the count, then lists each result as a placeholder and draws its title and link when that
 * result's own data arrives, result by result: the first ones can be drawn while later ones are
 * still placeholders, so this waits for every result shown to hold its link.
 */
export async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const dialog = document.querySelector('dialog[open]');
      const message = dialog?.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!message.includes(q)) return false;
      if (message.startsWith('No results')) return true;
      const results = [...(dialog?.querySelectorAll('.pagefind-ui__result') ?? [])];
      return (
        results.length > 0 && results.every((r) => r.querySelector('.pagefind-ui__result-link'))
      );
    },
    query,
    { timeout: 15_000 },
  );
  // Each result is a page, with links to its matching sections nested inside: keep the page links.
  return page.locator('dialog[open] .pagefind-ui__result').evaluateAll((results) =>
    results.flatMap((r) => {
      const link = r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
      return link ? [new URL(link.href).pathname] : [];
    }),
  );
}

/** The titles of the results shown for the last query (one per page). */
export function resultTitles(page: Page): Promise<string[]> {
  return page
    .locator('dialog[open] .pagefind-ui__result')
    .evaluateAll((results) =>
      results.flatMap(
        (r) => r.querySelector('.pagefind-ui__result-link')?.textContent?.trim() ?? [],
      ),
    );
}
