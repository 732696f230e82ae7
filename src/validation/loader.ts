/**
 * The validation path of the content layer. Each collection's loader is wrapped so that, in one
 * `astro sync`, `astro build` or `astro dev` start:
 * - every entry is checked against its schema, and each problem is recorded with its file, line,
 *   field and what is allowed, instead of stopping at the first invalid entry;
 * - two files that map to one id are reported (Astro would silently keep one);
 * - once every collection has loaded, references that point nowhere (Astro 7 only logs them) and
 *   the integrity rules across entries (src/validation/integrity.ts) are checked over the whole store.
 * The last loader to finish throws one ContentValidationError carrying every problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildLinkGraph, linkedEntries, type GraphEntry } from '../lib/links';
import { checkIntegrity, type IntegrityInput } from './integrity';
import { contentModel } from '../content-model';
import { describeIssue } from './issues';
import { rolledOverDates } from './rolled-over-dates';
import { missingImages, mdxSyntaxProblem } from './markdown';
import { lineInFile, lineOfPath, parseFieldPath } from './locate';
import {
  clearProblems,
  ContentValidationError,
  formatProblem,
  recordedProblems,
  recordProblem,
  type ContentProblem,
} from './problems';
import { didYouMean } from './suggest';
import { readableCollections, readEntries } from '../../scripts/lib/content-reader';
import { checkPracticeQueries } from '../practice/validate';

type DataStore = LoaderContext['store'];
type SchemaLike = z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType) | undefined;

interface CollectionLike {
  loader?: unknown;
  schema?: unknown;
}

interface RunState {
  /** Collections whose loader has not finished in the current run. */
  pending: Set<string>;
  /** Every wrapped collection's store, to check the content as a whole. */
  stores: Map<string, DataStore>;
  /** Entries that failed their schema, by collection: they exist, so references to them hold. */
  invalid: Map<string, Set<string>>;
  /** Collections whose loading stopped at an error: some of their entries were never loaded. */
  unloaded: Set<string>;
  root: string;
}

/** The run in progress of one set of wrapped collections: every loader of a sync shares it. */
interface Runs {
  current?: RunState;
}

const posix = (path: string) => path.split(sep).join('/');

/** A file path as content messages name it: relative to the project root, `/` separators. */
const projectFile = (root: string, filePath: string) =>
  posix(isAbsolute(filePath) ? relative(root, filePath) : filePath);

/** A file named relative to the project root, or the working folder, or absolutely, from the root. */
function rootFile(root: string, file: string): string {
  if (isAbsolute(file)) return projectFile(root, file);
  return existsSync(`${root}/${file}`) ? file : projectFile(root, resolve(file));
}

function schemaOf(collection: CollectionLike): z.ZodType | undefined {
  const schema = collection.schema as SchemaLike;
  // Function schemas receive Astro's image() helper; a string stands in for it here.
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
}

/** A problem from an error Astro or a loader threw, located by its `loc` when it has one. */
function problemFromError(root: string, collection: string, error: unknown): ContentProblem {
  const e = error as { message?: string; loc?: { file?: string; line?: number }; id?: string };
  const text = String(e.message ?? error).trim();
  // A Markdown plugin's error already names its file and line ("src/content/x.md:7: …"); Astro
  // may wrap it in "Failed to parse Markdown file …", which names no line.
  const located = /^(src\/content\/[^\s:]+):(\d+): ([\s\S]*)$/m.exec(text);
  if (located) return { file: located[1], line: Number(located[2]), message: located[3].trim() };
  const file = e.loc?.file ?? e.id;
  return {
    file: file ? projectFile(root, file) : `src/content/${collection}`,
    line: e.loc?.line && e.loc.line > 0 ? e.loc.line : undefined,
    message: `does not parse: ${text} (fix the YAML at this line; quote text that holds a colon, [ or {)`,
  };
}

/**
 * Whether an error is one a Markdown plugin threw after recording its problems (the content
 * policy, diagrams): Astro stops loading the collection with it, wrapped in its own words, and
 * the problems themselves are already recorded with their lines.
 */
function reportedByPlugin(error: unknown): boolean {
  const text = String((error as { message?: string } | undefined)?.message ?? error);
  return recordedProblems().some((problem) => text.includes(formatProblem(problem)));
}

