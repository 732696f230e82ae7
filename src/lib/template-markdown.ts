/** A template entry as a standalone Markdown file: exactly the template as written, with one final newline. */
export function templateMarkdown(body: string): string {
  return `${body.trim()}\n`;
}
