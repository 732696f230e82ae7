import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';

export interface ContentFile {
  /** Id as Astro's glob loader derives it: the path below the collection folder, no extension. */
  id: string;
  path: string;
  data: Record<string, unknown>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Reads the frontmatter (or the whole YAML document) of every content file in a folder. */
export function readCollectionFiles(folder: string, extensions = ['.md', '.mdx', '.yaml', '.yml']): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => name.endsWith(ext))) {
        const raw = readFileSync(path, 'utf8');
        const source = name.endsWith('.yaml') || name.endsWith('.yml') ? raw : (FRONTMATTER.exec(raw)?.[1] ?? '');
        let data: Record<string, unknown> = {};
        try {
          data = (yaml.load(source) as Record<string, unknown>) ?? {};
        } catch {
          // The content layer reports YAML errors with file and line; the sidebar just skips the file.
        }
        const id = relative(folder, path).split(sep).join('/').replace(/\.(mdx?|ya?ml)$/, '');
        files.push({ id, path, data });
      }
    }
  };
  try {
    walk(folder);
  } catch {
    return [];
  }
  return files;
}
