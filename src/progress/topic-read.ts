import { progressKey } from './keys';
import type { TrackedItem } from './tracked-items';

/**
 * "I have read this topic": one tick per topic page, under the same `collection/entry/item` keys
 * as every other tick. A plan that is followed by reading (a phase of topics, with no projects)
 * counts these, so a topic read for one plan is read for every plan.
 */
const READ_ITEM = 'read';

export const readKey = (topicId: string) => progressKey('topics', topicId, READ_ITEM);

export const topicReadItem = (topic: { id: string; data: { title: string } }): TrackedItem => ({
  key: readKey(topic.id),
  text: `Read: ${topic.data.title}`,
});
