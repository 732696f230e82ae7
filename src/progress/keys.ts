/**
 * Reader progress is stored per item under `collection/entry/item`. Keys never depend on an
 * item's position, so editing, adding or reordering other items keeps every stored tick.
 */
export function progressKey(collection: string, entry: string, item: string): string {
  return `${collection}/${entry}/${item}`;
}
