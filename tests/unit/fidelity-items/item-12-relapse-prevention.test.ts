import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../lib/model';
import { participant, present, rate, session } from './helpers';

/** Anchor: share of participants with an individual relapse-prevention plan; cut-points unverified. */
function cohort(n: number, plan: Participant['relapsePlan'] = 'written') {
  const participants = Array.from({ length: 10 }, (_, i) => participant(`q${i}`, { relapsePlan: i < n ? plan : 'none' }));
  return { participants, sessions: [session('2025-05-01', Object.fromEntries(participants.map((p) => [p.id, present()])))] };
}

describe('item 12, relapse prevention training', () => {
  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [7, 4],
    [9, 5],
    [10, 5],
  ])('%i of 10 with a written plan -> %i', (n, rating) => {
    expect(rate('fs12-relapse-prevention', cohort(n)).rating).toBe(rating);
  });

  it('counts a practised plan like a written one', () => {
    expect(rate('fs12-relapse-prevention', cohort(10, 'practised')).rating).toBe(5);
  });

  it('is not top-rated when plans were made for only most participants (8 of 10)', () => {
    expect(rate('fs12-relapse-prevention', cohort(8)).rating).toBe(4);
  });
});
