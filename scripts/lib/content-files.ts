// The names scripts/check/ imports, served by the one content reader (content-reader.ts).
// The checks keep YAML dates as the text written, so an impossible day such as 2025-02-30 is
// refused instead of rolled over into March.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ContentReaderModule from './content-reader.ts';
import { importProjectModule } from './load-ts.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Through the hook: the reader imports src/content-model.ts, whose own imports leave out `.ts`.
const reader = await importProjectModule<typeof ContentReaderModule>(
  projectRoot,
  'scripts/lib/content-reader.ts',
);

/** Every entry of the given collections (default: all) below `root`, dates kept as written. */
export const readContent = (root: string, collections?: readonly string[]) =>
  reader.readEntries(root, { datesAsText: true, ...(collections ? { collections } : {}) });
export const { fieldLine, where, listFiles: walk } = reader;
