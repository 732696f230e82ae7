import { describe, expect, it } from 'vitest';
import { parseFollowing, toggleFollowing } from '../../../src/progress/following';
import { planPosition } from '../../../src/progress/next-steps';

const item = (key: string) => ({ key, text: key.toUpperCase(), url: `/${key}/` });
const plan = {
  id: 'p',
  title: 'Plan',
  url: '/plans/p/',
  weeks: [
    { number: 1, title: 'One', url: '/plans/p/week-1/', items: [item('w1/a'), item('w1/b')] },
    {
      number: 2,
      title: 'Two',
      url: '/plans/p/week-2/',
      items: [item('w2/a'), item('proj/t1'), item('proj/t2'), item('proj/t3')],
    },
    // The same project again in a later week: its tasks count once.
    { number: 3, title: 'Three', url: '/plans/p/week-3/', items: [item('proj/t1')] },
  ],
};

describe('planPosition', () => {
  it('starts at week 1 with nothing done', () => {
    const position = planPosition(plan, {});
    expect(position).toMatchObject({ done: 0, total: 6, current: { number: 1, left: 2 } });
    expect(position.next.map((i) => i.key)).toEqual(['w1/a', 'w1/b']);
  });
  it('moves to the next week once a week is ticked, and lists its first unticked items', () => {
    const position = planPosition(plan, { 'w1/a': 't', 'w1/b': 't', 'proj/t1': 't' });
    expect(position).toMatchObject({
      done: 3,
      total: 6,
      current: { number: 2, title: 'Two', left: 3 },
    });
    expect(position.next.map((i) => i.key)).toEqual(['w2/a', 'proj/t2', 'proj/t3']);
  });
  it('has no current week when everything is ticked', () => {
    const all = Object.fromEntries(
      ['w1/a', 'w1/b', 'w2/a', 'proj/t1', 'proj/t2', 'proj/t3'].map((k) => [k, 't']),
    );
    expect(planPosition(plan, all)).toEqual({ done: 6, total: 6, next: [] });
  });
});

describe('following plans', () => {
  it('reads what is stored, ignoring anything unreadable', () => {
    expect(parseFollowing(null)).toEqual([]);
    expect(parseFollowing('not json')).toEqual([]);
    expect(parseFollowing('{"a":1}')).toEqual([]);
    expect(parseFollowing('["a", 3, "b<script>", "c"]')).toEqual(['a', 'c']);
  });
  it('follows and unfollows, more than one plan allowed', () => {
    expect(toggleFollowing(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleFollowing(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleFollowing(['a'], 'a', true)).toEqual(['a']);
  });
});
