import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite, type SiteCopy } from '../support/site-copy';
import { build, check, fixture, lineOf } from '../fixtures/run';

/**
 * Every kind of content mistake a fork can make is refused, and the message names the file, the
 * line, the field or element at fault and what is allowed. The fixture site
 * tests/fixtures/bad-content holds one mistake per file; one `npm run check` reports them all,
 * and `astro build` prints the same lines. tests/fixtures/good-content must pass both.
 */
const BAD = fixture('bad-content');
/**
 * The build runs beside the check in a copy of its own: in one folder both would write Astro's
 * content store (`node_modules/.astro/data-store.json`) at once, and one could find the other's
 * temporary file already renamed.
 */
const BAD_FOR_BUILD = fixture('bad-content');
const GOOD = fixture('good-content');
/** A run in a fixture renders a diagram or two: allow for a busy 2-core machine. */
const RUN_TIMEOUT = 180_000;

/** [case, file below src/content/, text on the line at fault, field or element, what the message says] */
type Case = [string, string, string, string | undefined, string];

const CASES: Case[] = [
  // What the schemas reject
  [
    'a missing required field',
    'topics/missing-summary.md',
    'title:',
    'summary',
    'required field is missing (allowed: text)',
  ],
  [
    'a missing required choice, with the choices',
    'topics/missing-category.md',
    'title:',
    'category',
    'required field is missing (allowed: foundations, languages, databases',
  ],
  [
    'a missing reference field, naming its collection',
    'weeks/plan-a/missing-plan.md',
    'number:',
    'plan',
    'required field is missing (allowed: the id of an entry in plans',
  ],
  [
    'a near-miss enum value',
    'topics/category-near-miss.md',
    'category:',
    'category',
    '"database" is not allowed (allowed: foundations, languages, databases, modeling, storage, processing, streaming, orchestration, architecture, cloud, infrastructure, quality-governance, observability, machine-learning, career). Did you mean: databases?',
  ],
  [
    'a value outside its vocabulary',
    'topics/category-unknown.md',
    'category:',
    'category',
    '"tools" is not allowed (allowed: foundations,',
  ],
  [
    'a level outside its vocabulary',
    'projects/level-not-allowed.md',
    'level:',
    'level',
    '"medium" is not allowed (allowed: beginner, intermediate, advanced, expert)',
  ],
  [
    'a missing level',
    'projects/missing-level.md',
    'title:',
    'level',
    'required field is missing (allowed: beginner, intermediate, advanced, expert)',
  ],
  [
    'a near-miss resource kind',
    'resources/kind-near-miss.yaml',
    'kind:',
    'kind',
    '"books" is not allowed (allowed: book, course,',
  ],
  [
    'a near-miss block kind inside a list',
    'weeks/plan-a/block-kind-near-miss.md',
    'kind: labs',
    'blocks[0].kind',
    '"labs" is not allowed (allowed: day, study, lab, practice, project). Did you mean: lab?',
  ],
  ['an empty title', 'topics/empty-title.md', 'title:', 'title', 'must not be empty'],
  [
    'an unknown key (a typo of a real one)',
    'topics/unknown-key.md',
    'alias:',
    'alias',
    'unknown field "alias" (allowed: title, category, kind, version, summary, aliases, related, resources, questions, reviewed). Did you mean: aliases?',
  ],
  [
    'an unknown key inside a list item, at the item',
    'weeks/plan-a/block-unknown-key.md',
    'lable:',
    'blocks[1].lable',
    'unknown field "lable" (allowed: kind, label, title, read, study, lab, success, time, items, topic). Did you mean: label',
  ],
  [
    'a text where a list belongs',
    'topics/aliases-not-a-list.md',
    'aliases:',
    'aliases',
    '"CDC" is not allowed (allowed: a list)',
  ],
  [
    'a project without topics',
    'projects/no-topics.md',
    'topics:',
    'topics',
    'a project links to at least one topic',
  ],
  [
    'a number that is not whole',
    'projects/number-not-whole.md',
    'number:',
    'number',
    '1.5 is not allowed (allowed: a whole number)',
  ],
  [
    'a number written as a word',
    'projects/number-as-text.md',
    'number:',
    'number',
    '"three" is not allowed (allowed: a number)',
  ],
  [
    'a week number of 0',
    'weeks/plan-a/number-zero.md',
    'number:',
    'number',
    '0 is not allowed (allowed: a number greater than 0)',
  ],
  [
    'a negative plan length',
    'plans/duration-negative.md',
    'durationWeeks:',
    'durationWeeks',
    '-2 is not allowed (allowed: a number greater than 0)',
  ],
  [
    'a missing field inside a list item',
    'projects/skill-missing-details.md',
    'category: SQL',
    'skills[0].details',
    'required field is missing (allowed: text)',
  ],
  [
    'a date not written YYYY-MM-DD',
    'weeks/plan-a/date-format.md',
    'startDate:',
    'startDate',
    'must be a date written as YYYY-MM-DD, not "19 Aug 2025"',
  ],
  [
    'a date that does not exist (YAML would roll it over)',
    'weeks/plan-a/date-not-a-day.md',
    'endDate:',
    'endDate',
    'must be a date written as YYYY-MM-DD, and 2025-08-32 does not exist',
  ],
  [
    'a URL that is not one',
    'resources/url-not-a-url.yaml',
    'url:',
    'url',
    'url must be an absolute https:// or http:// URL, e.g. https://example.org/',
  ],
  [
    'a resource without sources',
    'resources/no-sources.yaml',
    'sources:',
    'sources',
    'a resource names at least one source',
  ],
  [
    'a reading list without items',
    'reading/no-items.md',
    'items:',
    'items',
    'a reading list has at least one item',
  ],
  [
    'a checklist without groups',
    'checklists/no-groups.md',
    'groups:',
    'groups',
    'a checklist has at least one group',
  ],
  [
    'two checklist items with the same id',
    'checklists/duplicate-item-ids.md',
    'id: first-item',
    'groups[0].items[1]',
    'duplicate item id "first-item"',
  ],
  [
    'an item id with capitals',
    'checklists/item-id-upper-case.md',
    'First_Item',
    'groups[0].items[0].id',
    'an item id uses lower-case letters, digits and single hyphens',
  ],
  // The line where YAML found the error, as its own message says ("at line 3"): the line after
  // an unclosed bracket, the line of a colon in unquoted text.
  [
    'a YAML syntax error',
    'templates/yaml-syntax-error.md',
    'summary:',
    undefined,
    'does not parse: Flow sequence in block collection must be sufficiently indented',
  ],
  // Astro stops loading a collection at its first file that does not parse: the others are
  // still read and checked, so one run names them all.
  [
    'a second YAML error in the same collection',
    'templates/yaml-colon-in-text.md',
    'summary:',
    undefined,
    'does not parse: Nested mappings are not allowed in compact mappings (fix the YAML at this line; quote text that holds a colon',
  ],
  [
    'a field missing in a collection with a file that does not parse',
    'templates/zz-no-source.md',
    'title:',
    'source',
    'required field is missing (allowed: the id of an entry in sources',
  ],
  // References that point nowhere (Astro 7 only logs them), each at its own line
  [
    'a reference to a topic that does not exist, with a suggestion',
    'projects/dangling-topic.md',
    'topics:',
    'topics[0]',
    'references topics "apache-kafak", which does not exist. Did you mean: apache-kafka?',
  ],
  [
    'an id that lacks a prefix',
    'projects/topic-prefix-missing.md',
    '- pinot',
    'topics[1]',
    'references topics "pinot", which does not exist. Did you mean: apache-pinot?',
  ],
  [
    'a prerequisite that does not exist',
    'projects/dangling-prerequisite.md',
    'prerequisites:',
    'prerequisites[0]',
    'references projects "base-projekt", which does not exist. Did you mean: base-project?',
  ],
  [
    'a near-miss source',
    'projects/source-near-miss.md',
    'source:',
    'source',
    'references sources "thirty-project", which does not exist. Did you mean: thirty-projects?',
  ],
  [
    'a related topic that does not exist, at its item',
    'topics/dangling-related.md',
    '- apache-flink',
    'related[1]',
    'references topics "apache-flink", which does not exist.',
  ],
  [
    'a block topic that does not exist, at the block item',
    'weeks/plan-blocks/dangling-block-topic.md',
    'topic: apache-kafak',
    'blocks[1].topic',
    'references topics "apache-kafak", which does not exist. Did you mean: apache-kafka?',
  ],
  [
    'a reading-list resource that does not exist',
    'reading/dangling-resource.md',
    'base-resourse',
    'items[1].resource',
    'references resources "base-resourse", which does not exist. Did you mean: base-resource?',
  ],
  [
    'a guide linking to a topic that does not exist',
    'docs/guide-dangling-link.md',
    '/topics/apache-kafak/',
    'link to /topics/apache-kafak/',
    'references topics "apache-kafak", which does not exist. Did you mean: apache-kafka?',
  ],
  [
    'two files with the same id',
    'topics/duplicate.mdx',
    '---',
    undefined,
    'duplicate id "duplicate" in topics (also src/content/topics/duplicate.md)',
  ],
  // Integrity rules across entries
  [
    'a prerequisite cycle, named',
    'projects/cycle-a.md',
    'prerequisites:',
    'prerequisites[0]',
    'prerequisite cycle: cycle-a → cycle-b → cycle-a',
  ],
  [
    'a gap in a plan’s weeks, naming the files around it',
    'weeks/plan-gap/week-3.md',
    'number:',
    'number',
    'week 2 missing in plan "plan-gap", between src/content/weeks/plan-gap/week-1.md (week 1) and this file (week 3)',
  ],
  [
    'a week beyond its plan’s length, on that week’s file',
    'weeks/plan-long/week-99.md',
    'number:',
    'number',
    'week 99 is beyond the length of plan "plan-long", which has 2 weeks (durationWeeks in src/content/plans/plan-long.md)',
  ],
  [
    'a week number used twice',
    'weeks/plan-twice/week-1.md',
    'number:',
    'number',
    'plan "plan-twice" has week 1 twice (also src/content/weeks/plan-twice/week-1-copy.md)',
  ],
  [
    'a project number used twice in a source',
    'projects/number-twice.md',
    'number:',
    'number',
    'project number 1 is used twice in source "thirty-projects" (also src/content/projects/base-project.md)',
  ],
  [
    'a week dated outside its plan’s period',
    'weeks/plan-dated/week-1.md',
    'startDate:',
    'startDate',
    'startDate 2025-08-12 is outside the period of plan "plan-dated" (allowed: between 2025-08-19 and 2025-10-18',
  ],
  [
    'a week that ends before it starts',
    'weeks/plan-dated/week-2.md',
    'startDate:',
    'startDate',
    'startDate 2025-08-31 is after endDate 2025-08-25',
  ],
  [
    'a milestone dated outside its plan’s period',
    'plans/plan-dated.md',
    '2025-10-25',
    'milestones[1].date',
    "milestone date 2025-10-25 is outside the plan's period",
  ],
  [
    'a page address that climbs out of its folder',
    'docs/slug-outside.md',
    'slug:',
    'slug',
    'is not an address of this site (allowed: lower-case words',
  ],
  // Markdown, MDX and diagrams
  [
    'an MDX tag never closed',
    'docs/mdx-unclosed-tag.mdx',
    '<div>',
    'MDX',
    'Expected a closing tag for `<div>`',
  ],
  [
    'a Markdown image that does not exist',
    'docs/missing-image.md',
    '![A chart]',
    'image ./images/chart.png',
    'image file not found (looked for src/content/docs/images/chart.png',
  ],
  [
    'an MDX image that does not exist',
    'docs/missing-image-mdx.mdx',
    '![A chart]',
    'image ./no-such.png',
    'image file not found',
  ],
  [
    'a Mermaid diagram that does not parse, with its line',
    'docs/diagram-does-not-parse.md',
    '```mermaid',
    undefined,
    'Mermaid diagram does not parse (fix the diagram at this line',
  ],
];

