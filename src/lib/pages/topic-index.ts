import { heading } from '../headings';
import { routes } from '../urls';
import { topicCategories, topicCategoryLabels } from '../../schemas/enums';
import type { TopicEntry } from './entries';
import { linker } from './view';

/** The topic index: topics grouped by category, in the categories' own order; empty ones left out. */
export function topicIndexProps(topics: readonly TopicEntry[], base: string) {
  const link = linker(base);
  const groups = topicCategories
    .map((category) => ({
      heading: heading(topicCategoryLabels[category]),
      topics: topics
        .filter((t) => t.data.category === category)
        .map((t) => ({
          href: link(routes.topic(t.id)),
          title: t.data.title,
          aliases: aliasesBeyondTitle(t.data.title, t.data.aliases),
        })),
    }))
    .filter((g) => g.topics.length > 0);
  return { count: topics.length, groups, headings: groups.map((g) => g.heading) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The aliases worth showing beside a title: those the title does not already contain as whole
 * words ("Kafka" beside "Apache Kafka" says nothing new). Search still reads every alias.
 */
export function aliasesBeyondTitle(title: string, aliases: readonly string[]): string[] {
  return aliases.filter(
    (alias) => !new RegExp(`(^|\\W)${escapeRegExp(alias)}($|\\W)`, 'i').test(title),
  );
}