/**
 * Wraps the loaders of `collections` (as passed to Astro's `collections` export) so their
 * entries go through the validation path above. Returns the same collections.
 */
// `T` is unconstrained on purpose: a constraint would become the contextual type of the
// collections passed in and change what generic schema helpers (docsSchema()) infer.
export function validateCollections<T>(collections: T): T {
  const all = collections as Record<string, CollectionLike>;
  const names = Object.keys(all).filter(
    (name) => typeof (all[name]?.loader as Loader | undefined)?.load === 'function',
  );
  const runs: Runs = {};
  const wrapped = Object.fromEntries(
    Object.entries(all).map(([name, collection]) => {
      const loader = collection.loader as Loader | undefined;
      if (!loader || typeof loader.load !== 'function') return [name, collection];
      return [
        name,
        { ...collection, loader: validatedLoader(name, loader, collection, names, runs) },
      ];
    }),
  );
  return wrapped as T;
}

function validatedLoader(
  collection: string,
  loader: Loader,
  config: CollectionLike,
  all: string[],
  runs: Runs,
): Loader {
  return {
    ...loader,
    name: loader.name,
    load: async (context) => {
      const root = posix(fileURLToPath(context.config.root)).replace(/\/$/, '');
      let state = runs.current;
      if (!state || state.pending.size === 0) {
        // A new sync: every collection loads again, and problems are counted afresh.
        state = {
          pending: new Set(all),
          stores: state?.stores ?? new Map<string, DataStore>(),
          invalid: new Map(),
          unloaded: new Set(),
          root,
        };
        runs.current = state;
        clearProblems();
      }
      state.stores.set(collection, context.store);
      const schema = schemaOf(config);
      const invalid = new Set<string>();
      state.invalid.set(collection, invalid);
      let loading = true;
      // The collection's files as the glob loader finds them, read once: for files that map to one
      // id, and for the files Astro never reached when it stopped at one that does not parse.
      const files =
        collection in readableCollections ? readEntries(root, { collections: [collection] }) : [];
      const reached = new Set<string>();

      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath
          ? projectFile(root, props.filePath)
          : `src/content/${collection}`;
        reached.add(file);
        // A file added while `astro dev` runs, with an id another file holds. During a full load the
        // folder is read instead (below): the order in which the glob loader parses files varies.
        const earlier = loading ? undefined : context.store.get(props.id)?.filePath;
        if (earlier && posix(earlier) !== file && existsSync(`${root}/${earlier}`)) {
          recordProblem({
            file,
            line: 1,
            message: `duplicate id "${props.id}" in ${collection} (also ${posix(earlier)}); Astro would keep only one of them: rename or remove one`,
          });
        }
        try {
          const parsed = await context.parseData(props);
          // YAML turns an unquoted 2025-02-30 into 2 March: the schema never sees what was written.
          const rolled = rolledOverDates(root, file, props.data);
          if (rolled.length > 0) {
            rolled.forEach(recordProblem);
            invalid.add(props.id);
            if (!loading) throw new ContentValidationError(rolled);
          }
          // A file edited while `astro dev` runs: its references are checked against the loaded content.
          if (!loading) {
            const dangling = danglingFrom(root, state, {
              collection,
              id: props.id,
              file,
              data: parsed,
            });
            if (dangling.length > 0) throw new ContentValidationError(dangling);
          }
          return parsed;
        } catch (error) {
          if (error instanceof ContentValidationError) throw error;
          const problems = schemaProblems(root, file, props.data, schema, collection);
          const found = problems.length ? problems : [problemFromError(root, collection, error)];
          found.forEach(recordProblem);
          invalid.add(props.id);
          // During the first load, keep going so one run reports every entry; later (dev edits)
          // fail this file at once with the same messages.
          if (!loading) throw new ContentValidationError(found);
          return props.data;
        }
      };

      try {
        await loader.load({ ...context, parseData });
      } catch (error) {
        if (error instanceof ContentValidationError) error.problems.forEach(recordProblem);
        else {
          // Astro stops loading a collection at a file it cannot render or parse.
          state.unloaded.add(collection);
          const problem = problemFromError(root, collection, error);
          // Frontmatter that does not parse is reported from our own reading, below, for every
          // such file, at the line YAML names (Astro's location is one line above it).
          const unparsed = files.some((f) => f.yamlError && f.file === problem.file);
          if (!unparsed && !reportedByPlugin(error)) recordProblem(problem);
        }
      } finally {
        loading = false;
        // Entries that failed their schema never reach a page, and are parsed again next time.
        for (const id of invalid) context.store.delete(id);
      }

      // Two files with one id: Astro keeps one entry and drops the other, whichever it parsed
      // last. Name every file after the first in path order, so the same file is reported on
      // every run.
      const filesById = new Map<string, string[]>();
      for (const entry of files)
        filesById.set(entry.id, [...(filesById.get(entry.id) ?? []), entry.file]);
      for (const [id, named] of filesById) {
        const [first, ...others] = named.sort();
        for (const file of others)
          recordProblem({
            file,
            line: 1,
            message: `duplicate id "${id}" in ${collection} (also ${first}); Astro would keep only one of them: rename or remove one`,
          });
      }
      // Astro stops loading a collection at its first file that does not parse, and which file
      // that is varies from run to run: every such file is named here, and the files it never
      // reached are checked against the schema, so one run reports them all.
      if (state.unloaded.has(collection)) {
        for (const entry of files) {
          if (entry.yamlError)
            recordProblem({
              file: entry.file,
              line: entry.yamlError.line,
              message: entry.yamlError.message.startsWith('YAML does not parse: ')
                ? `${entry.yamlError.message.slice('YAML '.length)} (fix the YAML at this line; quote text that holds a colon, [ or {)`
                : entry.yamlError.message,
            });
          else if (!reached.has(entry.file))
            schemaProblems(root, entry.file, entry.data, schema, collection).forEach(recordProblem);
        }
      }

      state.pending.delete(collection);
      if (state.pending.size === 0) {
        checkWhole(state);
        await checkQueries(state);
        // Plugins name files relative to the working folder; messages name them from the project root.
        const problems = recordedProblems().map((p) => ({ ...p, file: rootFile(root, p.file) }));
        if (problems.length > 0) throw new ContentValidationError(problems);
      }
    },
  };
}

