import { describe, expect, it } from 'vitest';
import { GOAL_REVIEW_SHARE } from '../../../lib/fidelity/evidence';
import { attendance, participant, rate, series } from './helpers';

/** Anchor: share of participants whose goal progress is reviewed routinely; "routinely" is 75 % of attended sessions (product's choice). */
describe('item 7, goal follow-up', () => {
  it('calls three in four sessions routine', () => {
    expect(GOAL_REVIEW_SHARE).toBe(0.75);
  });

  it.each([
    [3, 4, 100],
    [2, 3, 0],
    [6, 8, 100],
    [5, 8, 0],
    [1, 1, 100],
    [0, 1, 0],
  ])('reviewed in %i of %i attended sessions -> %i%%', (reviewed, attended, value) => {
    const sessions = attendance('q', series('2025-03-03', attended, 7), (i) => ({ goalReviewed: i < reviewed }));
    expect(rate('fs7-goal-follow-up', { participants: [participant('q')], sessions }).value).toBe(value);
  });

  it('is not top-rated when goals are reviewed in only half the sessions', () => {
    const sessions = ['a', 'b', 'c'].flatMap((id) => attendance(id, series('2025-03-03', 10, 7), (i) => ({ goalReviewed: i % 2 === 0 })));
    expect(rate('fs7-goal-follow-up', { participants: ['a', 'b', 'c'].map((id) => participant(id)), sessions }).rating).toBe(1);
  });
});
