import { describe, expect, it } from 'vitest';
import { COPING_PRACTICE } from '../../../lib/fidelity/evidence';
import { attendance, explain, participant, rate, series } from './helpers';

/**
 * Anchor: share of participants given systematic coping skills training; cut-points unverified.
 * Systematic (product's choice): practised in at least 3 attended sessions, at least a fifth of
 * those attended, over at least a week. The Dutch study found coping training was done unsystematically.
 */
function practised(attended: number, ticks: readonly number[], every = 7) {
  const sessions = attendance('q', series('2024-09-02', attended, every), (i) => ({ copingSkillPractised: ticks.includes(i) }));
  return rate('fs11-coping-skills', { participants: [participant('q')], sessions }).value;
}

describe('item 11, coping skills training', () => {
  it('uses the thresholds of the evidence table', () => {
    expect(COPING_PRACTICE).toEqual({ minSessions: 3, minShare: 0.2, minSpanDays: 7 });
  });

  it.each([
    ['once in 40 sessions', 40, [5], 100 * 0],
    ['twice in 10 sessions', 10, [2, 3], 0],
    ['3 of 15 sessions (20%)', 15, [2, 3, 4], 100],
    ['3 of 16 sessions (under 20%)', 16, [2, 3, 4], 0],
    ['11 of 40 sessions (modules 8 and 9)', 40, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], 100],
  ] as const)('%s -> %i%%', (_what, attended, ticks, value) => {
    expect(practised(attended, ticks)).toBe(value);
  });

  it.each([
    ['3 sessions over 6 days', 3, 6 / 2, 0],
    ['3 sessions over 8 days', 3, 4, 100],
  ] as const)('%s -> %i%%', (_what, attended, every, value) => {
    expect(practised(attended, [0, 1, 2], every)).toBe(value);
  });

  it('is not top-rated when everyone practised once in 40 sessions', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const sessions = ids.flatMap((id) => attendance(id, series('2024-09-02', 40, 7), (i) => ({ copingSkillPractised: i === 12 })));
    const e = rate('fs11-coping-skills', { participants: ids.map((id) => participant(id)), sessions });
    expect(e.rating).toBe(1);
    expect(explain(e).en).toMatch(/one practice does not count/);
  });

  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [7, 4],
    [9, 5],
  ])('%i of 10 practised systematically -> %i', (n, rating) => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const sessions = ids.flatMap((id, k) => attendance(id, series('2025-01-06', 5, 7), (i) => ({ copingSkillPractised: k < n && i < 3 })));
    expect(rate('fs11-coping-skills', { participants: ids.map((id) => participant(id)), sessions }).rating).toBe(rating);
  });
});
