import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite, type SiteCopy } from '../support/site-copy';

/**
 * Every kind of content mistake a fork can make is refused, and the message names the file and
 * the problem. Each case edits a fresh copy of src/ and runs the cheapest command that catches it:
 * `astro sync` for what the schemas say, `npm run check -- --only …` for what Astro only logs or
 * cannot see (references, duplicate ids, placeholders, mojibake, integrity rules), and a build
 * only for links and for the integrity rules inside the build itself.
 */
/** A build in a fresh copy renders every page and diagram once: allow for a busy 2-core machine. */
const BUILD_TIMEOUT = 240_000;

describe('broken content is refused with the file and the problem', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = copySite();
  });
  beforeEach(() => site.reset());
  afterAll(() => site?.remove());

  const path = (file: string) => join(site.dir, file);
  const edit = (file: string, change: (text: string) => string) => {
    const before = readFileSync(path(file), 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing: the test no longer matches the content`);
    writeFileSync(path(file), after);
  };
  const sync = () => site.exec('astro', ['sync']);
  const check = (...only: string[]) => site.node('scripts/check.mjs', ['--only', only.join(',')]);

  const KAFKA = 'src/content/projects/15-kafka-streaming-basics.md';
  const DBT = 'src/content/topics/dbt.md';
  const WEEK1 = 'src/content/weeks/senior-study-plan-2025/week-1.md';
  const PLAN = 'src/content/plans/senior-study-plan-2025.md';

  describe('what the schemas reject (astro sync)', () => {
    it('a missing required field', async () => {
      edit(DBT, (t) => t.replace(/^summary:.*\n/m, ''));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(DBT);
      expect(output).toMatch(/summary\W+summary: Required/);
    });

    it('a value outside its vocabulary, listing the allowed ones', async () => {
      edit(KAFKA, (t) => t.replace(/^level: intermediate$/m, 'level: medium'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(KAFKA);
      expect(output).toMatch(/level: Invalid option: expected one of "beginner"\|"intermediate"\|"advanced"\|"expert"/);
    });

    it('an empty title', async () => {
      edit(DBT, (t) => t.replace(/^title: "dbt"$/m, 'title: "  "'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(DBT);
      expect(output).toMatch(/title: must not be empty/);
    });

    it('an unknown frontmatter key (a typo of a real one)', async () => {
      edit(DBT, (t) => t.replace(/^aliases:/m, 'alias:'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(DBT);
      expect(output).toMatch(/Unrecognized key: "alias"/);
    });

    it('a date that is not written YYYY-MM-DD', async () => {
      edit(WEEK1, (t) => t.replace(/^startDate: 2025-08-19$/m, 'startDate: 19 Aug 2025'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(WEEK1);
      expect(output).toMatch(/startDate: must be a date written as YYYY-MM-DD/);
    });

    it('a YAML syntax error', async () => {
      const file = 'src/content/resources/designing-data-intensive-applications.yaml';
      edit(file, (t) => t.replace(/^topics:$/m, 'topics: [unclosed'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toMatch(/failed to parse/);
    });

    it('two checklist items with the same id', async () => {
      const file = 'src/content/checklists/study-plan-weekly-plan-checklist.md';
      edit(file, (t) => t.replace(/^  - Labs completed; notes on cost\/security\/perf$/m, '  - { id: portfolio-updated-readme-diagrams-metrics, text: Labs completed }'));
      const { code, output } = await sync();
      expect(code).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toMatch(/duplicate item id "portfolio-updated-readme-diagrams-metrics"/);
    });
  });

  describe('what Astro only logs or cannot see (npm run check)', () => {
    it('a reference to an entry that does not exist, with a suggestion', async () => {
      edit(KAFKA, (t) => t.replace(/^topics: \[apache-kafka/m, 'topics: [apache-kafak'));
      const { code, output } = await check('content');
      expect(code).not.toBe(0);
      expect(output).toMatch(/src\/content\/projects\/15-kafka-streaming-basics\.md:\d+: field "topics\[0\]" references topics "apache-kafak", which does not exist\. Did you mean: apache-kafka\?/);
    });

    it('two files with the same id', async () => {
      copyFileSync(path(DBT), path('src/content/topics/dbt.mdx'));
      const { code, output } = await check('content');
      expect(code).not.toBe(0);
      expect(output).toContain('src/content/topics/dbt.mdx:1: duplicate id "dbt" in topics (also src/content/topics/dbt.md)');
    });

    it('a date that does not exist (YAML would roll 2025-02-30 over into March)', async () => {
      edit(WEEK1, (t) => t.replace(/^endDate: 2025-08-24$/m, 'endDate: 2025-08-32'));
      const { code, output } = await check('content');
      expect(code).not.toBe(0);
      expect(output).toContain(`${WEEK1}:6: endDate: must be a date written as YYYY-MM-DD`);
    });

    it('a Mermaid diagram that does not parse, with its line', async () => {
      const file = 'src/content/projects/11-airflow-dag-pipeline.md';
      let line = 0;
      edit(file, (t) => {
        const lines = t.split('\n');
        line = lines.findIndex((l) => l.startsWith('```mermaid')) + 1;
        lines.splice(line, 0, 'flowchart LR', '  A --> --> B((');
        return lines.join('\n');
      });
      const { code, output } = await check('content');
      expect(code).not.toBe(0);
      expect(output).toContain(`${file}:${line}: Mermaid diagram does not parse`);
    });

    it('a placeholder left in', async () => {
      edit(DBT, (t) => t.replace(/^summary: .*$/m, 'summary: "TODO: one or two sentences in our own words"'));
      const { code, output } = await check('lint');
      expect(code).not.toBe(0);
      expect(output).toContain(`${DBT}:4: placeholder left in: "TODO: one or two sentences in our own words" (replace it with real content)`);
    });

    it('mojibake from a wrong code page, with the character it stands for', async () => {
      edit(DBT, (t) => `${t}\nThe modelâ€™s tests run first â†’ then the models.\n`);
      const { code, output } = await check('lint');
      expect(code).not.toBe(0);
      expect(output).toMatch(/src\/content\/topics\/dbt\.md:\d+: mojibake "â€™" \(.*probably "’"\)/);
      expect(output).toMatch(/src\/content\/topics\/dbt\.md:\d+: mojibake "â†’" \(.*probably "→"\)/);
    });

    it('every schema problem in one run, not only the first file', async () => {
      edit(DBT, (t) => t.replace(/^category: orchestration$/m, 'category: tools'));
      edit(KAFKA, (t) => t.replace(/^level: intermediate$/m, 'level: medium'));
      const { code, output } = await check('content');
      expect(code).not.toBe(0);
      expect(output).toMatch(/src\/content\/topics\/dbt\.md:\d+: category: "tools" is not allowed \(allowed: foundations, languages/);
      expect(output).toMatch(/src\/content\/projects\/15-kafka-streaming-basics\.md:\d+: level: "medium" is not allowed \(allowed: beginner, intermediate, advanced, expert\)/);
      expect(output).toMatch(/content 2 problems/);
    });

    it('an unknown key, with the fields that are allowed', async () => {
      edit(DBT, (t) => t.replace(/^aliases:/m, 'alias:'));
      const { output } = await check('content');
      expect(output).toMatch(/src\/content\/topics\/dbt\.md:\d+: alias: unknown field "alias" \(allowed: title, category, summary, aliases, related, resources, reviewed\)/);
    });
  });

  describe('integrity rules across entries (npm run check, and the build)', () => {
    const cycle = () => {
      edit(KAFKA, (t) => t.replace(/^source: thirty-projects$/m, 'prerequisites: [14-change-data-capture-cdc-pipeline]\nsource: thirty-projects'));
      edit('src/content/projects/14-change-data-capture-cdc-pipeline.md', (t) =>
        t.replace(/^source: thirty-projects$/m, 'prerequisites: [15-kafka-streaming-basics]\nsource: thirty-projects'),
      );
    };

    it('a prerequisite cycle, named', async () => {
      cycle();
      const { code, output } = await check('integrity');
      expect(code).not.toBe(0);
      expect(output).toMatch(
        /src\/content\/projects\/14-change-data-capture-cdc-pipeline\.md:\d+: prerequisites\[0\]: prerequisite cycle: 14-change-data-capture-cdc-pipeline → 15-kafka-streaming-basics → 14-change-data-capture-cdc-pipeline/,
      );
    });

    it('a gap in a plan’s week numbers', async () => {
      const file = 'src/content/weeks/learning-path-10-week/week-10.md';
      edit(file, (t) => t.replace(/^number: 10$/m, 'number: 12'));
      const { code, output } = await check('integrity');
      expect(code).not.toBe(0);
      expect(output).toContain(`${file}:3: number: plan "learning-path-10-week" has weeks 1, 2, 3, 4, 5, 6, 7, 8, 9, 12: weeks 10, 11 missing`);
    });

    it('a week dated outside its plan’s period', async () => {
      edit(WEEK1, (t) => t.replace(/^startDate: 2025-08-19$/m, 'startDate: 2025-08-12'));
      const { code, output } = await check('integrity');
      expect(code).not.toBe(0);
      expect(output).toContain(
        `${WEEK1}:5: startDate: startDate 2025-08-12 is outside the period of plan "senior-study-plan-2025" (allowed: between 2025-08-19 and 2025-10-18`,
      );
    });

    it('a week that ends before it starts', async () => {
      edit(WEEK1, (t) => t.replace(/^endDate: 2025-08-24$/m, 'endDate: 2025-08-18'));
      const { output } = await check('integrity');
      expect(output).toContain(`${WEEK1}:5: startDate: startDate 2025-08-19 is after endDate 2025-08-18`);
    });

    it('a milestone dated outside its plan’s period', async () => {
      edit(PLAN, (t) => t.replace(/^- date: 2025-10-18$/m, '- date: 2025-10-25'));
      const { code, output } = await check('integrity');
      expect(code).not.toBe(0);
      expect(output).toMatch(/src\/content\/plans\/senior-study-plan-2025\.md:\d+: milestones\[9\]\.date: milestone date 2025-10-25 is outside the plan's period/);
    });

    it('the build itself refuses a prerequisite cycle (getAtlas)', { timeout: BUILD_TIMEOUT }, async () => {
      cycle();
      const { code, output } = await site.exec('astro', ['build']);
      expect(code).not.toBe(0);
      expect(output).toMatch(/content integrity rule\(s\) broken:\nsrc\/content\/projects\/14-change-data-capture-cdc-pipeline\.md: field "prerequisites\[0\]": prerequisite cycle/);
    });
  });

  describe('internal links (npm run check -- --only links: a build with starlight-links-validator)', () => {
    it('links to pages and headings that do not exist, and relative links, each with its line', { timeout: BUILD_TIMEOUT }, async () => {
      const file = 'src/content/docs/about/using-the-atlas.md';
      const lines = readFileSync(path(file), 'utf8').trimEnd().split('\n').length;
      edit(file, (t) =>
        [
          t.trimEnd(),
          '',
          'See [a guide that does not exist](/guides/no-such-guide/).',
          'And [a week that does not exist](/plans/senior-study-plan-2025/week-12/).',
          'And [a heading that does not exist](/topics/dbt/#no-such-heading).',
          'And [a relative link](../guides/).',
          'But [this page exists](/topics/dbt/) and so does [this file](/templates/study-plan-adr-template.md).',
          '',
        ].join('\n'),
      );
      const first = lines + 2;
      const { code, output } = await check('links');
      expect(code).not.toBe(0);
      expect(output).toContain(`${file}:${first}: invalid link "/guides/no-such-guide/"`);
      expect(output).toContain(`${file}:${first + 1}: invalid link "/plans/senior-study-plan-2025/week-12/"`);
      expect(output).toContain(`${file}:${first + 2}: invalid link to custom page "/topics/dbt/#no-such-heading"`);
      expect(output).toContain(`${file}:${first + 3}: relative link "../guides/"`);
      expect(output).toMatch(/links 4 problems/);
    });
  });
});
