// Topics whose text was last reviewed longer ago than their review interval (6 months for a
// product in a fast-moving category, 12 otherwise). The content check prints them as warnings,
// not problems: an old review is a reason to re-read a page against its sources, not a mistake
// that should stop a build.
import {
  formatStaleTopics,
  formatUnclassifiedTopics,
  staleTopics,
} from '../../src/lib/topic-review.ts';
import { topicCategories, topicKinds } from '../../src/schemas/enums.ts';
import type { ContentEntry } from '../lib/content-reader.ts';
import type { ReviewedTopic } from '../../src/lib/topic-review.ts';
import { readContent } from '../lib/content-files.ts';
import { calendarDate } from '../../src/schemas/common.ts';

const reviewedDate = calendarDate();

/**
 * The topics among `entries` with their `reviewed` day, read by the schema's own date rule, and
 * what decides their review interval (category, kind, version). A missing or malformed date is
 * left out: the schema reports it as a content problem, as it does a malformed kind or version.
 */
export function reviewedTopics(entries: readonly ContentEntry[]): ReviewedTopic[] {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'topics') return [];
    const parsed = reviewedDate.safeParse(entry.data.reviewed);
    if (!parsed.success) return [];
    // Only values the schema accepts; anything else is the schema's problem to report.
    const category = topicCategories.find((c) => c === entry.data.category);
    const kind = topicKinds.find((k) => k === entry.data.kind);
    const { version } = entry.data;
    return [
      {
        id: entry.id,
        file: entry.file,
        reviewed: parsed.data,
        ...(category ? { category } : {}),
        ...(kind ? { kind } : {}),
        ...(typeof version === 'string' ? { version } : {}),
      },
    ];
  });
}

/**
 * One warning line per topic below `root` not reviewed within its review interval, then one
 * line naming the topics that do not say whether they describe a product.
 */
export function staleTopicWarnings(root: string, today = new Date()): string[] {
  const topics = reviewedTopics(readContent(root, ['topics']));
  return [...formatStaleTopics(staleTopics(topics, today)), ...formatUnclassifiedTopics(topics)];
}
