// The names scripts/check/ imports, served by the one content reader (content-reader.ts).
// The checks keep YAML dates as the text written, so an impossible day such as 2025-02-30 is
// refused instead of rolled over into March.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProjectModule } from './load-ts.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** @type {typeof import('./content-reader.ts')} */
const reader = await importProjectModule(projectRoot, 'scripts/lib/content-reader.ts');

/**
 * Every entry of the given collections (default: all) below `root`, dates kept as written.
 * @param {string} root
 * @param {readonly string[]} [collections]
 */
export const readContent = (root, collections) =>
  reader.readEntries(root, { datesAsText: true, ...(collections ? { collections } : {}) });
export const { fieldLine, where, listFiles: walk } = reader;
