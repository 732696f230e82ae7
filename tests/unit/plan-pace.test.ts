import { describe, expect, it } from 'vitest';
import { pacePlan, pacedEvents, parseHours, planHours } from '../../src/plans/pace';

describe('parseHours', () => {
  it.each([
    ['6-8 hours', { low: 6, high: 8 }],
    ['8–10 hours', { low: 8, high: 10 }],
    ['2 hours', { low: 2, high: 2 }],
    ['1.5 h', { low: 1.5, high: 1.5 }],
    ['45 min', { low: 0.75, high: 0.75 }],
    ['4 to 6 hrs', { low: 4, high: 6 }],
  ])('reads %j', (text, hours) => {
    expect(parseHours(text)).toEqual(hours);
  });
  it('finds no estimate where there is none', () => {
    expect(parseHours('as long as it takes')).toBeUndefined();
    expect(parseHours('Week 3')).toBeUndefined();
  });
});

describe('planHours', () => {
  it("uses the plan's hours per week where the source gives them", () => {
    expect(planHours({ hoursPerWeek: 56 }, [{ number: 1, times: [] }])).toEqual({
      kind: 'per-week',
      hours: { low: 56, high: 56 },
      weeks: [1],
    });
  });
  it("uses the plan's range over partial per-week times, and says so", () => {
    const hours = planHours({ hoursPerWeek: { from: 15, to: 20 } }, [
      { number: 1, times: ['6-8 hours'] },
      { number: 2, times: [] },
    ]);
    expect(hours).toMatchObject({ kind: 'per-week', hours: { low: 15, high: 20 }, weeks: [1, 2] });
    expect(hours.kind === 'per-week' ? hours.note : '').toMatch(/some weeks only/);
  });
  it("sums a week's block estimates and keeps ranges as ranges", () => {
    const hours = planHours({}, [
      { number: 1, times: ['6-8 hours', '6-8 hours', '8-10 hours'] },
      { number: 2, times: ['2 hours'] },
    ]);
    expect(hours).toEqual({
      kind: 'by-week',
      hours: { 1: { low: 20, high: 26 }, 2: { low: 2, high: 2 } },
    });
  });
  it('says so when the source gives no time, or not for every week, and never guesses', () => {
    expect(planHours({}, [{ number: 1, times: [] }])).toEqual({
      kind: 'none',
      reason: 'The source gives no time for this plan',
    });
    expect(
      planHours({}, [
        { number: 1, times: ['6 hours'] },
        { number: 2, times: [] },
        { number: 3, times: [] },
      ]),
    ).toEqual({
      kind: 'none',
      reason: 'The source gives times for some weeks but not for weeks 2, 3',
    });
  });
});

describe('pacePlan', () => {
  it('at the source’s own pace, weeks are seven days', () => {
    const weeks = pacePlan(
      { kind: 'per-week', hours: { low: 56, high: 56 }, weeks: [1, 2] },
      [1, 2],
      56,
      '2026-01-05',
    );
    expect(weeks.map((w) => [w.start.early, w.end.early])).toEqual([
      ['2026-01-05', '2026-01-11'],
      ['2026-01-12', '2026-01-18'],
    ]);
  });
  it('at 14 hours a week, a 56-hour week takes four weeks', () => {
    const [first, second] = pacePlan(
      { kind: 'per-week', hours: { low: 56, high: 56 }, weeks: [1, 2] },
      [1, 2],
      14,
      '2026-01-05',
    );
    expect(first.days).toEqual({ low: 28, high: 28 });
    expect(first.end.early).toBe('2026-02-01');
    expect(second.start.early).toBe('2026-02-02');
  });
  it('keeps ranges: a 20–26 hour week at 10 hours a week takes 14–19 days', () => {
    const hours = {
      kind: 'by-week' as const,
      hours: { 1: { low: 20, high: 26 }, 2: { low: 6, high: 8 } },
    };
    const [one, two] = pacePlan(hours, [1, 2], 10, '2026-03-02');
    expect(one.days).toEqual({ low: 14, high: 19 });
    expect(one.end).toEqual({ early: '2026-03-15', late: '2026-03-20' });
    expect(two.start).toEqual({ early: '2026-03-16', late: '2026-03-21' });
    expect(two.days).toEqual({ low: 5, high: 6 });
    expect(two.end).toEqual({ early: '2026-03-20', late: '2026-03-26' });
  });
  it('gives a week at least one day, and refuses bad input', () => {
    expect(
      pacePlan(
        { kind: 'per-week', hours: { low: 1, high: 1 }, weeks: [1] },
        [1],
        40,
        '2026-01-01',
      )[0].days,
    ).toEqual({ low: 1, high: 1 });
    expect(() =>
      pacePlan({ kind: 'per-week', hours: { low: 1, high: 1 }, weeks: [1] }, [1], 0, '2026-01-01'),
    ).toThrow(/more than 0/);
    expect(() =>
      pacePlan({ kind: 'per-week', hours: { low: 1, high: 1 }, weeks: [1] }, [1], 5, '01/01/2026'),
    ).toThrow(/YYYY-MM-DD/);
    expect(() =>
      pacePlan(
        { kind: 'none', reason: 'The source gives no time for this plan' },
        [1],
        5,
        '2026-01-01',
      ),
    ).toThrow(/no time/);
  });
  it('makes calendar events on the longer estimate', () => {
    const hours = {
      kind: 'by-week' as const,
      hours: { 1: { low: 20, high: 26 }, 2: { low: 6, high: 8 } },
    };
    const plan = {
      id: 'p',
      title: 'Plan',
      weeks: [
        { number: 1, title: 'One' },
        { number: 2, title: 'Two' },
      ],
      milestones: [],
    };
    const events = pacedEvents(plan, pacePlan(hours, [1, 2], 10, '2026-03-02'));
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Plan — Week 1: One', '2026-03-02', '2026-03-20'],
      ['Plan — Week 2: Two', '2026-03-21', '2026-03-26'],
    ]);
  });
});
