import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, fixture, lineOf } from '../fixtures/run';

/**
 * Content mistakes fail `astro build`, naming the file and the problem. Each case adds one file
 * to the small fixture site tests/fixtures/good-content, builds it and removes the file again.
 */
const SITE = fixture('good-content');
const BUILD_TIMEOUT = 180_000;

describe('a build with broken content fails and says where', () => {
  const added: string[] = [];
  const add = (file: string, text: string) => {
    writeFileSync(join(SITE, file), text);
    added.push(file);
    return file;
  };
  afterEach(() => {
    for (const file of added.splice(0)) rmSync(join(SITE, file), { force: true });
  });

  it('good content builds', { timeout: BUILD_TIMEOUT }, async () => {
    const { code, output } = await build(SITE);
    expect(output).toMatch(/page\(s\) built in/);
    expect(code).toBe(0);
  });

  it('a Mermaid syntax error in a .md entry', { timeout: BUILD_TIMEOUT }, async () => {
    const file = add(
      'src/content/topics/broken-diagram.md',
      '---\ntitle: Broken\ncategory: modeling\nsummary: S.\n---\n\nText.\n\n```mermaid\nflowchart LR\n  A --> --> B((\n```\n',
    );
    const { code, output } = await build(SITE);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${file}:${lineOf(SITE, file, '```mermaid')}: Mermaid diagram does not parse`,
    );
  });

  it('a Mermaid syntax error in an .mdx page', { timeout: BUILD_TIMEOUT }, async () => {
    add(
      'src/content/docs/broken-diagram.mdx',
      '---\ntitle: Broken\n---\n\nText.\n\n```mermaid\nsequenceDiagram\n  A->>: oops\n```\n',
    );
    const { code, output } = await build(SITE);
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken-diagram\.mdx:7/);
    expect(output).toMatch(/Mermaid diagram does not parse/);
  });

  it(
    'no Chromium to render diagrams: the build fails and says what to install',
    { timeout: BUILD_TIMEOUT },
    async () => {
      add(
        'src/content/topics/a-diagram.md',
        '---\ntitle: Diagram\ncategory: modeling\nsummary: S.\n---\n\n```mermaid\nflowchart LR\n  A --> B\n```\n',
      );
      // An empty diagram cache, so the diagram needs a browser.
      const emptyCache = mkdtempSync(join(tmpdir(), 'atlas-no-diagrams-'));
      try {
        const { code, output } = await build(SITE, {
          CHROMIUM_PATH: '/nonexistent/chromium',
          ATLAS_DIAGRAM_CACHE: emptyCache,
        });
        expect(code).not.toBe(0);
        expect(output).toContain('Diagrams are rendered at build time and need Chromium.');
        expect(output).toContain(
          'CHROMIUM_PATH is set to /nonexistent/chromium, but no file is there.',
        );
        expect(output).toContain('apt-get install -y chromium');
        expect(output).not.toMatch(/does not parse/);
      } finally {
        rmSync(emptyCache, { recursive: true, force: true });
      }
    },
  );

  it('a reference to an entry that does not exist', { timeout: BUILD_TIMEOUT }, async () => {
    const file = add(
      'src/content/projects/dangling.md',
      '---\ntitle: P\nlevel: beginner\nsummary: S.\ntopics:\n  - apache-pinto\nsource: thirty-projects\n---\n',
    );
    const { code, output } = await build(SITE);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${file}:${lineOf(SITE, file, 'apache-pinto')}: topics[0]: references topics "apache-pinto", which does not exist. Did you mean: apache-pinot?`,
    );
  });

  it(
    'an MDX tag never closed, and a missing image, with file and line',
    { timeout: BUILD_TIMEOUT },
    async () => {
      const mdx = add(
        'src/content/docs/unclosed.mdx',
        '---\ntitle: Unclosed\n---\n\nText.\n\n<div>\nunclosed\n',
      );
      const image = add(
        'src/content/docs/no-image.md',
        '---\ntitle: Image\n---\n\n![A chart](./chart.png)\n',
      );
      const { code, output } = await build(SITE);
      expect(code).not.toBe(0);
      expect(output).toContain(
        `${mdx}:${lineOf(SITE, mdx, '<div>')}: MDX: Expected a closing tag for \`<div>\``,
      );
      expect(output).toContain(
        `${image}:${lineOf(SITE, image, '![A chart]')}: image ./chart.png: image file not found`,
      );
    },
  );
});
