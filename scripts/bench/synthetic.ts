// Synthetic content for the scaling runs, derived from the content model (src/content-model.ts):
// for copy r = 2…factor, every entry of every collection in the model is written again with the
// suffix `-x<r>` on the first segment of its path (so on its id: `dbt` → `dbt-x2`,
// `senior-study-plan-2025/week-1` → `senior-study-plan-2025-x2/week-1`), " (copy r)" after its
// title, and every reference field into the model rewritten to copy r's own entries. Each copy has
// the real link graph; what grows is the number of pages and whatever lists the whole site.
// Frontmatter is read with Astro's own helper (parseFrontmatter), data files as YAML.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse, stringify } from 'yaml';
import { contentModel } from '../../src/content-model.ts';

/** What the copies need to know of a collection of the content model. */
interface CollectionModel {
  folder: string;
  extensions: readonly string[];
  references: Readonly<Record<string, string>>;
}

/** The content model's collections, by name (the copies are of this project, so its own model). */
export async function loadContentModel(_root: string): Promise<Record<string, CollectionModel>> {
  return Promise.resolve(contentModel);
}

/** Files of one collection, as paths relative to its folder. */
function entryFiles(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => extensions.some((ext) => path.endsWith(`.${ext}`)))
    .sort();
}

/** Copy r's name for an id or a relative path: the suffix goes after the first segment. */
const renamed = (path: string, suffix: string) =>
  path.replace(/^[^/\\]+?(?=\.[^./\\]+$|[/\\]|$)/, (first) => `${first}${suffix}`);

/** A parsed frontmatter or YAML document, or any value within one. */
type Data = Record<string, unknown>;

/**
 * Rewrites the reference(s) at `path` ("topics[]", "phases[].projects[]", "blocks[].topic") in
 * place. A reference is written as an id, or as `{ collection, id }`.
 */
function rewriteReferences(data: unknown, steps: string[], rename: (id: string) => string): void {
  if (data == null || typeof data !== 'object' || steps.length === 0) return;
  const record = data as Data;
  const [step, ...rest] = steps;
  const many = step.endsWith('[]');
  const key = many ? step.slice(0, -2) : step;
  if (!(key in record)) return;
  const visit = (value: unknown): unknown => {
    if (rest.length > 0) return (rewriteReferences(value, rest, rename), value);
    if (typeof value === 'string') return rename(value);
    if (value && typeof (value as Data).id === 'string')
      return { ...(value as Data), id: rename((value as { id: string }).id) };
    return value;
  };
  const current = record[key];
  record[key] = many && Array.isArray(current) ? current.map(visit) : visit(current);
}

/** Adds copies 2…factor of every collection of the model below `contentDir`; returns the entries per collection afterwards. */
export function multiplyContent(
  model: Record<string, CollectionModel>,
  contentDir: string,
  factor: number,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, collection] of Object.entries(model)) {
    const folder = join(contentDir, collection.folder);
    const files = entryFiles(folder, collection.extensions);
    counts[name] = files.length * factor;
    for (const file of files) {
      const raw = readFileSync(join(folder, file), 'utf8');
      const isData = /\.ya?ml$/.test(file);
      for (let r = 2; r <= factor; r++) {
        const suffix = `-x${r}`;
        const parsed = isData ? undefined : parseFrontmatter(raw, { frontmatter: 'remove' });
        const data = ((isData ? parse(raw) : parsed?.frontmatter) ?? {}) as Data;
        if (typeof data.title === 'string') data.title = `${data.title} (copy ${r})`;
        if (typeof data.slug === 'string') data.slug = renamed(data.slug, suffix);
        for (const [path, target] of Object.entries(collection.references)) {
          // Starlight's docs pages are not copied: a reference to one (a source's notes page)
          // keeps pointing at the real page.
          if (!(target in model)) continue;
          rewriteReferences(data, path.split('.'), (id) => renamed(id, suffix));
        }
        // With YAML's timestamp type, a Date is written back as the day it was (2025-08-19) and a
        // string that looks like one is quoted, as Astro reads them.
        const text = stringify(data, {
          customTags: ['timestamp'],
          lineWidth: 0,
          aliasDuplicateObjects: false,
        });
        const target = join(folder, renamed(file, suffix));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, isData ? text : `---\n${text}---\n${parsed?.content ?? ''}`);
      }
    }
  }
  return counts;
}
