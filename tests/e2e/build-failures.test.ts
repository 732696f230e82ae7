import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite, type SiteCopy } from '../support/site-copy';

/** Content mistakes that only a real build can catch fail it, naming the file and the problem. */
describe('a build with broken content fails and says where', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = copySite();
  });
  beforeEach(() => site.reset());
  afterAll(() => site?.remove());

  const edit = (file: string, change: (text: string) => string) => {
    const path = join(site.dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  it('a Mermaid syntax error in a .md entry', async () => {
    const file = 'src/content/projects/11-airflow-dag-pipeline.md';
    let line = 0;
    edit(file, (text) => {
      const lines = text.split('\n');
      line = lines.findIndex((l) => l.startsWith('```mermaid')) + 1;
      lines.splice(line, 0, 'flowchart LR', '  A --> --> B((');
      return lines.join('\n');
    });
    const { code, output } = await site.exec('astro', ['build']);
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}:${line}`);
    expect(output).toMatch(/Mermaid diagram does not parse/);
  });

  it('a Mermaid syntax error in an .mdx page', async () => {
    const file = 'src/content/docs/about/broken-diagram.mdx';
    writeFileSync(join(site.dir, file), '---\ntitle: Broken\n---\n\nText.\n\n```mermaid\nsequenceDiagram\n  A->>: oops\n```\n');
    const { code, output } = await site.exec('astro', ['build']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken-diagram\.mdx:7/);
    expect(output).toMatch(/Mermaid diagram does not parse/);
  });

  it('no Chromium to render diagrams: the build fails and says what to install', async () => {
    // An empty diagram cache, so the first diagram needs a browser.
    const emptyCache = mkdtempSync(join(tmpdir(), 'atlas-no-diagrams-'));
    const { code, output } = await site.exec('astro', ['build'], { CHROMIUM_PATH: '/nonexistent/chromium', ATLAS_DIAGRAM_CACHE: emptyCache });
    expect(code).not.toBe(0);
    expect(output).toContain('Diagrams are rendered at build time and need Chromium.');
    expect(output).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, but no file is there.');
    expect(output).toContain('apt-get install -y chromium');
    expect(output).not.toMatch(/does not parse/);
  });

  it('a reference to an entry that does not exist', async () => {
    const file = 'src/content/projects/15-kafka-streaming-basics.md';
    edit(file, (text) => text.replace(/^topics:\n/m, 'topics:\n  - apache-kafak\n').replace(/^topics: \[/m, 'topics: [apache-kafak, '));
    const { code, output } = await site.exec('astro', ['build']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/src\/content\/projects\/15-kafka-streaming-basics\.md: field "topics\[0\]" references topics "apache-kafak", which does not exist\. Did you mean: apache-kafka\?/);
  });
});
