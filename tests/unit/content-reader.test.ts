import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import {
  entryId,
  fieldLine,
  parseEntry,
  readCollectionFiles,
  readEntries,
} from '../../scripts/lib/content-reader';

const root = mkdtempSync(join(tmpdir(), 'atlas-reader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

/**
 * Ids as Astro's own glob loader gives them: `astro sync` (Astro's programmatic API) on a project
 * of its own in `root`, whose one collection wraps the glob loader (the public loader API) and
 * prints each id it parses. It runs in a Node process of its own: Astro's Vite does not load a
 * content config inside Vitest's module runner.
 */
function astroIds(base: string, pattern: string): string[] {
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const files = glob({ base: ${JSON.stringify(base)}, pattern: ${JSON.stringify(pattern)} });
export const collections = {
  notes: defineCollection({
    loader: {
      name: 'ids',
      load: (context) =>
        files.load({
          ...context,
          parseData: (entry) => (console.log(JSON.stringify({ id: entry.id })), context.parseData(entry)),
        }),
    },
  }),
};
`,
  );
  // Its own cache folder: the store of an earlier sync would skip the files it already holds.
  const program = `import { sync } from 'astro';
await sync({ root: process.cwd(), cacheDir: './cache/', configFile: false, logLevel: 'silent' });`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd: root,
    encoding: 'utf8',
  });
  return output
    .split('\n')
    .filter((line) => line.startsWith('{"id":'))
    .map((line) => (JSON.parse(line) as { id: string }).id)
    .sort();
}

describe('ids, as Astro derives them', () => {
  const files = [
    'Getting Started.md',
    'Case/Mixed Case Name.md',
    'nested/deeper/page.md',
    'nested/index.md',
    'Ünïcode & Punctuation!.md',
    'with.dots.in.name.md',
  ];
  for (const file of files) write(`src/content/notes/${file}`, '---\ntitle: x\n---\n');
  write('src/content/notes/renamed.md', '---\ntitle: x\nslug: chosen/by-slug\n---\n');

  it("match the ids of Astro's glob loader for spaces, case, punctuation, nesting, index files and slug:", () => {
    const ours = readCollectionFiles(join(root, 'src/content/notes'))
      .map((f) => f.id)
      .sort();
    expect(ours).toEqual(astroIds('./src/content/notes', '**/*.md'));
    expect(ours).toContain('getting-started');
    expect(ours).toContain('case/mixed-case-name');
    expect(ours).toContain('nested');
    expect(ours).toContain('chosen/by-slug');
  });

  it('drops only the last extension', () => {
    expect(entryId('Week 1.MD')).toBe('week-1');
    expect(entryId('a/b.c.yaml')).toBe('a/bc');
  });
});

describe('frontmatter, as Astro reads it', () => {
  it('reads a file with a byte-order mark and Windows line endings, with the right lines', () => {
    const text =
      '\uFEFF---\r\ntitle: Crème brûlée\r\nstartDate: 2025-08-19\r\ntopics:\r\n  - dbt\r\n---\r\n\r\nBody text.\r\n';
    const entry = parseEntry('topics', 'src/content/topics/x.md', 'x.md', text);
    expect(entry.data).toEqual({
      title: 'Crème brûlée',
      startDate: new Date('2025-08-19T00:00:00Z'),
      topics: ['dbt'],
    });
    expect(entry.data).toEqual(parseFrontmatter(text).frontmatter);
    expect(entry.frontmatterLine).toBe(2);
    expect(fieldLine(entry, ['topics', 0])).toBe(4);
    expect(entry.bodyLine).toBe(7);
    expect(entry.body).toBe('Body text.');
    expect(entry.yamlError).toBeUndefined();
  });

  it('turns unquoted YAML dates into Dates as Astro does, or keeps the text when asked', () => {
    const text = '---\nstart: 2025-08-19\nend: 2025-02-30\nquoted: "2025-08-19"\n---\n';
    const astro = parseEntry('plans', 'p.md', 'p.md', text);
    // YAML's timestamp type (and so Astro) rolls an impossible day over into the next month.
    expect(astro.data).toEqual({
      start: new Date('2025-08-19T00:00:00Z'),
      end: new Date('2025-03-02T00:00:00Z'),
      quoted: '2025-08-19',
    });
    const asText = parseEntry('plans', 'p.md', 'p.md', text, { datesAsText: true });
    expect(asText.data).toEqual({ start: '2025-08-19', end: '2025-02-30', quoted: '2025-08-19' });
  });

  it('reads a YAML data file whole, byte-order mark included', () => {
    const entry = parseEntry(
      'resources',
      'r.yaml',
      'r.yaml',
      '\uFEFFtitle: DDIA\r\nkind: book\r\n',
    );
    expect(entry.data).toEqual({ title: 'DDIA', kind: 'book' });
    expect(fieldLine(entry, ['kind'])).toBe(2);
  });

  it("says what is wrong with YAML in the words of the build's own parser", () => {
    // The message `astro build` and `astro sync` give for this file (tests/e2e/bad-content.test.ts).
    const entry = parseEntry(
      'templates',
      't.md',
      't.md',
      '---\ntitle: [unclosed\nsummary: S.\n---\n',
    );
    expect(entry.yamlError?.message).toBe(
      'YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('names the line of a YAML error', () => {
    const entry = parseEntry(
      'topics',
      't.md',
      't.md',
      '---\ntitle: x\ntopics: [unclosed\nsummary: y\n---\n',
    );
    expect(entry.yamlError?.message).toMatch(/^YAML does not parse: /);
    expect(entry.yamlError?.line).toBeGreaterThanOrEqual(3);
    expect(entry.yamlError?.line).toBeLessThanOrEqual(5);
    expect(
      parseEntry('r', 'r.yaml', 'r.yaml', 'title: x\nkind: [book\n').yamlError?.line,
    ).toBeGreaterThanOrEqual(2);
  });

  it('says when a frontmatter is never closed, and reads a file without one as all body', () => {
    expect(parseEntry('topics', 't.md', 't.md', '---\ntitle: x\n\nBody').yamlError).toEqual({
      line: 1,
      message: 'the frontmatter opened with --- is never closed with a second ---',
    });
    const plain = parseEntry('topics', 't.md', 't.md', '# Just Markdown\n');
    expect(plain.data).toEqual({});
    expect(plain.yamlError).toBeUndefined();
    expect(plain.body).toBe('# Just Markdown');
  });

  it('refuses a frontmatter that is not a set of fields', () => {
    expect(parseEntry('r', 'r.yaml', 'r.yaml', '- a\n- b\n').yamlError?.message).toBe(
      'the file must be a set of `key: value` fields',
    );
  });
});

describe('readEntries', () => {
  write('src/content/topics/Stream Joins.md', '---\ntitle: Stream joins\n---\n');
  write('src/content/topics/notes.txt', 'not an entry');
  write('src/content/weeks/my-plan/week-1.md', '---\nplan: my-plan\nnumber: 1\n---\n');
  write('src/content/resources/ddia.yml', 'title: DDIA\n');
  write('src/content/docs/guides/index.md', '---\ntitle: Guides\n---\n');
  write('src/content/docs/guides/_draft.md', '---\ntitle: Draft\n---\n');

  it("reads each collection's own file types from the content model, and Starlight's docs without `_` files", () => {
    const entries = readEntries(root, { collections: ['topics', 'weeks', 'resources', 'docs'] });
    expect(entries.map((e) => `${e.collection}/${e.id} ${e.file}`)).toEqual([
      'topics/stream-joins src/content/topics/Stream Joins.md',
      'weeks/my-plan/week-1 src/content/weeks/my-plan/week-1.md',
      'resources/ddia src/content/resources/ddia.yml',
      'docs/guides src/content/docs/guides/index.md',
    ]);
  });

  it('names the collections it knows when asked for another', () => {
    expect(() => readEntries(root, { collections: ['lessons'] })).toThrow(
      /unknown collection "lessons" \(allowed: plans, weeks, .*sources, docs\)/,
    );
  });
});
