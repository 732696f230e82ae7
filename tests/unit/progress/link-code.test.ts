import { describe, expect, it } from 'vitest';
import {
  compareWithStored,
  decodeFollowed,
  decodeProgress,
  encodeFollowed,
  encodeProgress,
  splitFragment,
} from '../../../src/progress/link-code';

const catalog = Array.from(
  { length: 346 },
  (_, i) => `checklists/list-${Math.floor(i / 20)}/item-${i}`,
);

describe('progress links', () => {
  it('round-trips any set of ticks', () => {
    const ticked = [catalog[0], catalog[7], catalog[8], catalog[345]];
    const link = encodeProgress(ticked, catalog);
    expect(decodeProgress(link, catalog)).toEqual({ ok: true, keys: ticked, unknown: 0 });
  });
  it('round-trips nothing ticked and everything ticked', () => {
    expect(decodeProgress(encodeProgress([], catalog), catalog)).toEqual({
      ok: true,
      keys: [],
      unknown: 0,
    });
    const all = decodeProgress(encodeProgress(catalog, catalog), catalog);
    expect(all.ok && all.keys).toEqual(catalog);
  });
  it('keeps every item of the site ticked well under 2,000 characters', () => {
    const link = encodeProgress(catalog, catalog);
    expect(link.length).toBeLessThan(100);
    // 2,000 items would still fit: the bitset grows by one character per six items.
    const big = Array.from({ length: 2000 }, (_, i) => `projects/p/${i}`);
    expect(encodeProgress(big, big).length).toBeLessThan(400);
  });
  it('carries keys the catalog does not know as text', () => {
    const link = encodeProgress([catalog[3], 'projects/old-entry/a-task-é'], catalog);
    const result = decodeProgress(link, catalog);
    expect(result).toEqual({
      ok: true,
      keys: [catalog[3], 'projects/old-entry/a-task-é'],
      unknown: 0,
    });
  });
  it('after a content update, restores what the site still has and counts what it cannot place', () => {
    const newer = [...catalog, 'projects/new/one', 'projects/new/two'];
    const link = encodeProgress([catalog[1], 'projects/new/two'], newer);
    // An older copy of the site (shorter catalog) reads the link.
    expect(decodeProgress(link, catalog)).toEqual({ ok: true, keys: [catalog[1]], unknown: 1 });
  });
  it.each([
    ['', /not a progress link/],
    ['hello', /not a progress link/],
    ['p2.AAA.xxxx', /not a progress link of this site, or it was made by a newer version/],
    ['p1', /incomplete/],
  ])('refuses %j with a message', (value, message) => {
    const result = decodeProgress(value, catalog);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(message);
  });
  it('refuses a truncated or altered link instead of applying part of it', () => {
    const link = encodeProgress(catalog.slice(0, 200), catalog);
    for (const bad of [
      link.slice(0, -1),
      link.slice(0, 20) + link.slice(21),
      link.replace(/.(?=\.[^.]+$)/, (c) => (c === 'A' ? 'B' : 'A')),
    ]) {
      const result = decodeProgress(bad, catalog);
      expect(result.ok, bad).toBe(false);
    }
  });
  it('compares a link with what is stored', () => {
    const onSite = new Set(catalog);
    expect(
      compareWithStored(
        [catalog[0], catalog[1], 'gone/x/y'],
        { [catalog[0]]: '2026-01-01' },
        onSite,
      ),
    ).toEqual({
      total: 3,
      placed: 2,
      fresh: 1,
      already: 1,
      notOnSite: 1,
    });
  });
});

describe('followed plans in a progress link', () => {
  it('round-trips plans with and without a start day and hours', () => {
    const plans = [
      { id: 'learning-path-10-week', start: '2026-12-07', hours: 6 },
      { id: 'thirty-projects-timeline' },
    ];
    const text = encodeFollowed(plans);
    expect(text).toBe('learning-path-10-week~2026-12-07~6,thirty-projects-timeline~~');
    expect(decodeFollowed(text)).toEqual(plans);
  });
  it('carries the weeks a reader gives each phase only where they gave some', () => {
    const plans = [{ id: 'senior-readiness-3-phase', start: '2026-12-07', phaseWeeks: 2 }];
    const text = encodeFollowed(plans);
    expect(text).toBe('senior-readiness-3-phase~2026-12-07~~2');
    expect(decodeFollowed(text)).toEqual(plans);
    // Whole weeks from 1 to 104, as the phase calendar takes them; anything else is left out.
    expect(decodeFollowed('a~~~0,b~~~1.5,c~~~105,d~~~x')).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
      { id: 'd' },
    ]);
  });
  it('leaves out what is malformed instead of guessing', () => {
    // A half date, hours that are not a number or more than a week has, an id with markup.
    expect(decodeFollowed('ok~2026-13~x,<bad>~~,also-ok~~500')).toEqual([
      { id: 'ok' },
      { id: 'also-ok' },
    ]);
    expect(decodeFollowed('')).toEqual([]);
  });
  it('splits a fragment into ticks and plans, and reads old links with ticks only', () => {
    expect(splitFragment('#progress=p1.AQ.abcd&plans=a~~')).toEqual({
      progress: 'p1.AQ.abcd',
      plans: 'a~~',
    });
    expect(splitFragment('#progress=p1.AQ.abcd')).toEqual({ progress: 'p1.AQ.abcd' });
  });
});
