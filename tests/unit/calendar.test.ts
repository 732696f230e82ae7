import { describe, expect, it } from 'vitest';
import { addDays, datePlan, fold, isDay, toIcs, type CalendarPlan } from '../../src/plans/dates';

const dated: CalendarPlan = {
  id: 'p',
  title: 'Plan',
  start: '2025-08-19',
  weeks: [
    { number: 1, title: 'Foundations', start: '2025-08-19', end: '2025-08-24' },
    { number: 2, title: 'Lake', start: '2025-08-25', end: '2025-08-31' },
  ],
  milestones: [
    { title: 'Project 1 done', date: '2025-08-24' },
    { title: 'Week 2 wrap-up', week: 2 },
  ],
};

describe('isDay', () => {
  it('accepts a calendar day written YYYY-MM-DD, leap days included', () => {
    for (const day of ['2026-02-02', '2028-02-29', '2026-12-31'])
      expect(isDay(day), day).toBe(true);
  });
  it('refuses other forms and days no calendar has (not rolled over into the next month)', () => {
    for (const value of [
      'someday',
      '2026-2-2',
      ' 2026-02-02',
      '2026-13-01',
      '2026-02-30',
      '2026-04-31',
      '2027-02-29',
      '',
    ])
      expect(isDay(value), value).toBe(false);
  });
});

describe('datePlan', () => {
  it('keeps the source dates for the source start', () => {
    expect(datePlan(dated, '2025-08-19').map((e) => [e.start, e.end])).toEqual([
      ['2025-08-19', '2025-08-24'],
      ['2025-08-25', '2025-08-31'],
      ['2025-08-24', '2025-08-24'],
      ['2025-08-31', '2025-08-31'],
    ]);
  });
  it('shifts every date by the same offset for another start', () => {
    expect(datePlan(dated, '2026-01-05').map((e) => e.start)).toEqual([
      '2026-01-05',
      '2026-01-11',
      '2026-01-10',
      '2026-01-17',
    ]);
  });
  it('dates an undated plan by week number', () => {
    const undated: CalendarPlan = {
      id: 'u',
      title: 'U',
      weeks: [
        { number: 1, title: 'A' },
        { number: 3, title: 'C' },
      ],
      milestones: [{ title: 'M', week: 3 }],
    };
    expect(datePlan(undated, '2026-03-02').map((e) => [e.start, e.end])).toEqual([
      ['2026-03-02', '2026-03-08'],
      ['2026-03-16', '2026-03-22'],
      ['2026-03-22', '2026-03-22'],
    ]);
  });
  it('rejects a start that is not a day', () => {
    expect(() => datePlan(dated, '19/08/2025')).toThrow(/YYYY-MM-DD/);
  });
  it('crosses month and year ends', () => {
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
  });
});

describe('toIcs', () => {
  const ics = toIcs(
    'Plan, with comma',
    datePlan(dated, '2025-08-19'),
    new Date('2026-11-22T10:00:00Z'),
  );
  it('writes one all-day VEVENT per week and milestone, with exclusive DTEND', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250819\r\nDTEND;VALUE=DATE:20250825\r\n');
    expect(ics).toContain('DTSTAMP:20261122T100000Z');
    expect(ics).toContain('X-WR-CALNAME:Plan\\, with comma');
  });
  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
  it('keeps a title with line breaks, a bare CR, ; , and \\ inside its own SUMMARY', () => {
    const [first, ...rest] = datePlan(dated, '2025-08-19');
    const title = 'Week\rEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:Injected; a, b\\c';
    const hostile = toIcs('Plan', [{ ...first, title }, ...rest], new Date('2026-11-22T10:00:00Z'));
    // Whatever a calendar takes for a line break, no line of the file starts with the title's text.
    const lines = hostile.split(/\r\n|\r|\n/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1 + rest.length);
    expect(lines.filter((l) => l.startsWith('SUMMARY:Injected'))).toEqual([]);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(1 + rest.length);
    expect(hostile.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Week\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected\\; a\\, b\\\\c',
    );
  });
  it('folds long lines without splitting characters', () => {
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
  });
});
