import { progressKey } from '../progress/keys';

/**
 * Where a solved exercise is kept in the reader's progress: one tick per exercise, under the
 * same `collection/entry/item` keys as every other tick, so export, import, progress links and
 * prints carry it.
 */
const SOLVED_ITEM = 'solved';

export const solvedKey = (exerciseId: string) => progressKey('exercises', exerciseId, SOLVED_ITEM);
