import { heading } from '../lib/headings';
import { facetValue, projectTools, toolCounts } from './facets';
import { levels } from '../schemas/enums';
import { pick, type AtlasData } from '../lib/pages/entries';

/** A choice in one of the catalog's filters: the value the script compares, and what the reader sees. */
interface FilterOption {
  value: string;
  label: string;
}

const levelTitle = (level: string) => level[0].toUpperCase() + level.slice(1);

/**
 * The project catalog: projects grouped by level (the page without JavaScript), and the options
 * of its level, topic and tool filters (only topics and tools some project has).
 */
export function projectCatalogProps(atlas: Pick<AtlasData, 'projects' | 'topics'>) {
  const { projects } = atlas;
  const card = (project: AtlasData['projects'][number]) => ({
    project,
    topics: pick(atlas.topics, project.data.topics),
    tools: projectTools(project.data.tools),
    order: projects.indexOf(project),
  });
  const groups = levels
    .map((level) => ({
      level,
      heading: heading(levelTitle(level)),
      cards: projects.filter((p) => p.data.level === level).map(card),
    }))
    .filter((g) => g.cards.length > 0);
  // A tool one project names is noise in a long catalog; a short one shows every tool.
  const tools = toolCounts(projects.map((p) => p.data.tools)).filter(
    (t) => t.count > 1 || projects.length < 10,
  );
  return {
    count: projects.length,
    groups,
    headings: groups.map((g) => g.heading),
    filters: {
      levels: levels.map((l): FilterOption => ({ value: l, label: levelTitle(l) })),
      topics: atlas.topics
        .filter((t) => projects.some((p) => p.data.topics.some((r) => r.id === t.id)))
        .map((t): FilterOption => ({ value: t.id, label: t.data.title })),
      tools: tools.map(({ tool, count }): FilterOption => ({
        value: facetValue(tool),
        label: `${tool} (${count})`,
      })),
    },
  };
}

export type ProjectCatalogProps = ReturnType<typeof projectCatalogProps>;
