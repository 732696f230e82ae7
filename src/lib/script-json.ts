/**
 * Data for a `<script type="application/json">` element, whose text the browser does not decode:
 * every `<` is written as the JSON escape `\u003c`, so no value from content (a title holding
 * `</script>` or `<!--`) can end the element or change how the rest of the page is parsed.
 * `JSON.parse` reads it back unchanged.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
