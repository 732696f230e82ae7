import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../src/schemas/plans';
import { weekSchema } from '../../../src/schemas/weeks';
import { fakeReference, issues } from './fake-reference';

const plan = planSchema(fakeReference);
const week = weekSchema(fakeReference);

const validPlan = {
  title: 'Senior Data Engineering Study Plan',
  summary: 'Nine weeks of daily practice and weekly projects.',
  source: 'senior-study-plan',
  startDate: '2025-08-19',
  endDate: '2025-10-18',
  durationWeeks: 9,
  level: 'advanced',
  milestones: [{ date: '2025-09-14', week: 4, title: 'Projects 1-4 shipped' }],
};

const validWeek = {
  plan: 'senior-study-plan-2025',
  number: 1,
  title: 'Foundations',
  focus: 'Linux, Git, SQL core, Python baseline',
  objectives: ['Master dimensional and data vault modeling'],
  blocks: [
    {
      kind: 'day',
      label: 'Day 1-2',
      title: 'Data Modeling Fundamentals',
      lab: 'Design star and snowflake schemas',
      time: '6-8 hours',
    },
  ],
  projects: ['study-plan-p1-log-etl'],
};

describe('plan schema', () => {
  it('accepts a dated plan and parses its dates as UTC days', () => {
    const data = plan.parse(validPlan);
    expect(data.startDate?.toISOString()).toBe('2025-08-19T00:00:00.000Z');
    expect(data.milestones[0].week).toBe(4);
    expect(data.phases).toEqual([]);
  });

  it('rejects a malformed date and says which format is allowed', () => {
    const [issue] = issues(plan.safeParse({ ...validPlan, startDate: '19/08/2025' }));
    expect(issue.path).toBe('startDate');
    expect(issue.message).toMatch(/YYYY-MM-DD/);
  });

  it('rejects an empty title', () => {
    expect(issues(plan.safeParse({ ...validPlan, title: '  ' }))[0]).toEqual({
      path: 'title',
      message: 'must not be empty',
    });
  });
});

describe('week schema', () => {
  it('accepts a week with blocks and references', () => {
    const data = week.parse(validWeek);
    expect(data.plan).toEqual({ collection: 'plans', id: 'senior-study-plan-2025' });
    expect(data.blocks[0].items).toEqual([]);
    expect(data.objectives[0].id).toBe('master-dimensional-and-data-vault-modeling');
  });

  it('rejects a week number of zero', () => {
    expect(issues(week.safeParse({ ...validWeek, number: 0 }))[0].path).toBe('number');
  });

  it('rejects an unknown block kind, naming the allowed kinds', () => {
    const [issue] = issues(
      week.safeParse({ ...validWeek, blocks: [{ kind: 'nap', label: 'Day 1' }] }),
    );
    expect(issue.path).toBe('blocks.0.kind');
    expect(issue.message).toMatch(/day.*study.*lab/);
  });
});
