import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCollectionFiles } from '../../scripts/lib/content-reader';

/** Every built HTML page, as [path relative to dist, html]. */
function builtPages(distDir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') || name.endsWith('.md'))
        out.push([relative(distDir, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(distDir);
  return out;
}

const content = (collection: string) =>
  readCollectionFiles(join(process.cwd(), 'src', 'content', collection));

describe('content rules over the built site', () => {
  it('no page shows mojibake from the seeds (â€, Ã, ðŸ, ğŸ, Â)', () => {
    const offenders = builtPages(inject('distDir'))
      .map(
        ([path, html]) =>
          [
            path,
            /â€|â†|Ã[\x80-\xBF\u0080-\u00ff]|ðŸ|ğŸ|Â[\u00a0-\u00bf ]/.exec(html)?.[0],
          ] as const,
      )
      .filter(([, hit]) => hit);
    expect(offenders).toEqual([]);
  });

  it('every topic is used by at least one week, project, plan, resource, checklist or guide, and its page says so', () => {
    const unused: string[] = [];
    for (const topic of content('topics')) {
      const html = readFileSync(join(inject('distDir'), 'topics', topic.id, 'index.html'), 'utf8');
      if (!/id="(projects|plan-weeks|plans|resources|checklists|guides)"/.test(html))
        unused.push(topic.id);
    }
    expect(unused).toEqual([]);
  });

  it('every project page links to at least one topic', () => {
    const without = content('projects').filter((p) => {
      const html = readFileSync(join(inject('distDir'), 'projects', p.id, 'index.html'), 'utf8');
      return !/class="topic-chips[^"]*"[\s\S]*?href="[^"]*\/topics\//.test(html);
    });
    expect(without.map((p) => p.id)).toEqual([]);
  });

  it('every week of the 9-week plan links to the project the seed gives it, and week 10 of the path to the capstone', () => {
    const weekPage = (plan: string, n: number) =>
      readFileSync(join(inject('distDir'), 'plans', plan, `week-${n}`, 'index.html'), 'utf8');
    for (let n = 1; n <= 8; n++)
      expect(weekPage('senior-study-plan-2025', n), `week ${n}`).toMatch(
        new RegExp(`href="/projects/study-plan-p${n}-`),
      );
    expect(weekPage('senior-study-plan-2025', 9)).toMatch(/href="\/projects\/study-plan-capstone-/);
    expect(weekPage('learning-path-10-week', 10)).toMatch(
      /href="\/projects\/learning-path-capstone-enterprise-data-platform\/"/,
    );
  });

  it('every collection is filled', () => {
    for (const collection of [
      'plans',
      'weeks',
      'projects',
      'topics',
      'resources',
      'reading',
      'templates',
      'checklists',
    ]) {
      expect(content(collection).length, collection).toBeGreaterThan(0);
    }
    expect(content('projects').filter((p) => p.data.source === 'thirty-projects')).toHaveLength(30);
    expect(content('weeks').filter((w) => w.data.plan === 'learning-path-10-week')).toHaveLength(
      10,
    );
    expect(content('weeks').filter((w) => w.data.plan === 'senior-study-plan-2025')).toHaveLength(
      9,
    );
  });
});
