import { describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  planDates,
  prerequisiteCycles,
  projectNumbers,
  weekNumbering,
  type EntryLike,
  type PlanData,
  type ProjectData,
  type WeekData,
} from '../../src/validation/integrity';

/** `expect.stringContaining`, typed: Vitest declares its asymmetric matchers as `any`. */
const containing = (text: string): unknown => expect.stringContaining(text);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const project = (id: string, ...prerequisites: string[]): EntryLike<ProjectData> => ({
  id,
  filePath: `src/content/projects/${id}.md`,
  data: { prerequisites: prerequisites.map((p) => ({ id: p })) },
});
const week = (
  plan: string,
  number: number,
  dates: { startDate?: string; endDate?: string } = {},
  file = `week-${number}`,
): EntryLike<WeekData> => ({
  id: `${plan}/${file}`,
  filePath: `src/content/weeks/${plan}/${file}.md`,
  data: {
    plan: { id: plan },
    number,
    startDate: dates.startDate ? day(dates.startDate) : undefined,
    endDate: dates.endDate ? day(dates.endDate) : undefined,
  },
});
const plan = (
  id: string,
  data: { startDate?: string; endDate?: string; milestones?: string[] } = {},
): EntryLike<PlanData> => ({
  id,
  filePath: `src/content/plans/${id}.md`,
  data: {
    startDate: data.startDate ? day(data.startDate) : undefined,
    endDate: data.endDate ? day(data.endDate) : undefined,
    milestones: (data.milestones ?? []).map((d, i) => ({ date: day(d), title: `m${i}` })),
  },
});

describe('prerequisiteCycles', () => {
  it('accepts a chain and a diamond', () => {
    expect(
      prerequisiteCycles([
        project('a'),
        project('b', 'a'),
        project('c', 'a'),
        project('d', 'b', 'c'),
      ]),
    ).toEqual([]);
  });

  it('names a cycle once, from its alphabetically first project, with the field that starts it', () => {
    const violations = prerequisiteCycles([
      project('c', 'a'),
      project('a', 'x', 'b'),
      project('b', 'c'),
      project('x'),
    ]);
    expect(violations).toEqual([
      {
        file: 'src/content/projects/a.md',
        field: 'prerequisites[1]',
        message: containing('prerequisite cycle: a → b → c → a'),
      },
    ]);
  });

  it('finds a project that is its own prerequisite', () => {
    expect(prerequisiteCycles([project('solo', 'solo')])[0]).toMatchObject({
      field: 'prerequisites[0]',
      message: containing('solo → solo'),
    });
  });

  it('finds separate cycles separately and ignores prerequisites that do not exist (the dangling check names those)', () => {
    const violations = prerequisiteCycles([
      project('a', 'b'),
      project('b', 'a'),
      project('c', 'd'),
      project('d', 'c', 'missing'),
    ]);
    expect(violations.map((v) => v.message.split(' (')[0])).toEqual([
      'prerequisite cycle: a → b → a',
      'prerequisite cycle: c → d → c',
    ]);
  });
});

describe('weekNumbering', () => {
  it('accepts weeks 1..n in any file order, per plan', () => {
    expect(weekNumbering([week('p', 2), week('p', 1), week('q', 1)])).toEqual([]);
  });

  it('names the plan and the missing numbers, on the week after each gap, with the files around it', () => {
    expect(weekNumbering([week('p', 1), week('p', 2), week('p', 4), week('p', 6)])).toEqual([
      {
        file: 'src/content/weeks/p/week-4.md',
        field: 'number',
        message:
          'week 3 missing in plan "p", between src/content/weeks/p/week-2.md (week 2) and this file (week 4) (week numbers run 1, 2, 3 … without gaps)',
      },
      {
        file: 'src/content/weeks/p/week-6.md',
        field: 'number',
        message:
          'week 5 missing in plan "p", between src/content/weeks/p/week-4.md (week 4) and this file (week 6) (week numbers run 1, 2, 3 … without gaps)',
      },
    ]);
  });

  it('names a run of missing weeks as a range, in one short line', () => {
    const [violation] = weekNumbering([week('p', 1), week('p', 9)]);
    expect(violation.message).toMatch(
      /^weeks 2–8 missing in plan "p", between src\/content\/weeks\/p\/week-1\.md/,
    );
  });

  it('reports a week beyond its plan’s length on that week’s file, with the length, and no gap for it', () => {
    const long = { ...plan('p'), data: { ...plan('p').data, durationWeeks: 10 } };
    const violations = weekNumbering(
      [...Array.from({ length: 10 }, (_, i) => week('p', i + 1)), week('p', 99, {}, 'week-11')],
      [long],
    );
    expect(violations).toEqual([
      {
        file: 'src/content/weeks/p/week-11.md',
        field: 'number',
        message: containing(
          'week 99 is beyond the length of plan "p", which has 10 weeks (durationWeeks in src/content/plans/p.md)',
        ),
      },
    ]);
  });

  it('reports a plan whose weeks do not start at 1', () => {
    expect(weekNumbering([week('p', 2)])[0].message).toContain('week 1 missing');
  });

  it('names both files of a duplicate number', () => {
    const [violation] = weekNumbering([
      week('p', 1),
      week('p', 2),
      week('p', 2, {}, 'week-2-copy'),
    ]);
    expect(violation).toEqual({
      file: 'src/content/weeks/p/week-2.md',
      field: 'number',
      message: containing('plan "p" has week 2 twice (also src/content/weeks/p/week-2-copy.md)'),
    });
  });
});