/** The schema's problems with one entry's data, each with its line and what is allowed. */
function schemaProblems(
  root: string,
  file: string,
  data: unknown,
  schema: z.ZodType | undefined,
  collection: string,
) {
  if (!schema) return [];
  const result = schema.safeParse(data);
  if (result.success) return [];
  let text = '';
  try {
    text = readFileSync(`${root}/${file}`, 'utf8');
  } catch {
    // The line stays unknown; the file is still named.
  }
  const references =
    (contentModel as Record<string, { references?: Record<string, string> }>)[collection]
      ?.references ?? {};
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, data, schema, references).map(({ path, field, message }) => ({
      file,
      line: text ? lineOfPath(file, text, path) : undefined,
      field,
      message,
    })),
  );
}

interface StoredEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

/** References and integrity rules over every loaded entry. */
function checkWhole(state: RunState): void {
  const entries = storedEntries(state);
  const invalid = [...state.invalid].flatMap(([collection, ids]) =>
    [...ids].map((id) => ({ collection, id, file: '', data: {} })),
  );
  checkReferences(state.root, entries, invalid, state.unloaded);
  checkRules(state.root, entries);
  checkBodies(state.root, entries);
  // An entry with a problem is loaded afresh next time, even if its file is unchanged.
  const faulty = new Set(recordedProblems().map((p) => p.file));
  for (const entry of entries) {
    if (faulty.has(entry.file)) state.stores.get(entry.collection)?.delete(entry.id);
  }
}

/**
 * Every SQL query in the content (exercise solutions and mistakes, runnable examples) run on
 * PostgreSQL (PGlite): see src/practice/validate.ts. Skipped while other problems stand, since a
 * query check over broken entries would only repeat them.
 */
async function checkQueries(state: RunState): Promise<void> {
  if (recordedProblems().length > 0) return;
  const entries = storedEntries(state);
  for (const problem of await checkPracticeQueries(state.root, entries)) {
    const { file, path, line, field, message } = problem;
    recordProblem({
      file,
      line: line ?? (path ? lineInFile(state.root, file, path) : undefined),
      field,
      message,
    });
  }
}

