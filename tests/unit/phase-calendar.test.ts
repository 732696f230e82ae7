import { describe, expect, it } from 'vitest';
import {
  addMonths,
  datePhases,
  parsePhaseLength,
  phasesHaveLengths,
} from '../../src/plans/phase-dates';

const thirty = {
  id: 'thirty',
  title: 'Thirty projects',
  phases: [
    { title: 'Foundation', duration: '3-4 months' },
    { title: 'Intermediate', duration: '4-6 months' },
  ],
};
const readiness = {
  id: 'ready',
  title: 'Readiness',
  phases: [{ title: 'Foundations' }, { title: 'Streaming' }],
};

describe('phase lengths', () => {
  it("reads the source's lengths, a range as a range", () => {
    expect(parsePhaseLength('3-4 months')).toEqual({ low: 3, high: 4, unit: 'month' });
    expect(parsePhaseLength('6–12 months')).toEqual({ low: 6, high: 12, unit: 'month' });
    expect(parsePhaseLength('2 weeks')).toEqual({ low: 2, high: 2, unit: 'week' });
    expect(parsePhaseLength('a while')).toBeUndefined();
    expect(parsePhaseLength(undefined)).toBeUndefined();
  });
  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-12-07', 4)).toBe('2027-04-07');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });
});

describe('datePhases', () => {
  it("places each phase after the one before, on the longer end of the source's range", () => {
    expect(phasesHaveLengths(thirty)).toBe(true);
    expect(datePhases(thirty, '2026-12-07')).toMatchObject([
      { uid: 'thirty-phase-1', start: '2026-12-07', end: '2027-04-06' },
      { uid: 'thirty-phase-2', start: '2027-04-07', end: '2027-10-06' },
    ]);
  });
  it('has no calendar for phases the source gives no length, until the reader gives theirs', () => {
    expect(phasesHaveLengths(readiness)).toBe(false);
    expect(datePhases(readiness, '2026-12-07')).toBeUndefined();
    const events = datePhases(readiness, '2026-12-07', 4)!;
    expect(events).toMatchObject([
      { start: '2026-12-07', end: '2027-01-03' },
      { start: '2027-01-04', end: '2027-01-31' },
    ]);
    expect(events[0].description).toMatch(/as you chose/);
  });
});
