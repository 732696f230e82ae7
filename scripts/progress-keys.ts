// npm run progress-keys [-- --retire <key> …]
// Publishes the tickable keys of the last build: appends the keys that are new since the list was
// last updated to src/content/progress-keys.json (never reordering it, so progress links keep
// meaning the same items), or, with --retire, records keys removed from the site on purpose.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updatePublished, type PublishedKeys } from '../src/progress/published-keys.ts';

const root = process.cwd();
const listFile = join(root, 'src/content/progress-keys.json');
const catalogFile = join(root, 'dist/progress/catalog.json');

const args = process.argv.slice(2);
const retire = args.flatMap((arg, i) => (args[i - 1] === '--retire' ? [arg] : []));
const published = JSON.parse(readFileSync(listFile, 'utf8')) as PublishedKeys;

let add: string[] = [];
if (retire.length === 0) {
  if (!existsSync(catalogFile)) {
    console.error(
      'dist/progress/catalog.json is missing: run `npm run build` first, then `npm run progress-keys`.',
    );
    process.exit(1);
  }
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as {
    lists: Array<{ items: Array<{ key: string }> }>;
  };
  add = catalog.lists
    .flatMap((list) => list.items.map((item) => item.key))
    .filter((key) => !published.keys.includes(key));
}
const unknown = retire.filter((key) => !published.keys.includes(key));
if (unknown.length > 0) {
  console.error(`Not in the published list, so nothing to retire: ${unknown.join(', ')}`);
  process.exit(1);
}
const next = updatePublished(published, add, retire, new Date().toISOString().slice(0, 10));
writeFileSync(listFile, `${JSON.stringify(next, null, 2)}\n`);
console.log(
  retire.length
    ? `Retired ${retire.length} key(s).`
    : `Published ${add.length} new key(s); ${next.keys.length} in all.`,
);
