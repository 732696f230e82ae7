/** Facets of the project catalog, from each project's `tools` list (typed data in its schema). */

/** A project's tools in order, each named once whatever its case ("dbt" and "DBT" are one tool). */
export function projectTools(tools: readonly string[]): string[] {
  const firstSpelling = new Map<string, string>();
  for (const raw of tools) {
    const tool = raw.trim().replace(/\s+/g, ' ');
    if (tool && !firstSpelling.has(tool.toLowerCase())) firstSpelling.set(tool.toLowerCase(), tool);
  }
  return [...firstSpelling.values()];
}

/** Every tool across projects with how many projects name it, most used first, then by name. */
export function toolCounts(
  projects: ReadonlyArray<readonly string[]>,
): Array<{ tool: string; count: number }> {
  const counts = new Map<string, { tool: string; count: number }>();
  for (const tools of projects) {
    for (const tool of projectTools(tools)) {
      const key = tool.toLowerCase();
      const entry = counts.get(key) ?? { tool, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tool.localeCompare(b.tool));
}

/** A value safe to keep in a space-separated data attribute and compare exactly. */
export const facetValue = (text: string) => text.toLowerCase().replace(/\s+/g, '_');
