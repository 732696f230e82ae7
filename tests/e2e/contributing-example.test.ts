import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCollections, contentModel } from '../../src/content-model';
import { buildLinkGraph } from '../../src/lib/links';
import { referenceProblems } from '../../src/validation/loader';
import { formatProblem } from '../../src/validation/problems';
import { fieldLine, readEntries, type ContentEntry } from '../../scripts/lib/content-reader';

/**
 * CONTRIBUTING.md's worked example, followed as written: every `npm run new` command of that
 * section runs in a small copy of the project (the content, the schemas and the tools, no site
 * build), every file the section shows filled in replaces its scaffold, and then every entry must
 * pass its schema from the content model with every reference resolving. So the guide cannot
 * drift from the scaffold or the schemas without this failing.
 */
const run = promisify(execFile);
const ROOT = process.cwd();
const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const section = guide.slice(
  guide.indexOf('## Worked example'),
  guide.indexOf('## Checking your work'),
);

interface Step {
  commands: string[][];
  files: Array<{ file: string; text: string }>;
}

/** Shell words of one command line: "quoted words" stay one argument; a trailing # comment goes. */
const words = (line: string) =>
  [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

/** The `npm run new` commands and the filled-in files of the section, in order. */
function exampleSteps(): Step {
  const steps: Step = { commands: [], files: [] };
  let lastFile: string | undefined;
  for (const part of section.split(/^```/m).map((text, i) => ({ text, code: i % 2 === 1 }))) {
    if (!part.code) {
      lastFile =
        [...part.text.matchAll(/`(src\/content\/[^`]+\.(?:md|mdx|ya?ml))`/g)].at(-1)?.[1] ??
        lastFile;
      continue;
    }
    const [lang, ...lines] = part.text.split('\n');
    if (lang === 'sh') {
      for (const line of lines)
        if (line.startsWith('npm run new -- '))
          steps.commands.push(words(line.slice('npm run new -- '.length)));
    } else if ((lang === 'md' || lang === 'yaml') && lastFile) {
      steps.files.push({ file: lastFile, text: lines.join('\n') });
      lastFile = undefined;
    }
  }
  return steps;
}

describe("CONTRIBUTING.md's worked example", () => {
  const steps = exampleSteps();
  let dir: string;
  const created = new Map<string, string>();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-contributing-'));
    for (const path of [
      'package.json',
      'scripts',
      'src/content-model.ts',
      'src/schemas',
      'src/lib',
      'src/content',
    ]) {
      cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows commands to scaffold a source, a topic, a project and a resource, and each file filled in', () => {
    expect(steps.commands.map((args) => args[0])).toEqual([
      'source',
      'topic',
      'project',
      'resource',
    ]);
    expect(steps.files.map((f) => f.file)).toEqual([
      'src/content/sources/team-notes.yaml',
      'src/content/docs/sources/team-notes.md',
      'src/content/topics/stream-joins.md',
      'src/content/projects/clickstream-sessionizer.md',
      'src/content/resources/flink-joins-docs.yaml',
    ]);
  });

  it('each npm run new command creates the file the guide names', { timeout: 60_000 }, async () => {
    for (const args of steps.commands) {
      const { stdout } = await run(process.execPath, ['scripts/new.ts', ...args], { cwd: dir });
      const file = /^Created (\S+)/m.exec(stdout)?.[1];
      expect(file, stdout).toBeDefined();
      expect(existsSync(join(dir, file!))).toBe(true);
      created.set(file!, readFileSync(join(dir, file!), 'utf8'));
    }
    for (const { file } of steps.files.filter((f) => !f.file.startsWith('src/content/docs/')))
      expect([...created.keys()]).toContain(file);
  });

  it('the filled-in files keep every field the scaffold requires, and leave no placeholder', () => {
    // Top-level fields of the frontmatter (or of the YAML document).
    const keys = (text: string) => {
      const fields = text.startsWith('---') ? text.split(/^---$/m)[1] : text;
      return new Set([...fields.matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]));
    };
    for (const { file, text } of steps.files) {
      const scaffold = created.get(file);
      if (scaffold)
        for (const key of keys(scaffold)) expect(keys(text), `${file}: ${key}`).toContain(key);
      expect(text, file).not.toContain('TODO:');
      writeFileSync(join(dir, file), text.endsWith('\n') ? text : `${text}\n`);
    }
  });

  it('every entry then passes its schema from the content model, every reference resolving', () => {
    const entries = readEntries(dir);
    const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
    const reference = (collection: string) =>
      z
        .string()
        .refine((id) => known.has(`${collection}/${id}`), {
          message: `no such ${collection} entry`,
        })
        .transform((id) => ({ collection, id }));
    const problems: string[] = [];
    for (const collection of contentCollections) {
      const schema = contentModel[collection].schema(reference as never);
      for (const entry of entries.filter((e) => e.collection === collection)) {
        const result = schema.safeParse(entry.data);
        if (!result.success)
          problems.push(
            `${entry.file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
      }
    }
    expect(problems).toEqual([]);
    for (const { file } of steps.files)
      expect(
        entries.some((e) => e.file === file),
        file,
      ).toBe(true);
  });

  it('a typo in a topic id is reported as the guide says', () => {
    const file = 'src/content/projects/clickstream-sessionizer.md';
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toContain('topics: [stream-joins,');
    writeFileSync(join(dir, file), text.replace('topics: [stream-joins,', 'topics: [stream-join,'));
    const entries = readEntries(dir, { collections: ['topics', 'projects'] });
    const graphEntries = entries.map((e: ContentEntry) => ({
      collection: e.collection,
      id: e.id,
      file: e.file,
      data: {
        topics: Array.isArray(e.data.topics)
          ? e.data.topics.map((id) => ({ collection: 'topics', id: String(id) }))
          : [],
      },
    }));
    const { dangling } = buildLinkGraph(graphEntries);
    expect(dangling).toHaveLength(1);
    // The line the content sync prints for it (npm run check, dev and build), at the list's line.
    const problems = referenceProblems(dir, graphEntries, []);
    expect(problems).toHaveLength(1);
    const project = entries.find((e) => e.file === file)!;
    expect(problems[0]).toMatchObject({
      file,
      line: fieldLine(project, ['topics']),
      field: 'topics[0]',
    });
    expect(section.replace(/\s+/g, ' ')).toContain(formatProblem(problems[0]));
  });
});
