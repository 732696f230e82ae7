/** Facets of the project catalog, derived from each project's skills table. */

export interface SkillRow {
  category: string;
  details: string;
}

/** Categories that describe ideas rather than tools. */
const NOT_TOOLS = /concept|pattern|model|log types|feature|compliance/i;

/**
 * The tools a project names in its skills table, in order: "psycopg2 or SQLAlchemy" gives two,
 * parenthetical remarks are dropped ("cron (Linux)" → "cron").
 */
export function projectTools(skills: SkillRow[]): string[] {
  const tools = skills
    .filter((row) => !NOT_TOOLS.test(row.category))
    .flatMap((row) => row.details.replace(/\([^)]*\)/g, '').split(/,|;|\s\+\s|\bor\b|\band\b/))
    .map((tool) => tool.trim().replace(/\s+/g, ' '))
    .filter((tool) => tool.length > 1 && tool.length <= 40);
  const firstSpelling = new Map<string, string>();
  for (const tool of tools) if (!firstSpelling.has(tool.toLowerCase())) firstSpelling.set(tool.toLowerCase(), tool);
  return [...firstSpelling.values()];
}

/** Every tool across projects with how many projects name it, most used first, then by name. */
export function toolCounts(projects: SkillRow[][]): Array<{ tool: string; count: number }> {
  const counts = new Map<string, { tool: string; count: number }>();
  for (const skills of projects) {
    for (const tool of projectTools(skills)) {
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
