import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite, type SiteCopy } from '../support/site-copy';

/**
 * `npm run new` scaffolds an entry of every kind where its collection expects it. The scaffold is
 * refused by `npm run check` (placeholders, and values the schema does not allow) until an author
 * fills it in; filled in, it passes the content checks and builds into a page with valid links.
 */
const KINDS = [
  {
    kind: 'plan',
    title: 'Streaming in six weeks',
    file: 'src/content/plans/streaming-in-six-weeks.md',
    page: 'plans/streaming-in-six-weeks/index.html',
  },
  {
    kind: 'week',
    title: 'Stream joins and windows',
    args: ['--plan', 'senior-study-plan-2025'],
    file: 'src/content/weeks/senior-study-plan-2025/week-3.md',
    page: 'plans/senior-study-plan-2025/week-3/index.html',
  },
  {
    kind: 'project',
    title: 'Clickstream sessionizer',
    file: 'src/content/projects/clickstream-sessionizer.md',
    page: 'projects/clickstream-sessionizer/index.html',
  },
  {
    kind: 'topic',
    title: 'Stream joins',
    file: 'src/content/topics/stream-joins.md',
    page: 'topics/stream-joins/index.html',
  },
  {
    kind: 'resource',
    title: 'Stream Processing with Apache Flink',
    file: 'src/content/resources/stream-processing-with-apache-flink.yaml',
  },
  {
    kind: 'reading',
    title: 'Streaming shelf',
    file: 'src/content/reading/streaming-shelf.md',
    page: 'reading/streaming-shelf/index.html',
  },
  {
    kind: 'template',
    title: 'Incident review',
    file: 'src/content/templates/incident-review.md',
    page: 'templates/incident-review/index.html',
  },
  {
    kind: 'checklist',
    title: 'Streaming readiness',
    file: 'src/content/checklists/streaming-readiness.md',
    page: 'checklists/streaming-readiness/index.html',
  },
  // A source needs only its title: its scaffold is complete as written, with no placeholder.
  {
    kind: 'source',
    title: 'Team streaming notes',
    file: 'src/content/sources/team-streaming-notes.yaml',
    complete: true,
  },
  {
    kind: 'guide',
    title: 'Choosing a stream processor',
    file: 'src/content/docs/guides/choosing-a-stream-processor.md',
    page: 'guides/choosing-a-stream-processor/index.html',
  },
] as const;

/** What an author does: every placeholder replaced by a real value of the kind it asks for. */
function fillIn(text: string): string {
  return (
    text
      .replace(/"TODO: one of ([^",]+)[^"]*"/g, '$1')
      .replace(/"TODO: id of a topic[^"]*"/g, 'apache-kafka')
      .replace(/"TODO: id of a resource[^"]*"/g, 'designing-data-intensive-applications')
      // The source an author adds for material of their own (the `source` kind below).
      .replace(/"TODO: id of a source[^"]*"/g, 'team-streaming-notes')
      .replace(/"TODO: https:[^"]*"/g, '"https://example.org/streaming-systems"')
      .replace(/"TODO: a date, YYYY-MM-DD"/g, '2026-12-01')
      .replace(/"TODO: [^"]*"/g, '"Written by the author."')
      .replace(
        /^TODO: .*$/gm,
        'Written by the author, with a link to [Apache Kafka](/topics/apache-kafka/).',
      )
  );
}

