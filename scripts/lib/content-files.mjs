// Reads every content file the way the content layer sees it: id, frontmatter (or YAML document)
// and body, with line numbers, so each check can say `file:line`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';

/** Collections and the file types their loaders pick up (src/content.config.ts). */
export const COLLECTIONS = {
  plans: ['.md', '.mdx'],
  weeks: ['.md', '.mdx'],
  projects: ['.md', '.mdx'],
  topics: ['.md', '.mdx'],
  resources: ['.yaml', '.yml'],
  reading: ['.md', '.mdx'],
  templates: ['.md', '.mdx'],
  checklists: ['.md', '.mdx'],
  docs: ['.md', '.mdx'],
};

/** One path segment as Astro turns it into an id (github-slugger: lower case, punctuation dropped, spaces to hyphens). */
const slugSegment = (segment) =>
  segment
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Every file below `dir`, as paths relative to it (posix separators), sorted. */
export function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const visit = (current) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

/** Splits Markdown into frontmatter and body, keeping the line where each starts (1-based). */
export function splitFrontmatter(text) {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return { frontmatter: lines.slice(1).join('\n'), frontmatterLine: 2, body: '', bodyLine: lines.length + 1, unclosed: true };
  return { frontmatter: lines.slice(1, end).join('\n'), frontmatterLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/**
 * All entries of every collection. `data` is the parsed frontmatter with dates left as text
 * (YAML's core schema), so a date like 2025-02-30 reaches the schema as written instead of being
 * silently rolled over into March; `yamlError` holds a parse error with its line instead.
 */
export function readContent(root) {
  const contentDir = join(root, 'src', 'content');
  const entries = [];
  for (const [collection, extensions] of Object.entries(COLLECTIONS)) {
    const dir = join(contentDir, collection);
    for (const path of walk(dir)) {
      const extension = extensions.find((ext) => path.endsWith(ext));
      if (!extension) continue;
      const file = `src/content/${collection}/${path}`;
      const text = readFileSync(join(dir, path), 'utf8');
      const isYaml = extension === '.yaml' || extension === '.yml';
      const parts = isYaml ? { frontmatter: text, frontmatterLine: 1, body: '', bodyLine: 1 } : splitFrontmatter(text);
      let data = {};
      let yamlError;
      if (parts.unclosed) yamlError = { line: 1, message: 'the frontmatter opened with --- is never closed with a second ---' };
      else {
        try {
          data = yaml.load(parts.frontmatter ?? '', { schema: yaml.CORE_SCHEMA }) ?? {};
          if (typeof data !== 'object' || Array.isArray(data)) {
            yamlError = { line: parts.frontmatterLine, message: 'the frontmatter must be a set of `key: value` fields' };
            data = {};
          }
        } catch (error) {
          yamlError = { line: parts.frontmatterLine + (error.mark?.line ?? 0), message: `YAML does not parse: ${error.reason ?? error.message}` };
        }
      }
      let id = path.slice(0, -extension.length).split('/').map(slugSegment).join('/');
      if (collection === 'docs') id = id.replace(/(^|\/)index$/, '') || 'index';
      if (typeof data.slug === 'string' && data.slug) id = data.slug;
      entries.push({ collection, id, file, text, data, yamlError, ...parts });
    }
  }
  return entries;
}

/**
 * The line of a field in an entry's frontmatter: the top-level key of `path` (["groups", 0, …] →
 * the `groups:` line), or undefined when the field is not written at all.
 */
export function fieldLine(entry, path) {
  const key = path.find((segment) => typeof segment === 'string');
  if (!key || entry.frontmatter === undefined) return undefined;
  const lines = entry.frontmatter.split('\n');
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const index = lines.findIndex((line) => new RegExp(`^(?:"${escaped}"|'${escaped}'|${escaped})\\s*:`).test(line));
  return index === -1 ? undefined : entry.frontmatterLine + index;
}

/** `file:line` when the line is known, else `file`. */
export const where = (file, line) => (line ? `${file}:${line}` : file);
