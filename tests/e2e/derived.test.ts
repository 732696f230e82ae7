import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite, type SiteCopy } from '../support/site-copy';

/**
 * The text of each diagram on a page (the labels Mermaid drew), one string per figure. Mermaid
 * splits a label into one <tspan> per word, each carrying its own leading space.
 */
function diagramTexts(html: string): string[] {
  const figures = html.matchAll(/<figure class="diagram"[\s\S]*?<\/figure>/g);
  return [...figures].map((m) => m[0].replace(/<[^>]+>/g, ''));
}

/**
 * Lists and diagrams are computed from the content: one new project shows up everywhere it should.
 * The site is the project built over a small content folder (tests/fixtures/small-site).
 */
describe('derived lists and diagrams', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = fixtureSite('small-site');
  });
  afterAll(() => site?.remove());

  it('a new project with one topic appears on the topic page, in the catalog and on the learning map', async () => {
    writeFileSync(
      join(site.dir, 'src/content/projects/99-hudi-upsert-lab.md'),
      [
        '---',
        'title: Hudi Upsert Lab',
        'number: 99',
        'level: advanced',
        'summary: Upsert a change stream into a Hudi table.',
        'tasks:',
        '  - Write a merge-on-read table',
        'topics: [apache-hudi]',
        'source: thirty-projects',
        '---',
        '',
      ].join('\n'),
    );
    const { code, output } = await site.exec('astro', ['build']);
    expect(code, output).toBe(0);
    const page = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8');
    const link = 'href="/projects/99-hudi-upsert-lab/"';

    const topic = page('topics/apache-hudi');
    expect(topic).toContain(link);
    // In the neighbourhood diagram too: a node labelled with the project.
    expect(diagramTexts(topic).some((text) => text.includes('Hudi Upsert Lab'))).toBe(true);

    const catalog = page('projects');
    expect(catalog).toContain(link);
    expect(catalog).toMatch(/data-project="99-hudi-upsert-lab"[^>]*data-topics="apache-hudi"/);

    const map = page('map');
    expect(map).toContain(link);
    // Listed under its level, with the topic it practises as a link.
    expect(map).toMatch(
      /<li class="map-project[^>]*><a [^>]*href="\/projects\/99-hudi-upsert-lab\/"[^>]*>Hudi Upsert Lab<\/a>[\s\S]*?href="\/topics\/apache-hudi\/"/,
    );
  }, 300_000);
});
