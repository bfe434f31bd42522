import { describe, expect, it } from 'vitest';
import { participant, present, rate, session } from './helpers';

/** Anchor: share of participants given handouts < 20 % · 20-39 · 40-69 · 70-89 · >= 90 %. Verified. */

/** 10 participants in modules 1 and 2; the first n got a handout in both. */
function cohort(n: number, inEveryModule = true) {
  const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
  const entries = (module: 'one' | 'two') =>
    Object.fromEntries(ids.map((id, i) => [id, present({ handoutGiven: i < n && (module === 'one' || inEveryModule) })]));
  return {
    participants: ids.map((id) => participant(id)),
    sessions: [session('2025-03-04', entries('one')), session('2025-03-11', entries('two'), { moduleId: 'practical-facts' })],
  };
}

describe('item 4, educational handouts', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [6, 3],
    [7, 4],
    [8, 4],
    [9, 5],
    [10, 5],
  ])('%i of 10 given a handout in every module -> %i', (n, rating) => {
    expect(rate('fs4-handouts', cohort(n))).toMatchObject({ rating, value: n * 10 });
  });

  it('is not top-rated when everyone got one handout in the first module only', () => {
    expect(rate('fs4-handouts', cohort(10, false))).toMatchObject({ rating: 1, value: 0 });
  });

  it('counts a handout sent home to someone who missed the session', () => {
    const sessions = [session('2025-03-04', { q: present({ handoutGiven: false }) }), session('2025-03-11', { q: { ...present({ handoutGiven: true }), attendance: 'absent' } })];
    expect(rate('fs4-handouts', { participants: [participant('q')], sessions }).value).toBe(100);
  });
});
