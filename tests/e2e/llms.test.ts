import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLlmsOutput } from '../support/llms-output';
import { siteConfig } from '../../src/site.config';

/**
 * The atlas for tools that read text: /llms.txt lists every entry with its page, each content page
 * has its Markdown beside it (linked from the page, no script), and /llms-full.txt holds them all.
 * tests/e2e/subpath.test.ts checks the same files in a build under a base path with a site URL.
 */
describe('llms.txt and the Markdown of each page', () => {
  const dist = inject('distDir');
  const check = checkLlmsOutput(process.cwd(), dist, { base: '/' });

  it('lists every plan, week, project, topic, checklist, template, reading list, exercise and dataset', () => {
    expect(check.problems).toEqual([]);
    for (const collection of ['plans', 'weeks', 'projects', 'topics', 'checklists', 'templates'])
      expect(check.entries.filter((e) => e.startsWith(`${collection}/`)).length).toBeGreaterThan(0);
    expect(check.llmsTxt.startsWith(`# ${siteConfig.title}\n\n> ${siteConfig.description}\n`)).toBe(
      true,
    );
    console.log(
      `llms.txt ${Buffer.byteLength(check.llmsTxt)} bytes, llms-full.txt ${Buffer.byteLength(check.llmsFull)} bytes, ${check.entries.length} entries`,
    );
  });

  it('links a content page to its Markdown with a plain link, and other pages not at all', () => {
    const page = readFileSync(join(dist, 'topics/apache-kafka/index.html'), 'utf8');
    expect(page).toMatch(
      /<a href="\/topics\/apache-kafka\/index\.md"[^>]*>\s*This page as Markdown/,
    );
    for (const other of ['progress/index.html', 'index.html', 'topics/index.html'])
      expect(readFileSync(join(dist, other), 'utf8')).not.toContain('This page as Markdown');
  });

  it("writes a checklist's items and a project's tasks into its Markdown", () => {
    const checklist = readFileSync(
      join(dist, 'checklists/senior-resources-readiness/index.md'),
      'utf8',
    );
    expect(checklist).toMatch(/^- \[ \] \S/m);
    const project = readFileSync(
      join(dist, 'projects/01-csv-to-postgresql-loader/index.md'),
      'utf8',
    );
    expect(project).toMatch(/^## Tasks\n\n- \[ \] \S/m);
  });
});
