import { describe, expect, it } from 'vitest';
import { ratingForCount } from '../../../lib/fidelity/scoring';
import { present, rate, session } from './helpers';

/** Anchor: 1 some sessions > 15 · 2 13-15 · 3 11-12 · 4 9-10 · 5 all individual or <= 8. Verified. */
const people = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, present()]));

describe('item 1, participants per session', () => {
  it.each([
    [1, 5],
    [8, 5],
    [9, 4],
    [10, 4],
    [11, 3],
    [12, 3],
    [13, 2],
    [15, 2],
    [16, 1],
  ])('largest session with %i present -> %i', (n, rating) => {
    expect(ratingForCount(n)).toBe(rating);
    const e = rate('fs1-participants', { sessions: [session('2025-05-01', people(1)), session('2025-05-08', people(n))] });
    expect(e).toMatchObject({ rating, value: n });
  });

  it('is not top-rated when one session of nine spoils many small ones', () => {
    const sessions = [...Array.from({ length: 20 }, (_, i) => session(`2025-03-${String(i + 1).padStart(2, '0')}`, people(6))), session('2025-04-01', people(9))];
    expect(rate('fs1-participants', { sessions }).rating).toBe(4);
  });

  it('counts only people present, not absent or unrecorded ones', () => {
    const participants = { ...people(8), a: { ...present(), attendance: 'absent' as const }, b: { ...present(), attendance: null } };
    expect(rate('fs1-participants', { sessions: [session('2025-05-01', participants)] }).rating).toBe(5);
  });

  it('gives individual sessions full credit', () => {
    const sessions = [session('2025-05-01', people(1), { format: 'individual' })];
    expect(rate('fs1-participants', { sessions }).rating).toBe(5);
  });
});
