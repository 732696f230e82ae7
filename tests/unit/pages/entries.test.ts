import { describe, expect, it } from 'vitest';
import { pick, planTitle, union, weeksOf } from '../../../src/lib/pages/entries';
import { atlasFixture } from './atlas-fixture';

const atlas = atlasFixture();

describe('entry helpers', () => {
  it('picks entries in the order of the references, skipping none that exist', () => {
    expect(pick(atlas.topics, [{ id: 'spark' }, { id: 'kafka' }]).map((t) => t.id)).toEqual([
      'spark',
      'kafka',
    ]);
    expect(pick(atlas.topics, [{ id: 'gone' }])).toEqual([]);
  });

  it('adds backlinks after the references, without repeating one', () => {
    expect(union([{ id: 'a' }, { id: 'b' }], ['b', 'c'])).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
    ]);
  });

  it('finds a plan weeks and its title, or falls back to the id', () => {
    expect(weeksOf(atlas, 'plan-a').map((w) => w.id)).toEqual(['plan-a/week-1', 'plan-a/week-2']);
    expect(weeksOf(atlas, 'plan-b')).toEqual([]);
    expect(planTitle(atlas, 'plan-a')).toBe('Plan A');
    expect(planTitle(atlas, 'nope')).toBe('nope');
  });
});
