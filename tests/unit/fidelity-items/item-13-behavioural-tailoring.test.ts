import { describe, expect, it } from 'vitest';
import { TAILORING_PRACTICE } from '../../../lib/fidelity/evidence';
import { addDays, attendance, explain, participant, rate, series } from './helpers';

/**
 * Anchor: share of participants who take medication with behavioural tailoring; cut-points
 * unverified. Systematic (product's choice): worked on in at least 2 sessions a week or more apart,
 * the routine made and then checked. The Dutch study found tailoring shrank to swapping experiences.
 */
function tailored(dates: readonly string[], ticks: readonly number[]) {
  const sessions = attendance('q', dates, (i) => ({ behaviouralTailoring: ticks.includes(i) }));
  return rate('fs13-behavioural-tailoring', { participants: [participant('q', { takesMedication: true })], sessions }).value;
}

describe('item 13, behavioural tailoring for medication', () => {
  it('uses the thresholds of the evidence table', () => {
    expect(TAILORING_PRACTICE).toEqual({ minSessions: 2, minShare: 0, minSpanDays: 7 });
  });

  it.each([
    ['once in 40 sessions', series('2024-09-02', 40, 7), [3], 0],
    ['made, then checked a week later', series('2024-09-02', 10, 7), [3, 4], 100],
    ['twice, 6 days apart', ['2025-03-03', addDays('2025-03-03', 6)], [0, 1], 0],
    ['twice, 7 days apart', ['2025-03-03', addDays('2025-03-03', 7)], [0, 1], 100],
  ] as const)('%s -> %i%%', (_what, dates, ticks, value) => {
    expect(tailored(dates, ticks)).toBe(value);
  });

  it('is not top-rated on a single tick in 40 sessions for everyone', () => {
    const ids = ['a', 'b', 'c'];
    const sessions = ids.flatMap((id) => attendance(id, series('2024-09-02', 40, 7), (i) => ({ behaviouralTailoring: i === 10 })));
    const e = rate('fs13-behavioural-tailoring', { participants: ids.map((id) => participant(id, { takesMedication: true })), sessions });
    expect(e.rating).toBe(1);
    expect(explain(e).en).toMatch(/Swapping experiences once does not count/);
  });

  it.each([
    [1, 1],
    [2, 2],
    [4, 3],
    [7, 4],
    [9, 5],
  ])('%i of 10 on medication tailored systematically -> %i', (n, rating) => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const sessions = ids.flatMap((id, k) => attendance(id, series('2025-01-06', 3, 7), (i) => ({ behaviouralTailoring: k < n && i < 2 })));
    expect(rate('fs13-behavioural-tailoring', { participants: ids.map((id) => participant(id, { takesMedication: true })), sessions }).rating).toBe(rating);
  });

  it('is taken over participants who take medication only', () => {
    const sessions = [...attendance('med', series('2025-01-06', 2, 7), () => ({ behaviouralTailoring: true })), ...attendance('none', series('2025-01-06', 2, 7))];
    const e = rate('fs13-behavioural-tailoring', { participants: [participant('med', { takesMedication: true }), participant('none')], sessions });
    expect(e).toMatchObject({ value: 100 });
    expect(e.basis.participants).toBe(1);
  });
});
