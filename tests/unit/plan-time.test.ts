import { describe, expect, it } from 'vitest';
import { describeFit, fitAt, planTime, rankByFit } from '../../src/plans/time';

const tenWeeks = planTime({ hoursPerWeek: { from: 15, to: 20 }, durationWeeks: 10 });
const nineWeeks = planTime({
  hoursPerWeek: 56,
  hoursAsStated: '8 hours daily, 7 days a week',
  durationWeeks: 9,
});
const months = planTime({ duration: '18-28 months' });
const nothing = planTime({});

describe('planTime', () => {
  it("states the source's hours and length, a range as a range", () => {
    expect(tenWeeks.hoursText).toBe('15–20 hours a week');
    expect(tenWeeks.lengthText).toBe('10 weeks');
    expect(nineWeeks.hoursText).toBe('56 hours a week (“8 hours daily, 7 days a week”)');
  });
  it('says so where the source gives no figure, and invents none', () => {
    expect(months.hoursText).toBe('hours a week not stated in the source');
    expect(months.lengthText).toBe('18-28 months');
    expect(nothing.lengthText).toBe('length not stated in the source');
    expect(nothing.hours).toBeUndefined();
  });
});

describe('fitAt', () => {
  it('fits when the reader has at least the lower end of the range', () => {
    expect(fitAt(tenWeeks, 15)).toEqual({ kind: 'fits', weeks: 10 });
    expect(fitAt(tenWeeks, 40)).toEqual({ kind: 'fits', weeks: 10 });
  });
  it("spreads the source's total over more weeks at fewer hours, rounded up", () => {
    // 150–200 hours at 6 a week: 25–34 weeks.
    expect(fitAt(tenWeeks, 6)).toEqual({ kind: 'longer', weeks: { low: 25, high: 34 } });
    // 504 hours at 6 a week: 84 weeks.
    expect(fitAt(nineWeeks, 6)).toEqual({ kind: 'longer', weeks: { low: 84, high: 84 } });
  });
  it('cannot say without hours, or without a length in weeks', () => {
    expect(fitAt(months, 6)).toEqual({ kind: 'unknown' });
    expect(fitAt(planTime({ hoursPerWeek: 10 }), 6)).toEqual({ kind: 'unknown' });
    expect(fitAt(tenWeeks, 0)).toEqual({ kind: 'unknown' });
  });
  it('describes each case in one sentence', () => {
    expect(describeFit(tenWeeks, 6)).toBe(
      'At 6 hours a week: about 25–34 weeks instead of 10 weeks.',
    );
    expect(describeFit(tenWeeks, 20)).toBe('Fits 20 hours a week: 10 weeks.');
    // The plan's own line already says the source gives no hours: nothing is added.
    expect(describeFit(months, 6)).toBe('');
  });
});

describe('rankByFit', () => {
  it('puts plans that fit first, then the shortest at your hours, unknown last', () => {
    const plans = [
      { id: 'months', time: months },
      { id: 'nine', time: nineWeeks },
      { id: 'ten', time: tenWeeks },
    ];
    const ids = (perWeek: number) => rankByFit(plans, (p) => p.time, perWeek).map((p) => p.id);
    expect(ids(6)).toEqual(['ten', 'nine', 'months']);
    expect(ids(60)).toEqual(['nine', 'ten', 'months']);
  });
});
