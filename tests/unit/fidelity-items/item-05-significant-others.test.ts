import { describe, expect, it } from 'vitest';
import { SUPPORTER_WINDOW_DAYS } from '../../../lib/fidelity/evidence';
import type { ParticipantEntry } from '../../../lib/model';
import { addDays, explain, participant, present, rate, session } from './helpers';

/**
 * Anchor: at least one IMR-related contact with a supporter in the last month, or a supporter helps
 * with goals or home practice. Share of participants; cut-points unverified (editable).
 */
const LAST = '2025-06-01';

/** One participant: entries on the given days before their last session (which has `last`). */
function one(before: [number, Partial<ParticipantEntry>][], last: Partial<ParticipantEntry> = {}) {
  const sessions = [...before.map(([d, entry]) => session(addDays(LAST, -d), { q: present(entry) })), session(LAST, { q: present(last) })];
  return rate('fs5-significant-others', { participants: [participant('q')], sessions }).value;
}

describe('item 5, involvement of significant others', () => {
  it('looks back one month', () => {
    expect(SUPPORTER_WINDOW_DAYS).toBe(30);
  });

  it.each([
    ['supporter in the last session', [], { supporterInvolved: true }, 100],
    ['supporter 30 days before the last session', [[30, { supporterInvolved: true }]], {}, 100],
    ['supporter 31 days before the last session', [[31, { supporterInvolved: true }]], {}, 0],
    ['home practice with a supporter agreed 14 days before, done by the next session', [[14, { nextHomePracticeWithSupporter: true }]], { homePractice: 'done' }, 100],
    ['... partly done', [[14, { nextHomePracticeWithSupporter: true }]], { homePractice: 'partly' }, 100],
    ['... not done', [[14, { nextHomePracticeWithSupporter: true }]], { homePractice: 'not-done' }, 0],
    ['agreed in the last session, so never followed up', [], { nextHomePracticeWithSupporter: true }, 0],
    ['agreed 300 days ago and done then', [[300, { nextHomePracticeWithSupporter: true }], [293, { homePractice: 'done' }]], {}, 0],
  ] as [string, [number, Partial<ParticipantEntry>][], Partial<ParticipantEntry>, number][])('%s -> %i%%', (_what, before, last, value) => {
    expect(one(before, last)).toBe(value);
  });

  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [7, 4],
    [9, 5],
  ])('%i of 10 with a supporter involved -> %i', (n, rating) => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const sessions = [session(LAST, Object.fromEntries(ids.map((id, i) => [id, present({ supporterInvolved: i < n })])))];
    expect(rate('fs5-significant-others', { participants: ids.map((id) => participant(id)), sessions }).rating).toBe(rating);
  });

  it('is not top-rated for a home-practice agreement made 300 days ago', () => {
    const ids = Array.from({ length: 5 }, (_, i) => `q${i}`);
    const sessions = [
      session(addDays(LAST, -300), Object.fromEntries(ids.map((id) => [id, present({ nextHomePracticeWithSupporter: true })]))),
      session(LAST, Object.fromEntries(ids.map((id) => [id, present()]))),
    ];
    const e = rate('fs5-significant-others', { participants: ids.map((id) => participant(id)), sessions });
    expect(e.rating).toBe(1);
    expect(explain(e).en).toMatch(/an agreement alone does not count/);
  });
});