/** The printed line for a case: `file:line: field: …` holding the expected text. */
function findLine(
  output: string,
  [, file, marker, field, message]: Case,
  root = BAD,
): string | undefined {
  const prefix = `src/content/${file}:${lineOf(root, `src/content/${file}`, marker)}: ${field ? `${field}: ` : ''}`;
  return output.split('\n').find((line) => line.startsWith(prefix) && line.includes(message));
}

describe('broken content is refused with the file, the line and the field', () => {
  let checked: { code: number; output: string };
  let built: { code: number; output: string };
  beforeAll(async () => {
    [checked, built] = await Promise.all([
      check(BAD, '--only', 'content,lint,integrity'),
      build(BAD_FOR_BUILD),
    ]);
  }, RUN_TIMEOUT);

  it('has at least 40 cases, one file each', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c[1])).size).toBe(CASES.length);
  });

  it('npm run check fails', () => {
    expect(checked.code).not.toBe(0);
  });

  describe.each(CASES)('%s', (...testCase) => {
    it('npm run check names the file, line and field, and says what is allowed', () => {
      expect(findLine(checked.output, testCase), checked.output).toBeDefined();
    });
    it('npm run build prints the same line', () => {
      expect(built.code).not.toBe(0);
      expect(findLine(built.output, testCase), built.output).toBe(
        findLine(checked.output, testCase),
      );
    });
  });

  it('every file of the fixture with a mistake is reported, and the valid ones are not', () => {
    const named = new Set(
      [...checked.output.matchAll(/^src\/content\/(\S+?):\d+:/gm)].map((m) => m[1]),
    );
    for (const valid of [
      'topics/apache-pinot.md',
      'plans/plan-a.md',
      'weeks/plan-a/week-1.md',
      'projects/base-project.md',
    ]) {
      expect(named.has(valid), valid).toBe(false);
    }
    for (const [, file] of CASES) expect(named.has(file), file).toBe(true);
  });

  it('a placeholder left in, from the content lint', () => {
    const file = 'src/content/topics/placeholder.md';
    expect(checked.output).toContain(
      `${file}:${lineOf(BAD, file, 'TODO:')}: placeholder left in: "TODO: one or two sentences in our own words" (replace it with real content)`,
    );
  });

  it('a character a reviewer cannot see, by name and column', () => {
    const file = 'src/content/topics/invisible.md';
    const line = lineOf(BAD, file, 'The access check reads');
    expect(checked.output).toContain(
      `${file}:${line}:24: invisible character U+202E RIGHT-TO-LEFT OVERRIDE (`,
    );
    expect(checked.output).toContain(`${file}:${line}:35: invisible character U+202C`);
  });

  it('mojibake from a wrong code page, with the character it stands for', () => {
    const file = 'src/content/topics/mojibake.md';
    expect(checked.output).toContain(`${file}:${lineOf(BAD, file, 'â€™')}: mojibake "â€™" (`);
    expect(checked.output).toMatch(/mojibake\.md:\d+: mojibake "â€™" \(.*probably "’"\)/);
  });
});

