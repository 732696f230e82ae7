/**
 * Starlight's search button is named "Search" but shows "Search", "Ctrl" and "K" as adjacent
 * elements with no space between them, so its visible text reads "SearchCtrlK" and axe-core
 * reports a label/name mismatch (WCAG 2.5.3) on every page. This separates the words and names
 * the button after everything it shows.
 */
export function fixSearchButton(html: string): string {
  return html.replace(/<button data-open-modal[\s\S]*?<\/button>/, (button) =>
    button
      .replace('aria-label="Search"', 'aria-label="Search Ctrl K"')
      .replace(/<\/span><kbd/, '</span> <kbd')
      .replace(/<\/kbd><kbd/g, '</kbd> <kbd'),
  );
}
