// The one content reader for tools that need content outside Astro (`npm run new`, the checks,
// the sidebar). It reads files the way Astro's content layer does, so an id or a field value a
// tool reports is the one the build sees:
// - frontmatter and YAML data files with the `yaml` parser and the options Astro 7's content layer
//   gives it (core schema, timestamps read as dates, merge keys), so a value and a YAML error are
//   the ones the build sees;
// - ids as the glob loader's default `generateId` derives them: each path segment through
//   github-slugger, the extension dropped, a trailing `/index` dropped, `slug:` winning;
// - the files each loader picks up: our collections' extensions from the content model, and
//   Starlight's docs without files whose name starts with `_`.
// Plain Node and TypeScript that Node can strip: the Node tools import it as it is, and so does
// the build (src/validation/loader.ts). Relative imports name their `.ts`, as Node needs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { slug } from 'github-slugger';
import { parseDocument, type YAMLError } from 'yaml';
import { contentModel, docsFolder } from '../../src/content-model.ts';

/** What a tool needs to know about a collection's files. */
interface CollectionFiles {
  folder: string;
  extensions: readonly string[];
}

export interface ContentEntry {
  /** `topics`, `weeks` … or Starlight's `docs`. */
  collection: string;
  /** The id Astro gives the entry. */
  id: string;
  /** Path from the project root, with `/` separators: `src/content/topics/dbt.md`. */
  file: string;
  /** The whole file as read. */
  text: string;
  /** The frontmatter (or the YAML document), parsed; `{}` when it does not parse. */
  data: Record<string, unknown>;
  /** The frontmatter's text without its `---` lines (the whole document for YAML files). */
  frontmatter: string | undefined;
  /** Line (1-based) of the frontmatter's first line in the file. */
  frontmatterLine: number;
  /** The Markdown after the frontmatter, as Astro passes it to the renderer (trimmed). */
  body: string;
  /** Line (1-based) where the body starts. */
  bodyLine: number;
  /** Why the frontmatter could not be read, with its line. */
  yamlError?: { line: number; message: string };
  /** True when a `---` opens a frontmatter that no second `---` closes. */
  unclosed?: boolean;
}

interface ReadOptions {
  /**
   * Keep unquoted YAML dates as the text written (YAML's core schema) instead of the Date Astro
   * makes of them. Astro's YAML parser rolls an impossible day such as 2025-02-30 over into March;
   * a checker that wants to refuse it needs the text.
   */
  datesAsText?: boolean;
  /** Collections to read (default: every collection of the content model and `docs`). */
  collections?: readonly string[];
}

/** Every collection a tool can read: ours from the content model, then Starlight's docs. */
export const readableCollections: Readonly<Record<string, CollectionFiles>> = {
  ...contentModel,
  docs: docsFolder,
};

const DATA_EXTENSIONS = new Set(['yaml', 'yml']);

/** Every file below `dir`, as paths relative to it with `/` separators, sorted; [] if it is missing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

/**
 * The id Astro's glob loader gives a file at `path` (relative to its collection folder, `/`
 * separators): `Getting Started/Intro.MD` → `getting-started/intro`; `guides/index.md` → `guides`.
 */
