// The names scripts/check/ imports, served by the one content reader (content-reader.ts).
// The checks keep YAML dates as the text written, so an impossible day such as 2025-02-30 is
// refused instead of rolled over into March.
import * as reader from './content-reader.ts';

/** Every entry of the given collections (default: all) below `root`, dates kept as written. */
export const readContent = (root: string, collections?: readonly string[]) =>
  reader.readEntries(root, { datesAsText: true, ...(collections ? { collections } : {}) });
export const { listFiles: walk } = reader;
