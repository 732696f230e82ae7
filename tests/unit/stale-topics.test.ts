import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedTopics, staleTopicWarnings } from '../../scripts/check/stale-topics.ts';
import { readContent } from '../../scripts/lib/content-files.ts';
import { isoDay } from '../../src/plans/dates';
import { monthsBefore } from '../../src/lib/topic-review';

const checkScript = join(import.meta.dirname, '../../scripts/check.ts');
const now = new Date();
const today = isoDay(now);
const sevenMonthsAgo = isoDay(monthsBefore(new Date(`${today}T00:00:00Z`), 7));

/** A project with nothing but topics: enough for the reader, and for Astro's sync to pass. */
let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'atlas-stale-topics-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "stale-topics", "type": "module" }\n');
  const topics = join(project, 'src/content/topics');
  mkdirSync(topics, { recursive: true });
  const topic = (id: string, reviewed: string, fields = 'category: foundations\nkind: concept') =>
    writeFileSync(
      join(topics, `${id}.md`),
      `---\ntitle: ${id}\n${fields}\nreviewed: ${reviewed}\n---\nText.\n`,
    );
  topic('old-review', '2020-01-05');
  topic('recent-review', today);
  // Seven months: too old for a product in a fast-moving category, recent for anything else.
  topic('cloud-product', sevenMonthsAgo, 'category: cloud\nkind: product\nversion: "X 1"');
  topic('cloud-concept', sevenMonthsAgo, 'category: cloud\nkind: concept');
  topic('career-product', sevenMonthsAgo, 'category: career\nversion: "Y 2"');
  topic('unclassified', today, 'category: cloud');
  // Not a date the schema accepts: the schema reports it, the staleness warning does not guess.
  topic('impossible-day', '2020-02-30');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('topics not reviewed within their review interval', () => {
  it('reads each topic file, its review day and what decides its interval', () => {
    const topics = reviewedTopics(readContent(project));
    expect(topics.find((t) => t.id === 'old-review')).toEqual({
      id: 'old-review',
      file: 'src/content/topics/old-review.md',
      reviewed: new Date('2020-01-05T00:00:00Z'),
      category: 'foundations',
      kind: 'concept',
    });
    expect(topics.find((t) => t.id === 'cloud-product')).toMatchObject({
      category: 'cloud',
      kind: 'product',
      version: 'X 1',
    });
    expect(topics.map((t) => t.id).sort()).toEqual([
      'career-product',
      'cloud-concept',
      'cloud-product',
      'old-review',
      'recent-review',
      'unclassified',
    ]);
  });

  it('warns about an old review, a fast-moving product after 6 months, and unclassified topics', () => {
    const warnings = staleTopicWarnings(project, new Date(`${today}T12:00:00Z`));
    expect(warnings).toEqual([
      'src/content/topics/old-review.md: reviewed 2020-01-05, more than 12 months ago; check the text against its sources and update `reviewed`',
      `src/content/topics/cloud-product.md: reviewed ${sevenMonthsAgo}, more than 6 months ago (a product in a fast-moving category); check the text against its sources and update \`reviewed\``,
      '1 topic states neither kind nor version; add `kind: product` with `version`, or `kind: concept`: unclassified',
    ]);
  });

  it('prints the warning in npm run check, which still exits 0', () => {
    const run = spawnSync(process.execPath, [checkScript, '--only', 'content', '--root', project], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.stdout).toContain('warning: src/content/topics/old-review.md: reviewed 2020-01-05');
    expect(run.stdout).not.toContain('recent-review');
    expect(run.stdout).toMatch(/✔ check: content ok \(3 warnings, [\d.]+s\)/);
    expect(run.status).toBe(0);
  }, 120_000);
});
