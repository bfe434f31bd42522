import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../lib/model';
import { participant, present, rate, session } from './helpers';

/** Anchor: share of participants with a personal goal broken into steps and written down; cut-points unverified. */
const step = { id: 'st', text: 'Call the volunteer centre', status: 'open' as const };

function cohort(n: number, other: Partial<Participant> = {}) {
  const participants = Array.from({ length: 10 }, (_, i) => participant(`q${i}`, i < n ? { goal: 'Find work', goalSteps: [step] } : other));
  return { participants, sessions: [session('2025-05-01', Object.fromEntries(participants.map((p) => [p.id, present()])))] };
}

describe('item 6, goal setting', () => {
  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [7, 4],
    [9, 5],
    [10, 5],
  ])('%i of 10 with a goal in steps -> %i', (n, rating) => {
    expect(rate('fs6-goal-setting', cohort(n)).rating).toBe(rating);
  });

  it('is not top-rated when goals were written but never broken into steps', () => {
    expect(rate('fs6-goal-setting', cohort(0, { goal: 'Feel better', goalSteps: [] })).rating).toBe(1);
  });

  it('does not count steps without a goal', () => {
    expect(rate('fs6-goal-setting', cohort(0, { goal: '   ', goalSteps: [step] })).value).toBe(0);
  });
});
