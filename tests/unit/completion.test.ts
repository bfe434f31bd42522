import { describe, expect, it } from 'vitest';
import {
  attendanceHistory,
  attendancePercent,
  completionFlags,
  goalChart,
  missedModules,
  participantCompletion,
  type CompletionFlagKind,
  type ParticipantTimeline,
} from '../../lib/completion';
import type { Attendance, GoalProgress, ParticipantEntry, Session } from '../../lib/model';
import { makeEntry, makeSession } from '../factories';

const GROUP = 'g1';
const MODULES = [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }, { id: 'm4' }];

function person(overrides: Partial<ParticipantTimeline> = {}): ParticipantTimeline {
  return { id: 'p1', groupId: GROUP, joinedOn: '2024-01-01', leftOn: null, status: 'active', ...overrides };
}

let seq = 0;
/** A session on day `day` of January 2024 (so dates sort as text), ended unless told otherwise. */
function session(
  day: number,
  entries: Record<string, Partial<ParticipantEntry>>,
  options: Partial<Pick<Session, 'status' | 'moduleId' | 'groupId' | 'sessionNumber'>> = {},
): Session {
  seq += 1;
  const participants = Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, makeEntry(e)]));
  const date = `2024-01-${String(day).padStart(2, '0')}`;
  const at = day * 1000 + seq;
  return makeSession({ id: `s${seq}`, groupId: GROUP, moduleId: 'm1', participants, date, createdAt: at, updatedAt: at, ...options });
}

/** One session per letter, a day apart: P present, L late, E left early, A absent, - not recorded. */
function series(pattern: string, participantId = 'p1'): Session[] {
  const codes: Record<string, Attendance | null> = { P: 'present', L: 'late', E: 'left-early', A: 'absent', '-': null };
  return [...pattern].map((c, i) => session(i + 2, { [participantId]: { attendance: codes[c] ?? null } }));
}

function flagKinds(pattern: string, p = person()): CompletionFlagKind[] {
  return completionFlags(p, attendanceHistory(p, series(pattern))).map((f) => f.kind);
}

describe('attendanceHistory', () => {
  it.each([
    { pattern: '', held: 0, attended: 0, absent: 0, notRecorded: 0, recorded: 0, rate: null },
    { pattern: 'PPP', held: 3, attended: 3, absent: 0, notRecorded: 0, recorded: 3, rate: 1 },
    { pattern: 'PLEA', held: 4, attended: 3, absent: 1, notRecorded: 0, recorded: 4, rate: 0.75 },
    // Unrecorded is shown as unrecorded and left out of the rate, never counted as absent (issue 9).
    { pattern: 'P-A', held: 3, attended: 1, absent: 1, notRecorded: 1, recorded: 2, rate: 1 / 2 },
    { pattern: 'P--', held: 3, attended: 1, absent: 0, notRecorded: 2, recorded: 1, rate: 1 },
    { pattern: '---', held: 3, attended: 0, absent: 0, notRecorded: 3, recorded: 0, rate: null },
  ])('counts "$pattern"', ({ pattern, held, attended, absent, notRecorded, recorded, rate }) => {
    const summary = attendanceHistory(person(), series(pattern));
    expect(summary).toMatchObject({ held, attended, absent, notRecorded, recorded, rate });
    expect(summary.history.map((r) => r.mark)).toEqual(
      [...pattern].map((c) => (c === 'A' ? 'absent' : c === '-' ? 'not-recorded' : 'attended')),
    );
  });

  it('counts a session without an entry for the participant as not recorded', () => {
    const summary = attendanceHistory(person(), [session(3, { other: { attendance: 'present' } })]);
    expect(summary).toMatchObject({ held: 1, attended: 0, notRecorded: 1 });
  });

  it('does not count sessions before joining or after leaving; the join and leave days count', () => {
    const p = person({ joinedOn: '2024-01-05', leftOn: '2024-01-09', status: 'left' });
    const sessions = [3, 4, 5, 7, 9, 10].map((d) => session(d, { p1: { attendance: 'present' } }));
    expect(attendanceHistory(p, sessions).history.map((r) => r.date)).toEqual(['2024-01-05', '2024-01-07', '2024-01-09']);
  });

  it('ignores running sessions and other groups', () => {
    const sessions = [
      session(3, { p1: { attendance: 'present' } }),
      session(4, { p1: { attendance: 'absent' } }, { status: 'running' }),
      session(5, { p1: { attendance: 'absent' } }, { groupId: 'other' }),
    ];
    expect(attendanceHistory(person(), sessions)).toMatchObject({ held: 1, attended: 1 });
  });

  it('orders by session date, not by the order given', () => {
    const sessions = [session(9, { p1: { attendance: 'absent' } }), session(2, { p1: { attendance: 'present' } })];
    expect(attendanceHistory(person(), sessions).history.map((r) => r.mark)).toEqual(['attended', 'absent']);
  });
});

