import { slugify } from './slug';

/**
 * The learning map: every project by level, grouped by the kind of topic it mostly practises,
 * with its topics as links; and an overview of how many projects of each level practise each
 * category. Its size is linear in projects × topics per project, so it stays small as the
 * content grows (the earlier one-diagram map grew with every node and edge it drew).
 */

export interface MapTopic {
  id: string;
  title: string;
  path: string;
  category: string;
}

export interface MapProject {
  id: string;
  title: string;
  path: string;
  level: string;
  /** The topics it practises, in the project's own order. */
  topics: MapTopic[];
}

interface MapVocabulary {
  /** Levels in learning order. */
  levels: readonly string[];
  /** Topic categories in index order, with their labels. */
  categories: readonly string[];
  categoryLabels: Readonly<Record<string, string>>;
}

interface MapGroup {
  category: string;
  label: string;
  projects: Array<Omit<MapProject, 'level'>>;
}

export interface MapLevel {
  level: string;
  label: string;
  /** Id of the level's heading on the map page. */
  slug: string;
  projectCount: number;
  /** Distinct topics its projects practise. */
  topicCount: number;
  groups: MapGroup[];
}

interface MapOverviewRow {
  category: string;
  label: string;
  /** Projects of each level (in `levels` order) that practise at least one topic of the category. */
  counts: number[];
}

export interface LearningMap {
  levels: MapLevel[];
  overview: MapOverviewRow[];
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The category a project practises most: the one most of its topics belong to, ties going to
 * the category met first in the project's own topic list (its lead topic). Projects with no
 * topics have none.
 */
export function primaryCategory(topics: MapTopic[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of topics) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  let best: string | undefined;
  for (const [category, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = category;
  return best;
}

/** Projects with no topic are still on the map, in a group of their own at the end of the level. */
export const NO_TOPIC = { category: '', label: 'No topic listed yet' };

export function learningMap(projects: MapProject[], vocabulary: MapVocabulary): LearningMap {
  const categoryRank = (c: string) =>
    c === NO_TOPIC.category ? Number.MAX_VALUE : vocabulary.categories.indexOf(c);
  const unknownLevels = projects.filter((p) => !vocabulary.levels.includes(p.level));
  if (unknownLevels.length > 0) {
    // The schema allows only known levels; a project outside them would vanish from the map.
    throw new Error(
      `Learning map: unknown level for ${unknownLevels.map((p) => `${p.id} (${p.level})`).join(', ')}`,
    );
  }

  const levels = vocabulary.levels
    .map((level): MapLevel => {
      const own = projects.filter((p) => p.level === level);
      const groups = new Map<string, MapGroup>();
      for (const { level: _, ...project } of own) {
        const category = primaryCategory(project.topics) ?? NO_TOPIC.category;
        const group = groups.get(category) ?? {
          category,
          label:
            category === NO_TOPIC.category
              ? NO_TOPIC.label
              : (vocabulary.categoryLabels[category] ?? category),
          projects: [],
        };
        group.projects.push(project);
        groups.set(category, group);
      }
      return {
        level,
        label: capitalise(level),
        slug: slugify(level),
        projectCount: own.length,
        topicCount: new Set(own.flatMap((p) => p.topics.map((t) => t.id))).size,
        groups: [...groups.values()].sort(
          (a, b) => categoryRank(a.category) - categoryRank(b.category),
        ),
      };
    })
    .filter((l) => l.projectCount > 0);

  const overview = vocabulary.categories
    .map((category) => ({
      category,
      label: vocabulary.categoryLabels[category] ?? category,
      counts: levels.map(
        (l) =>
          projects.filter(
            (p) => p.level === l.level && p.topics.some((t) => t.category === category),
          ).length,
      ),
    }))
    .filter((row) => row.counts.some((n) => n > 0));

  return { levels, overview };
}
