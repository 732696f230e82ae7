import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedTopics, staleTopicWarnings } from '../../scripts/check/stale-topics.mjs';
import { readContent } from '../../scripts/lib/content-files.mjs';
import { isoDay } from '../../src/lib/topic-review';

const checkScript = join(import.meta.dirname, '../../scripts/check.mjs');
const today = isoDay(new Date());

/** A project with nothing but topics: enough for the reader, and for Astro's sync to pass. */
let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'atlas-stale-topics-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "stale-topics", "type": "module" }\n');
  const topics = join(project, 'src/content/topics');
  mkdirSync(topics, { recursive: true });
  const topic = (id: string, reviewed: string) =>
    writeFileSync(
      join(topics, `${id}.md`),
      `---\ntitle: ${id}\nreviewed: ${reviewed}\n---\nText.\n`,
    );
  topic('old-review', '2020-01-05');
  topic('recent-review', today);
  // Not a date the schema accepts: the schema reports it, the staleness warning does not guess.
  topic('impossible-day', '2020-02-30');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('topics not reviewed in the last 12 months', () => {
  it('reads each topic file and its review day through the content reader', () => {
    const topics = reviewedTopics(readContent(project));
    expect(topics.map((t) => [t.id, t.file, isoDay(t.reviewed)])).toEqual([
      ['old-review', 'src/content/topics/old-review.md', '2020-01-05'],
      ['recent-review', 'src/content/topics/recent-review.md', today],
    ]);
  });

  it('warns about an old review and not about a recent one', () => {
    const warnings = staleTopicWarnings(project, new Date(`${today}T12:00:00Z`));
    expect(warnings).toEqual([
      'src/content/topics/old-review.md: reviewed 2020-01-05, more than 12 months ago; check the text against its sources and update `reviewed`',
    ]);
  });

  it('prints the warning in npm run check, which still exits 0', () => {
    const run = spawnSync(process.execPath, [checkScript, '--only', 'content', '--root', project], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.stdout).toContain('warning: src/content/topics/old-review.md: reviewed 2020-01-05');
    expect(run.stdout).not.toContain('recent-review');
    expect(run.stdout).toMatch(/✔ check: content ok \(1 warning, [\d.]+s\)/);
    expect(run.status).toBe(0);
  }, 120_000);
});