describe('npm run new', () => {
  let site: SiteCopy;
  beforeAll(() => {
    // The real project with the small fixture content (tests/fixtures/small-site): the scaffolds
    // build through the same code as the whole site, in a fraction of the time.
    site = fixtureSite('small-site');
    // `npm run check`'s lint step ends with the project's own `npm run lint` (ESLint over the
    // code). The copy carries the code but not the ESLint setup, and code lint is not what this
    // test is about: without the script the step lints the content alone, as in the fixtures.
    const manifest = join(site.dir, 'package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { scripts: Record<string, string> };
    delete pkg.scripts.lint;
    writeFileSync(manifest, JSON.stringify(pkg, null, 2));
  });
  afterAll(() => site?.remove());

  const run = (...args: string[]) => site.node('scripts/new.ts', args);
  const check = (only: string) => site.node('scripts/check.ts', ['--only', only]);
  const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');

  // Ten runs of `npm run new` and a content check (astro sync) in the copy: allow for a busy machine.
  it(
    'scaffolds every kind at its path, says what to do next, and check refuses the placeholders',
    { timeout: 180_000 },
    async () => {
      for (const { kind, title, file, ...rest } of KINDS) {
        const args = 'args' in rest ? rest.args : [];
        const { code, output } = await run(kind, title, ...args);
        expect(code, output).toBe(0);
        expect(output).toContain(`Created ${file}`);
        expect(output).toMatch(/Next:\n {2}1\. Open .* and replace every "TODO: …"/);
        if (!('complete' in rest)) expect(read(file)).toContain('TODO:');
      }
      const week = read('src/content/weeks/senior-study-plan-2025/week-3.md');
      expect(week).toMatch(/^plan: senior-study-plan-2025$/m);
      expect(week).toMatch(/^number: 3$/m);
      // Comments come from the schema's descriptions, optional fields included.
      const project = read('src/content/projects/clickstream-sessionizer.md');
      expect(project).toContain('# What you build, in one or two sentences.');
      for (const optional of ['number', 'tables', 'tools', 'prerequisites'])
        expect(project).toMatch(new RegExp(`^# ${optional} \\(optional\\): `, 'm'));
      // A long description wraps onto further comment lines.
      const resource = read('src/content/resources/stream-processing-with-apache-flink.yaml');
      expect(resource).toMatch(
        /^# topics \(optional\): [^#]*(?:\n# [^#]*)*Listing them here places(?:\s|\n# )+the resource\./m,
      );

      const { code, output } = await check('content,lint');
      expect(code).not.toBe(0);
      for (const { file } of KINDS.filter((k) => !('complete' in k)))
        expect(output, file).toMatch(
          new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+: placeholder left in: "TODO: `),
        );
      // The schemas refuse the placeholders too, saying what is allowed.
      expect(output).toMatch(
        /src\/content\/topics\/stream-joins\.md:\d+: category: "TODO: one of .*" is not allowed \(allowed: foundations, /,
      );
      // A placeholder where an id belongs is a reference to an entry that does not exist.
      expect(output).toMatch(
        /src\/content\/checklists\/streaming-readiness\.md:\d+: source: references sources "TODO: id of a source/,
      );
      expect(output).toMatch(
        /src\/content\/reading\/streaming-shelf\.md:\d+: items\[0\]\.resource: references resources "TODO: id of a resource/,
      );
      expect(output).toMatch(
        /src\/content\/templates\/incident-review\.md:\d+: source: references sources "TODO: id of a source/,
      );
      // A week's topics are optional (they default to none): the scaffold offers them commented out.
      expect(week).toMatch(
        /^# topics \(optional\): Ids of the topics the week teaches\.\n# {3}topics: \[<topics id>, …\]$/m,
      );
    },
  );

  // Includes a build of the fixture site: allow for a busy 2-core machine.
  it(
    'once every placeholder is filled in, the entries pass the content checks and build into pages with valid links',
    { timeout: 480_000 },
    async () => {
      for (const { file } of KINDS) writeFileSync(join(site.dir, file), fillIn(read(file)));
      const fast = await check('content,lint,integrity');
      expect(fast.output).toMatch(/✔ check: content ok .* lint ok .* integrity ok/);
      expect(fast.output).toContain('note: no "lint" script in package.json: not run');
      expect(fast.code).toBe(0);

      const build = await check('links');
      expect(build.output).toMatch(/✔ check: links ok/);
      expect(build.code).toBe(0);
      for (const { page } of KINDS.filter((k) => 'page' in k) as Array<{ page: string }>) {
        expect(existsSync(join(site.dir, 'dist', page)), page).toBe(true);
      }
      // The project names its topic, so the topic page lists it (backlinks are derived).
      expect(
        readFileSync(join(site.dir, 'dist', 'topics', 'apache-kafka', 'index.html'), 'utf8'),
      ).toContain('/projects/clickstream-sessionizer/');
    },
  );

  it('takes the next free week number of the plan', async () => {
    // Weeks 1–3 exist; a plan of three weeks must grow to take a fourth, and the command says so.
    const plan = 'src/content/plans/senior-study-plan-2025.md';
    const planText = read(plan);
    writeFileSync(
      join(site.dir, plan),
      planText.replace(/^durationWeeks: 9$/m, 'durationWeeks: 3'),
    );
    onTestFinished(() => writeFileSync(join(site.dir, plan), planText));
    const { output } = await run('week', 'Review week', '--plan', 'senior-study-plan-2025');
    expect(output).toContain('Created src/content/weeks/senior-study-plan-2025/week-4.md');
    expect(output).toContain('The plan says durationWeeks: 3: raise it to 4');
  });

  it('never overwrites a file', async () => {
    const before = read('src/content/topics/dbt.md');
    const { code, output } = await run('topic', 'dbt');
    expect(code).not.toBe(0);
    expect(output).toContain('src/content/topics/dbt.md already exists');
    expect(read('src/content/topics/dbt.md')).toBe(before);
  });

  it('names what is allowed when a kind, a title or a plan is wrong or missing', async () => {
    const kinds =
      'plan, week, project, topic, resource, reading, template, checklist, dataset, exercise, source, guide';
    expect((await run('lesson', 'x')).output).toContain(
      `unknown kind "lesson" (allowed: ${kinds})`,
    );
    expect((await run()).output).toContain(`which kind of entry? (allowed: ${kinds})`);
    expect((await run('topic')).output).toContain('a topic needs a title');
    expect((await run('week', 'x')).output).toMatch(
      /a week needs its plan: --plan <plan-id> \(plans: .*senior-study-plan-2025/,
    );
    const unknownPlan = await run('week', 'x', '--plan', 'no-such-plan');
    expect(unknownPlan.code).not.toBe(0);
    expect(unknownPlan.output).toMatch(
      /there is no plan "no-such-plan" \(plans: .*senior-study-plan-2025/,
    );
  });
});