describe('completionFlags', () => {
  it.each([
    // The 70 % boundary: exactly 70 % is enough, anything under is flagged.
    { pattern: 'PPPPPPAAAP', flags: [], why: '7 of 10 = 70 %' },
    { pattern: 'PPPPAPAPA', flags: ['below-70-percent'], why: '6 of 9 = 67 %' },
    { pattern: `${'P'.repeat(15)}${'A'.repeat(7)}P`, flags: ['below-70-percent'], why: '16 of 23 = 69.6 %' },
    { pattern: `${'P'.repeat(20)}${'A'.repeat(9)}P`, flags: [], why: '21 of 30 = 70 %' },
    // Too few sessions for a rate to mean much.
    { pattern: 'A', flags: [], why: 'one session' },
    { pattern: 'PA', flags: [], why: '1 of 2, only two sessions' },
    { pattern: 'PAP', flags: ['below-70-percent'], why: '2 of 3 once three were held' },
    // Consecutive absences: only the last two sessions held count.
    { pattern: 'AA', flags: ['two-consecutive-absences'], why: 'two absences, too few for the rate' },
    { pattern: 'PPPPPPPPAA', flags: ['two-consecutive-absences'], why: '8 of 10 but the last two absent' },
    { pattern: 'PPAA', flags: ['two-consecutive-absences', 'below-70-percent'], why: 'both' },
    { pattern: 'PPPAPAP', flags: [], why: 'absences not consecutive, 5 of 7' },
    { pattern: 'PPPPPAAP', flags: [], why: 'came back after two absences' },
    { pattern: 'PPPPPPA-', flags: [], why: 'not recorded is not an absence' },
    { pattern: '---', flags: [], why: 'nothing recorded: no rate, no flag (issue 9: 1/3 · 33 % ⚠ after one unrecorded session)' },
    { pattern: 'P--', flags: [], why: 'one recorded session is too few for a rate' },
    { pattern: 'PA-A-', flags: ['below-70-percent'], why: '1 of 3 recorded' },
    { pattern: 'PPPPPPPLE', flags: [], why: 'late and left early count as attended' },
    { pattern: '', flags: [], why: 'no sessions' },
  ])('$pattern: $why', ({ pattern, flags }) => {
    expect(flagKinds(pattern)).toEqual(flags);
  });

  it('counts only sessions since joining, for both flags', () => {
    // Absent before joining is impossible to hold against someone; after joining they came to all 3.
    const sessions = [
      session(2, { p1: { attendance: 'absent' } }),
      session(3, { p1: { attendance: 'absent' } }),
      ...[5, 6, 7].map((d) => session(d, { p1: { attendance: 'present' } })),
    ];
    const p = person({ joinedOn: '2024-01-04' });
    expect(completionFlags(p, attendanceHistory(p, sessions))).toEqual([]);
    const before = person({ joinedOn: '2024-01-01' });
    expect(completionFlags(before, attendanceHistory(before, sessions)).map((f) => f.kind)).toEqual(['below-70-percent']);
  });

  it('ignores a running session when finding the last two held', () => {
    const sessions = [...series('PAA'), session(20, { p1: { attendance: 'present' } }, { status: 'running' })];
    expect(completionFlags(person(), attendanceHistory(person(), sessions)).map((f) => f.kind)).toContain('two-consecutive-absences');
  });

  it.each(['completed', 'left'] as const)('does not flag a participant whose status is %s', (status) => {
    expect(flagKinds('PPAA', person({ status }))).toEqual([]);
  });

  it('gives each flag a label and an outreach suggestion', () => {
    const [twice, rate] = completionFlags(person(), attendanceHistory(person(), series('PPAA')));
    expect(twice).toMatchObject({ labelKey: 'completion.flag.twoAbsences', outreachKey: 'completion.outreach.twoAbsences' });
    expect(rate).toMatchObject({ labelKey: 'completion.flag.below70', outreachKey: 'completion.outreach.below70' });
  });
});

describe('attendancePercent', () => {
  it.each([
    { pattern: '', percent: null },
    { pattern: 'PPPPPPPAA', percent: 78 },
    { pattern: 'PPPPPPAAAP', percent: 70 },
    // 69.6 % would round to 70 % and contradict the flag beside it.
    { pattern: `${'P'.repeat(15)}${'A'.repeat(7)}P`, percent: 69 },
    { pattern: 'PPA', percent: 67 },
  ])('$pattern -> $percent', ({ pattern, percent }) => {
    expect(attendancePercent(attendanceHistory(person(), series(pattern)))).toBe(percent);
  });
});

