// Topics whose text was last reviewed more than a year ago. The content check prints them as
// warnings, not problems: an old review is a reason to re-read a page against its sources, not
// a mistake that should stop a build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatStaleTopics, staleTopics } from '../../src/lib/topic-review.ts';
import { readContent } from '../lib/content-files.mjs';
import { importProjectModule } from '../lib/load-ts.mjs';

/** @typedef {import('../lib/content-reader.ts').ContentEntry} ContentEntry */
/** @typedef {import('../../src/lib/topic-review.ts').ReviewedTopic} ReviewedTopic */

/** How old a review may be, in months, before the check warns about it. */
export const REVIEW_MONTHS = 12;

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** @type {typeof import('../../src/schemas/common.ts')} */
const { calendarDate } = await importProjectModule(projectRoot, 'src/schemas/common.ts');
const reviewedDate = calendarDate();

/**
 * The topics among `entries` with their `reviewed` day, read by the schema's own date rule. A
 * missing or malformed date is left out: the schema reports it as a content problem.
 * @param {readonly ContentEntry[]} entries
 * @returns {ReviewedTopic[]}
 */
export function reviewedTopics(entries) {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'topics') return [];
    const parsed = reviewedDate.safeParse(entry.data.reviewed);
    return parsed.success ? [{ id: entry.id, file: entry.file, reviewed: parsed.data }] : [];
  });
}

/**
 * One warning line per topic below `root` not reviewed in the last REVIEW_MONTHS months.
 * @param {string} root
 * @param {Date} [today]
 * @returns {string[]}
 */
export function staleTopicWarnings(root, today = new Date()) {
  const topics = reviewedTopics(readContent(root, ['topics']));
  return formatStaleTopics(staleTopics(topics, today, REVIEW_MONTHS), REVIEW_MONTHS);
}