describe('good content passes: Windows line endings with a byte-order mark, non-ASCII titles, minimal entries', () => {
  it('npm run check finds nothing', { timeout: RUN_TIMEOUT }, async () => {
    const text = readFileSync(join(GOOD, 'src/content/topics/windows-line-endings.md'), 'latin1');
    expect(
      text.startsWith('\xef\xbb\xbf---\r\n'),
      'the fixture keeps its byte-order mark and CRLF',
    ).toBe(true);
    const { code, output } = await check(GOOD, '--only', 'content,lint,integrity');
    expect(output).toMatch(/✔ check: content ok .* lint ok .* integrity ok/);
    expect(code).toBe(0);
  });
});

describe('internal links (npm run check -- --only links: a build with starlight-links-validator)', () => {
  let site: SiteCopy;
  beforeAll(() => {
    // The real project with the small fixture content: the links it names exist there too.
    site = fixtureSite('small-site');
  });
  afterAll(() => site?.remove());

  it(
    'links to pages and headings that do not exist, and relative links, each with its line',
    { timeout: 300_000 },
    async () => {
      const file = 'src/content/docs/about/using-the-atlas.md';
      const path = join(site.dir, file);
      const before = readFileSync(path, 'utf8');
      const lines = before.trimEnd().split('\n').length;
      writeFileSync(
        path,
        [
          before.trimEnd(),
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
      const { code, output } = await site.node('scripts/check.ts', ['--only', 'links']);
      expect(code).not.toBe(0);
      expect(output).toContain(`${file}:${first}: invalid link "/guides/no-such-guide/"`);
      expect(output).toContain(
        `${file}:${first + 1}: invalid link "/plans/senior-study-plan-2025/week-12/"`,
      );
      expect(output).toContain(
        `${file}:${first + 2}: invalid link to custom page "/topics/dbt/#no-such-heading"`,
      );
      expect(output).toContain(`${file}:${first + 3}: relative link "../guides/"`);
      expect(output).toMatch(/links 4 problems/);
    },
  );
});

describe('what the Markdown plugins refuse, in the project itself', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = fixtureSite('small-site');
  });
  afterAll(() => site?.remove());

  it(
    'npm run check and the build give the same line for a script and for a broken diagram',
    { timeout: 300_000 },
    async () => {
      // One in each collection: Astro stops rendering a collection at its first file that fails.
      const write = (file: string, text: string) => (
        writeFileSync(join(site.dir, file), text),
        file
      );
      const script = write(
        'src/content/topics/has-a-script.md',
        '---\ntitle: A script\ncategory: databases\nsummary: S.\nkind: concept\nreviewed: 2026-12-01\n---\n\nText.\n\n<script>window.pwned = true</script>\n',
      );
      const diagram = write(
        'src/content/docs/has-a-broken-diagram.md',
        '---\ntitle: A diagram\n---\n\n```mermaid\nflowchart LR\n  A --> --> B((\n```\n',
      );
      const expected = [
        `${script}:11:1: <script> is not allowed in content`,
        `${diagram}:5: Mermaid diagram does not parse (fix the diagram at this line`,
      ];
      const checked = await site.node('scripts/check.ts', ['--only', 'content']);
      const built = await site.exec('astro', ['build']);
      for (const { code, output } of [checked, built]) {
        expect(code).not.toBe(0);
        for (const line of expected) expect(output).toContain(line);
        // Each is said once, in the validation path's words, not also as a file that "does not parse".
        expect(output).not.toMatch(/src\/content\/topics: does not parse/);
        // Astro stopped loading the topics at the script: the topics after it are not missing.
        expect(output).not.toMatch(/references topics "[^"]+", which does not exist/);
      }
      expect(built.output).toMatch(/2 content problems:/);
    },
  );
});
