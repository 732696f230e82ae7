/** A template entry as a standalone Markdown file: its title as a heading, then the template exactly as written. */
export function templateMarkdown(title: string, body: string): string {
  return `# ${title}\n\n${body.trim()}\n`;
}