export function entryId(path: string, data: Record<string, unknown> = {}): string {
  // Astro's glob loader does exactly this, so a non-string `slug` gives the id the build gives.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- mirrors Astro, see above
  if (data.slug) return String(data.slug);
  const dot = path.lastIndexOf('.');
  const withoutExtension = dot > path.lastIndexOf('/') ? path.slice(0, dot) : path;
  return withoutExtension
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** YAML read as Astro 7 reads frontmatter and data files; `datesAsText` leaves dates as written. */
function loadYaml(text: string, datesAsText: boolean): unknown {
  const document = parseDocument(text, {
    schema: 'core',
    merge: true,
    customTags: datesAsText ? [] : ['timestamp'],
  });
  if (document.errors.length > 0) throw document.errors[0];
  return document.contents === null ? undefined : document.toJS();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const linesBefore = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Reads one entry's text the way Astro's entry type for its extension does. */
export function parseEntry(
  collection: string,
  file: string,
  path: string,
  text: string,
  { datesAsText = false }: Pick<ReadOptions, 'datesAsText'> = {},
): ContentEntry {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const entry: ContentEntry = {
    collection,
    id: '',
    file,
    text,
    data: {},
    frontmatter: undefined,
    frontmatterLine: 1,
    body: '',
    bodyLine: 1,
  };
  const fail = (line: number, message: string) => {
    entry.yamlError = { line, message };
  };
  // The parser's message without its own " at line 3, column 9:" and the quoted source after it.
  const yamlMessage = (error: unknown) => {
    const e = error as Partial<YAMLError>;
    const reason = String(e.message ?? error)
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '');
    return { line: e.linePos?.[0].line ?? 1, message: `YAML does not parse: ${reason}` };
  };

  if (DATA_EXTENSIONS.has(extension)) {
    entry.frontmatter = text.replace(/^\uFEFF/, '');
    try {
      const data = loadYaml(text, datesAsText);
      if (isRecord(data)) entry.data = data;
      else fail(1, 'the file must be a set of `key: value` fields');
    } catch (error) {
      const { line, message } = yamlMessage(error);
      fail(line, message);
    }
  } else {
    const raw = extractFrontmatter(text);
    if (raw === undefined) {
      if (/^\uFEFF?---\r?$/.test(text.split('\n')[0] ?? '')) {
        entry.unclosed = true;
        entry.frontmatter = text.split('\n').slice(1).join('\n');
        entry.frontmatterLine = 2;
        fail(1, 'the frontmatter opened with --- is never closed with a second ---');
      }
      entry.body = text.trim();
    } else {
      const start = text.indexOf(raw);
      // `raw` starts with the line break after the opening `---`.
      entry.frontmatterLine = linesBefore(text, start) + 1;
      entry.frontmatter = raw
        .replace(/^\r?\n/, '')
        .replace(/\r?\n$/, '')
        .replace(/\r/g, '');
      entry.bodyLine = linesBefore(text, start + raw.length) + 1;
      entry.body = text.slice(start + raw.length + '---'.length).trim();
      try {
        const data = loadYaml(raw, datesAsText);
        if (data == null) entry.data = {};
        else if (isRecord(data)) entry.data = data;
        else fail(entry.frontmatterLine, 'the frontmatter must be a set of `key: value` fields');
      } catch (error) {
        const { line, message } = yamlMessage(error);
        // `raw` starts with the line break that ends the opening `---`: its line 1 is that line.
        fail(entry.frontmatterLine - 2 + line, message);
      }
    }
  }
  entry.id = entryId(path, entry.data);
  return entry;
}

/** The files a collection's loader picks up, relative to its folder. */
function collectionPaths(collection: string, dir: string): string[] {
  const { extensions } = readableCollections[collection];
  return listFiles(dir).filter((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name.startsWith('.')) return false;
    // Starlight's docs loader skips files whose name starts with `_`.
    if (collection === 'docs' && name.startsWith('_')) return false;
    return extensions.some((ext) => name.endsWith(`.${ext}`));
  });
}

/** Every entry of the given collections (default: all) below `root/src/content/`. */
export function readEntries(root: string, options: ReadOptions = {}): ContentEntry[] {
  const names = options.collections ?? Object.keys(readableCollections);
  const entries: ContentEntry[] = [];
  for (const collection of names) {
    const model = readableCollections[collection];
    if (!model) {
      const known = Object.keys(readableCollections).join(', ');
      throw new Error(`unknown collection "${collection}" (allowed: ${known})`);
    }
    const dir = join(root, 'src', 'content', model.folder);
    for (const path of collectionPaths(collection, dir)) {
      const file = `src/content/${model.folder}/${path}`;
      entries.push(
        parseEntry(collection, file, path, readFileSync(join(dir, path), 'utf8'), options),
      );
    }
  }
  return entries;
}

/**
 * The line of a field in an entry's frontmatter: the top-level key of `path` (["groups", 0, …] →
 * the `groups:` line), or undefined when the field is not written at all.
 */
export function fieldLine(
  entry: ContentEntry,
  path: ReadonlyArray<string | number>,
): number | undefined {
  const key = path.find((segment): segment is string => typeof segment === 'string');
  if (!key || entry.frontmatter === undefined) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(?:"${escaped}"|'${escaped}'|${escaped})\\s*:`);
  const index = entry.frontmatter.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : entry.frontmatterLine + index;
}

/**
 * The entries of one content folder, as `{ id, path, data }`: for config-time code that has no
 * content layer yet. Files whose frontmatter does not parse are left out; the build reports them.
 */
export function readCollectionFiles(
  folder: string,
  extensions: readonly string[] = ['.md', '.mdx', '.yaml', '.yml'],
): Array<{ id: string; path: string; data: Record<string, unknown> }> {
  return listFiles(folder)
    .filter((path) => extensions.some((ext) => path.endsWith(ext)))
    .map((path) => ({
      path,
      entry: parseEntry('', path, path, readFileSync(join(folder, path), 'utf8')),
    }))
    .filter(({ entry }) => !entry.yamlError)
    .map(({ path, entry }) => ({ id: entry.id, path: join(folder, path), data: entry.data }));
}
