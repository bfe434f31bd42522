import { describe, expect, it } from 'vitest';
import { PROGRAMME_LENGTH } from '../../../lib/fidelity/evidence';
import { reachedProgrammeLength } from '../../../lib/fidelity/scoring';
import { addDays, attendance, explain, participant, rate, series } from './helpers';

/**
 * Anchor: at least six months of weekly sessions, or the equivalent (fortnightly for a year).
 * Share of participants who reach it: < 20 % · 20-39 · 40-69 · 70-89 · >= 90 %. Verified.
 * Judged on sessions actually attended: 26 of them, over at least 26 weeks, at least fortnightly.
 */
const days = (dates: string[]) => dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000);

describe('item 2, programme length: who reached it', () => {
  it.each([
    ['26 weekly sessions (26 weeks)', series('2024-06-03', 26, 7), true],
    ['25 weekly sessions', series('2024-06-03', 25, 7), false],
    ['26 fortnightly sessions (a year)', series('2024-06-03', 26, 14), true],
    ['fortnightly for 7 months (15 sessions)', series('2024-06-03', 15, 14), false],
    ['two sessions 190 days apart', ['2024-06-03', '2024-12-10'], false],
    ['26 sessions in 13 weeks (twice a week)', series('2024-06-03', 26, 3.5).map((d) => d), false],
    ['26 monthly sessions (two years)', series('2023-01-02', 26, 30), false],
    ['26 weekly sessions, then monthly ones', [...series('2023-01-02', 26, 7), ...series('2023-08-01', 10, 30)], true],
    ['52 twice-weekly sessions over 26 weeks', series('2024-06-03', 52, 3.5), true],
    ['26 sessions spanning 174 days (one gap of 6)', [...series('2024-06-03', 25, 7), addDays('2024-06-03', 174)], false],
    ['26 sessions spanning 175 days', [...series('2024-06-03', 25, 7), addDays('2024-06-03', 175)], true],
    ['26 sessions spanning 350 days (fortnightly on average)', series('2024-06-03', 26, 14), true],
    ['26 sessions spanning 351 days', [...series('2024-06-03', 25, 14), addDays('2024-06-03', 351)], false],
  ])('%s -> %s', (_what, dates, reached) => {
    expect(reachedProgrammeLength(days(dates))).toBe(reached);
  });

  it('uses the numbers of the evidence table', () => {
    expect(PROGRAMME_LENGTH).toEqual({ sessions: 26, minDays: 175, maxAverageGapDays: 14 });
  });
});

describe('item 2, programme length: the estimate', () => {
  /** n of 10 participants with 26 weekly sessions; the others attended 10 weekly sessions and left. */
  function cohort(n: number) {
    const participants = Array.from({ length: 10 }, (_, i) => participant(`q${i}`, i < n ? {} : { status: 'left', leftOn: '2024-09-01' }));
    const sessions = participants.flatMap((p, i) => attendance(p.id, series('2024-06-03', i < n ? 26 : 10, 7)));
    return { participants, sessions };
  }

  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [6, 3],
    [7, 4],
    [8, 4],
    [9, 5],
    [10, 5],
  ])('%i of 10 reached -> %i', (n, rating) => {
    expect(rate('fs2-program-length', cohort(n)).rating).toBe(rating);
  });

  // The probes of issue 10: each gave 5 under the old date-gap rule.
  it.each([
    ['two sessions 190 days apart', ['2024-06-03', '2024-12-10']],
    ['fortnightly sessions for 7 months', series('2024-11-01', 16, 14)],
    ['200 days on a waiting list, then one session', ['2024-12-17']],
  ])('is not top-rated: %s', (_what, dates) => {
    const participants = [participant('q', { joinedOn: addDays(dates[0]!, -200) })];
    const e = rate('fs2-program-length', { participants, sessions: attendance('q', dates) });
    expect(e.rating).not.toBeNull();
    expect(e.rating).toBeLessThan(5);
  });

  it('does not judge someone still taking part whose first session is under 26 weeks ago', () => {
    const participants = [participant('q', { joinedOn: '2024-01-01' })];
    const e = rate('fs2-program-length', { participants, sessions: attendance('q', series('2025-02-01', 10, 7)) });
    expect(e.rating).toBeNull();
    expect(explain(e).en).toMatch(/cannot be judged yet/);
  });

  it('explains the rule in both languages', () => {
    const e = rate('fs2-program-length', cohort(5));
    expect(explain(e).en).toContain('5 of 10 (50%)');
    expect(explain(e).nl).toContain('5 van 10 (50%)');
    expect(explain(e).nl).toContain('wachtlijst');
  });
});