/** MDX that does not parse and images that are not there, in every Markdown entry. */
function checkBodies(root: string, entries: StoredEntry[]): void {
  for (const entry of entries) {
    if (!/\.mdx?$/.test(entry.file)) continue;
    let text: string;
    try {
      text = readFileSync(`${root}/${entry.file}`, 'utf8');
    } catch {
      continue;
    }
    if (entry.file.endsWith('.mdx')) {
      const problem = mdxSyntaxProblem(entry.file, text);
      if (problem) recordProblem(problem);
    }
    missingImages(root, entry.file, text).forEach(recordProblem);
  }
}

function storedEntries(state: RunState): StoredEntry[] {
  return [...state.stores].flatMap(([collection, store]) =>
    store.values().map((entry) => ({
      collection,
      id: entry.id,
      file: entry.filePath ? posix(entry.filePath) : `src/content/${collection}/${entry.id}`,
      data: entry.data,
      body: entry.body,
    })),
  );
}

/** The dangling references of one entry, against everything loaded. */
function danglingFrom(root: string, state: RunState, entry: StoredEntry): ContentProblem[] {
  const others = storedEntries(state).filter(
    (e) => !(e.collection === entry.collection && e.id === entry.id),
  );
  return referenceProblems(root, [entry, ...others], []).filter((p) => p.file === entry.file);
}

function checkReferences(
  root: string,
  entries: StoredEntry[],
  invalid: StoredEntry[],
  unloaded: ReadonlySet<string>,
): void {
  referenceProblems(root, entries, invalid, unloaded).forEach(recordProblem);
}

/** Exported so CONTRIBUTING.md's worked example can be checked against the very message printed. */
export function referenceProblems(
  root: string,
  entries: StoredEntry[],
  invalid: StoredEntry[],
  /** Collections not loaded whole: a reference into one may point at an entry never loaded. */
  unloaded: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const graphEntries: Array<GraphEntry & { stored: StoredEntry }> = entries.map((e) => ({
    collection: e.collection,
    id: e.id,
    file: e.file,
    // Guides have no reference fields: the entries they link to in their text count instead.
    data: e.collection === 'docs' ? { linksInText: linkedEntries(e.body ?? '') } : e.data,
    stored: e,
  }));
  // Invalid entries are reported on their own; the references to them are not dangling.
  const known = [...graphEntries, ...invalid.map((e) => ({ ...e, data: {}, stored: e }))];
  const idsOf = (collection: string) =>
    known.filter((e) => e.collection === collection).map((e) => e.id);
  for (const { from, field, target } of buildLinkGraph(known).dangling) {
    if (unloaded.has(target.collection)) continue;
    const file = from.file ?? `src/content/${from.collection}/${from.id}`;
    const inText = field.startsWith('linksInText');
    const line = inText
      ? lineOfText(root, file, `/${target.collection}/${target.id}`)
      : lineInFile(root, file, parseFieldPath(field));
    problems.push({
      file,
      line,
      field: inText ? `link to /${target.collection}/${target.id}/` : field,
      message: `references ${target.collection} "${target.id}", which does not exist.${didYouMean(target.id, idsOf(target.collection))}`,
    });
  }
  return problems;
}

function lineOfText(root: string, file: string, needle: string): number | undefined {
  try {
    const index = readFileSync(`${root}/${file}`, 'utf8')
      .split(/\r?\n/)
      .findIndex((l) => l.includes(needle));
    return index === -1 ? undefined : index + 1;
  } catch {
    return undefined;
  }
}

function checkRules(root: string, entries: StoredEntry[]): void {
  const of = (collection: string) =>
    entries
      .filter((e) => e.collection === collection)
      .map((e) => ({ id: e.id, filePath: e.file, data: e.data }));
  const input = {
    plans: of('plans'),
    weeks: of('weeks'),
    projects: of('projects'),
  } as unknown as IntegrityInput;
  for (const { file, field, message } of checkIntegrity(input)) {
    recordProblem({
      file,
      line: lineInFile(root, file, parseFieldPath(field)),
      field,
      message,
      integrity: true,
    });
  }
}