describe('projectNumbers', () => {
  const numbered = (
    id: string,
    number: number | undefined,
    source = 'thirty',
  ): EntryLike<ProjectData> => ({
    id,
    filePath: `src/content/projects/${id}.md`,
    data: { number, source: { id: source } },
  });

  it('accepts unique numbers per source, the same number in two sources, and unnumbered projects', () => {
    expect(
      projectNumbers([
        numbered('a', 1),
        numbered('b', 2),
        numbered('c', 1, 'other'),
        numbered('d', undefined),
        numbered('e', undefined),
      ]),
    ).toEqual([]);
  });

  it('rejects a number used twice in one source, naming both files', () => {
    expect(projectNumbers([numbered('a', 7), numbered('b', 7)])).toEqual([
      {
        file: 'src/content/projects/b.md',
        field: 'number',
        message: containing(
          'project number 7 is used twice in source "thirty" (also src/content/projects/a.md)',
        ),
      },
    ]);
  });
});

describe('planDates', () => {
  const dated = plan('p', {
    startDate: '2025-08-19',
    endDate: '2025-10-18',
    milestones: ['2025-08-24', '2025-10-19'],
  });

  it('accepts weeks and milestones inside the period, and anything in an undated plan', () => {
    const ok = plan('p', {
      startDate: '2025-08-19',
      endDate: '2025-10-18',
      milestones: ['2025-08-19', '2025-10-18'],
    });
    expect(
      planDates(
        [ok, plan('free')],
        [
          week('p', 1, { startDate: '2025-08-19', endDate: '2025-08-24' }),
          week('free', 1, { startDate: '2020-01-01' }),
        ],
      ),
    ).toEqual([]);
  });

  it('reports a milestone after the plan ends, with the allowed period', () => {
    expect(planDates([dated], [])).toEqual([
      {
        file: 'src/content/plans/p.md',
        field: 'milestones[1].date',
        message:
          "milestone date 2025-10-19 is outside the plan's period (allowed: between 2025-08-19 and 2025-10-18)",
      },
    ]);
  });

  it('reports week dates outside the plan period, naming the field and the plan', () => {
    const violations = planDates(
      [plan('p', { startDate: '2025-08-19', endDate: '2025-10-18' })],
      [week('p', 1, { startDate: '2025-08-18', endDate: '2025-11-01' })],
    );
    expect(violations.map((v) => [v.file, v.field])).toEqual([
      ['src/content/weeks/p/week-1.md', 'startDate'],
      ['src/content/weeks/p/week-1.md', 'endDate'],
    ]);
    expect(violations[0].message).toBe(
      'startDate 2025-08-18 is outside the period of plan "p" (allowed: between 2025-08-19 and 2025-10-18, from src/content/plans/p.md)',
    );
  });

  it('checks one-sided periods', () => {
    const violations = planDates(
      [plan('p', { startDate: '2025-08-19' })],
      [week('p', 1, { endDate: '2025-08-01' })],
    );
    expect(violations[0].message).toContain('allowed: on or after 2025-08-19');
  });

  it('reports a start after the end, for weeks and plans', () => {
    const violations = planDates(
      [plan('p', { startDate: '2025-09-01', endDate: '2025-08-01' })],
      [week('q', 1, { startDate: '2025-08-24', endDate: '2025-08-19' })],
    );
    expect(violations.map((v) => [v.file, v.field, v.message])).toEqual([
      [
        'src/content/plans/p.md',
        'startDate',
        'startDate 2025-09-01 is after endDate 2025-08-01 (a period starts on or before its end)',
      ],
      [
        'src/content/weeks/q/week-1.md',
        'startDate',
        'startDate 2025-08-24 is after endDate 2025-08-19 (a period starts on or before its end)',
      ],
    ]);
  });
});

describe('checkIntegrity', () => {
  it('applies every rule, each violation with its file and field', () => {
    const violations = checkIntegrity({
      plans: [plan('p', { startDate: '2025-08-19', endDate: '2025-10-18' })],
      weeks: [week('p', 1), week('p', 3, { startDate: '2025-12-01' })],
      projects: [project('a', 'a')],
    });
    expect(violations.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'src/content/projects/a.md prerequisites[0]',
      'src/content/weeks/p/week-3.md number',
      'src/content/weeks/p/week-3.md startDate',
    ]);
    expect(violations.map((v) => v.message)).toEqual([
      expect.stringMatching(/^prerequisite cycle: a → a/),
      expect.stringMatching(/^week 2 missing in plan "p"/),
      expect.stringMatching(/^startDate 2025-12-01 is outside the period of plan "p"/),
    ]);
  });

  it('falls back to a path built from the id when an entry has no file', () => {
    expect(prerequisiteCycles([{ id: 'x', data: { prerequisites: [{ id: 'x' }] } }])[0].file).toBe(
      'src/content/projects/x',
    );
  });
});