describe('missedModules', () => {
  const attend = (day: number, moduleId: string, a: Attendance | null, extra: Record<string, Partial<ParticipantEntry>> = {}) =>
    session(day, { p1: { attendance: a }, ...extra }, { moduleId });

  it.each([
    { name: 'no sessions', sessions: [], missed: [] },
    { name: 'attended one session of each module', sessions: [attend(2, 'm1', 'present'), attend(3, 'm1', 'absent'), attend(4, 'm2', 'late')], missed: [] },
    { name: 'absent from every session of a module', sessions: [attend(2, 'm1', 'present'), attend(3, 'm2', 'absent'), attend(4, 'm2', 'absent')], missed: ['m2'] },
    // Issue 9: unrecorded attendance is not absence, so a module they may have attended is not missed.
    { name: 'not recorded is not missed', sessions: [attend(2, 'm1', null)], missed: [] },
    { name: 'absent once and not recorded once is not missed', sessions: [attend(2, 'm1', 'absent'), attend(3, 'm1', null)], missed: [] },
    {
      name: 'returned in curriculum order, not teaching order',
      sessions: [attend(2, 'm3', 'absent'), attend(3, 'm1', 'absent'), attend(4, 'm2', 'present')],
      missed: ['m1', 'm3'],
    },
    { name: 'a module not yet covered is not missed', sessions: [attend(2, 'm1', 'present')], missed: [] },
    { name: 'running sessions are ignored', sessions: [session(2, { p1: { attendance: 'absent' } }, { moduleId: 'm4', status: 'running' })], missed: [] },
    { name: 'modules the curriculum no longer lists come last', sessions: [attend(2, 'old', 'absent'), attend(3, 'm2', 'absent')], missed: ['m2', 'old'] },
  ])('$name', ({ sessions, missed }) => {
    expect(missedModules(person(), sessions, MODULES)).toEqual(missed);
  });

  it('includes modules taught before a rolling-admission participant joined', () => {
    const sessions = [
      session(2, { p0: { attendance: 'present' } }, { moduleId: 'm1' }),
      session(3, { p0: { attendance: 'present' } }, { moduleId: 'm2' }),
      session(10, { p0: { attendance: 'present' }, p1: { attendance: 'present' } }, { moduleId: 'm3' }),
    ];
    expect(missedModules(person({ joinedOn: '2024-01-08' }), sessions, MODULES)).toEqual(['m1', 'm2']);
  });

  it('leaves out modules the practitioner marked caught up', () => {
    const sessions = [attend(2, 'm1', 'absent'), attend(3, 'm2', 'absent')];
    expect(missedModules(person({ caughtUp: ['m2'] }), sessions, MODULES)).toEqual(['m1']);
  });

  it('does not count modules taught after the participant left', () => {
    const sessions = [attend(2, 'm1', 'present'), session(12, {}, { moduleId: 'm2' })];
    expect(missedModules(person({ leftOn: '2024-01-05', status: 'left' }), sessions, MODULES)).toEqual([]);
  });
});

describe('participantCompletion', () => {
  const sessions = [session(2, { p0: { attendance: 'present' } }, { moduleId: 'm1' }), session(9, { p1: { attendance: 'present' } }, { moduleId: 'm2' })];
  const p = person({ joinedOn: '2024-01-05' });

  it('reports missed modules for rolling groups only', () => {
    expect(participantCompletion({ enrolment: 'rolling' }, p, sessions, MODULES).missedModules).toEqual(['m1']);
    expect(participantCompletion({ enrolment: 'closed' }, p, sessions, MODULES).missedModules).toEqual([]);
  });

  it('handles a participant with no data at all', () => {
    expect(participantCompletion({ enrolment: 'rolling' }, person(), [], MODULES)).toEqual({
      attendance: { history: [], held: 0, attended: 0, absent: 0, notRecorded: 0, recorded: 0, rate: null },
      flags: [],
      missedModules: [],
      goalChart: [],
    });
  });
});

describe('goalChart', () => {
  const goal = (day: number, attendance: Attendance | null, goalReviewed: boolean, goalProgress: GoalProgress | null, status?: Session['status']) =>
    session(day, { p1: { attendance, goalReviewed, goalProgress } }, status ? { status } : {});

  it('lists review and progress over attended sessions in date order', () => {
    const sessions = [
      goal(9, 'present', true, 'step-done'),
      goal(2, 'present', true, 'none'),
      goal(4, 'absent', false, null),
      goal(5, 'late', false, null),
      goal(7, 'left-early', true, 'some'),
      goal(8, null, false, null),
      goal(12, 'present', true, 'some', 'running'),
    ];
    expect(goalChart(person(), sessions).map(({ date, reviewed, progress }) => [date, reviewed, progress])).toEqual([
      ['2024-01-02', true, 'none'],
      ['2024-01-05', false, null],
      ['2024-01-07', true, 'some'],
      ['2024-01-09', true, 'step-done'],
    ]);
  });

  it('is empty without attended sessions', () => {
    expect(goalChart(person(), [])).toEqual([]);
    expect(goalChart(person(), [goal(2, 'absent', false, null)])).toEqual([]);
  });
});
