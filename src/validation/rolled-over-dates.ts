/**
 * Dates YAML rolled over. Astro parses frontmatter with a YAML schema that turns an unquoted
 * `2025-02-30` into 2 March, so the schema only sees a valid Date. Comparing each Date with the
 * text written at its place in the file catches the day that does not exist.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fieldPath, lineOfPath, yamlSource, type ValuePath } from './locate';
import type { ContentProblem } from './problems';

function datesIn(value: unknown, path: Array<string | number> = []): Array<[ValuePath, Date]> {
  if (value instanceof Date) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => datesIn(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => datesIn(item, [...path, key]));
  }
  return [];
}

function writtenAt(doc: Node | null, path: ValuePath): string | undefined {
  let node: unknown = doc;
  for (const segment of path) {
    if (isMap(node))
      node = node.items.find(
        (p) => String((p.key as { value?: unknown })?.value) === String(segment),
      )?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
}

/** Problems for every date in `data` whose written day does not exist. */
export function rolledOverDates(root: string, file: string, data: unknown): ContentProblem[] {
  const dates = datesIn(data);
  if (dates.length === 0) return [];
  let text: string;
  try {
    text = readFileSync(`${root}/${file}`, 'utf8');
  } catch {
    return [];
  }
  const source = yamlSource(file, text);
  if (!source) return [];
  const doc = parseDocument(source.yaml).contents as Node | null;
  return dates.flatMap(([path, date]) => {
    const written = writtenAt(doc, path)?.trim();
    if (!written || !/^\d{4}-\d{2}-\d{2}$/.test(written) || date.toISOString().startsWith(written))
      return [];
    return [
      {
        file,
        line: lineOfPath(file, text, path),
        field: fieldPath(path),
        message: `must be a date written as YYYY-MM-DD, and ${written} does not exist (YAML would read it as ${date.toISOString().slice(0, 10)})`,
      },
    ];
  });
}
