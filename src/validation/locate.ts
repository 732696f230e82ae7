/**
 * Where a field is written: the line of a value path (`['blocks', 2, 'topic']`) in an entry's
 * frontmatter or YAML file, found with the `yaml` parser's source positions. The deepest part of
 * the path that is written wins, so an item of a block list is reported at the item's own line.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type ValuePath = ReadonlyArray<PropertyKey>;

interface Source {
  /** Offset of the YAML text in the file, in lines. */
  firstLine: number;
  yaml: string;
}

/** The YAML part of a content file: the frontmatter of Markdown, or the whole YAML file. */
export function yamlSource(file: string, text: string): Source | undefined {
  const clean = text.replace(/^\uFEFF/, '');
  if (/\.ya?ml$/.test(file)) return { firstLine: 0, yaml: clean };
  const lines = clean.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return { firstLine: 1, yaml: lines.slice(1, end === -1 ? undefined : end).join('\n') };
}

/** The 1-based file line of `path` in `text` (the content of `file`), or undefined. */
export function lineOfPath(file: string, text: string, path: ValuePath): number | undefined {
  const source = yamlSource(file, text);
  if (!source) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: counter });
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => String((p.key as { value?: unknown })?.value) === String(segment),
      );
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return source.firstLine + 1;
  return source.firstLine + counter.linePos(offset).line;
}

/** Like lineOfPath, reading the file from disk (undefined when it cannot be read). */
export function lineInFile(root: string, file: string, path: ValuePath): number | undefined {
  try {
    return lineOfPath(file, readFileSync(`${root}/${file}`, 'utf8'), path);
  } catch {
    return undefined;
  }
}

/** `groups[0].items[2]` for the path ["groups", 0, "items", 2]. */
export const fieldPath = (path: ValuePath): string =>
  path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('');

/** ["groups", 0, "items", 2] for `groups[0].items[2]`. */
export const parseFieldPath = (field: string): Array<string | number> =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1],
  );
