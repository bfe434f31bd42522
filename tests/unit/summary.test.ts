import { describe, expect, it } from 'vitest';
import { promptsOffered, summariseSession } from '../../lib/session/summary';
import type { Prompt } from '../../lib/curriculum/types';
import type { ClockEvent, Session } from '../../lib/model';
import { makeEntry as entry, makeParticipant, makePrompt, makeSession, T0 } from '../factories';

const s = (sec: number) => T0 + sec * 1000;

const prompt = (id: string, over: Partial<Prompt> = {}): Prompt => makePrompt({ id, ...over });

/** Library order matters: `missed` keeps it within the key and non-key groups. */
const PROMPTS: Prompt[] = [
  prompt('p-checkin', { stepId: 'check-in' }),
  prompt('p-apr-key', { stepId: 'action-plan-review', key: true }),
  prompt('p-goal-key', { stepId: 'goal-follow-up', key: true, fidelityItems: ['fs7-goal-follow-up'] }),
  prompt('p-teach-cbt', { fidelityItems: ['fs10-cognitive-behavioural'] }),
  prompt('p-teach-edu', { fidelityItems: ['fs9-educational'] }),
  prompt('p-teach-na', { fidelityItems: ['fs11-coping-skills', 'fs10-cognitive-behavioural'] }),
  prompt('p-other-module', { moduleId: 'mod-b', fidelityItems: ['fs9-educational'] }),
  prompt('p-this-module', { moduleId: 'mod-a', key: true, fidelityItems: ['fs8-motivational'] }),
  prompt('p-individual-only', { formats: ['individual'] }),
  prompt('p-step-not-in-plan', { stepId: 'agenda', key: true }),
  prompt('p-plan-supporter', { stepId: 'action-planning', key: true, fidelityItems: ['fs5-significant-others'] }),
];

const participant = (id: string, code: string) => makeParticipant({ id, code });

const PARTICIPANTS = [participant('p3', 'C03'), participant('p1', 'A01'), participant('p2', 'B02'), participant('p4', 'D04'), participant('p5', 'E05')];

const EVENTS: ClockEvent[] = [
  { type: 'start', at: s(0) },
  { type: 'next', at: s(400) }, // check-in 400 s of 300: 100 s over
  { type: 'extend', at: s(500), seconds: 120 },
  { type: 'next', at: s(1100) }, // action plan review 700 s of 600 + 120: within
  { type: 'next', at: s(1900) }, // goal follow-up 800 s of 900
  { type: 'pause', at: s(2000) },
  { type: 'resume', at: s(2300) },
  { type: 'end', at: s(3500) }, // teach 1300 s of 1200; action planning never reached
];

function session(over: Partial<Session> = {}): Session {
  return makeSession({
    moduleId: 'mod-a',
    sessionNumber: 2,
    templateId: 'group-60',
    plan: [
      { stepId: 'check-in', seconds: 300 },
      { stepId: 'action-plan-review', seconds: 600 },
      { stepId: 'goal-follow-up', seconds: 900 },
      { stepId: 'teach', seconds: 1200 },
      { stepId: 'action-planning', seconds: 600 },
    ],
    events: EVENTS,
    prompts: {
      'p-checkin': { status: 'not-done', note: '', at: s(10) },
      'p-apr-key': { status: 'not-done', note: 'ran out of time', at: s(900) },
      'p-teach-cbt': { status: 'done', note: '', at: s(2500) },
      'p-teach-edu': { status: 'not-done', note: '', at: s(2500) },
      'p-teach-na': { status: 'na', note: '', at: s(2500) },
      'p-this-module': { status: 'done', note: '', at: s(2500) },
      'p-other-module': { status: 'done', note: '', at: s(2500) },
      'p-goal-key': { status: null, note: '', at: s(1200) },
    },
    participants: {
      p1: entry({ attendance: 'present' }),
      p2: entry({ attendance: 'late' }),
      p3: entry({ attendance: 'left-early' }),
      p4: entry({ attendance: 'absent' }),
      p5: entry({}),
    },
    ...over,
  });
}

const ids = (list: { prompt: Prompt }[]) => list.map((o) => o.prompt.id);

describe('summariseSession timeline', () => {
  const summary = summariseSession({ session: session(), participants: PARTICIPANTS, prompts: PROMPTS, now: s(99_999) });

  it('gives planned, extended, actual and overrun seconds per planned step', () => {
    expect(summary.timeline.map((r) => [r.stepId, r.plannedSec, r.extendedSec, r.actualSec, r.overrunSec, r.skipped])).toEqual([
      ['check-in', 300, 0, 400, 100, false],
      ['action-plan-review', 600, 120, 700, 0, false],
      ['goal-follow-up', 900, 0, 800, 0, false],
      ['teach', 1200, 0, 1300, 100, false],
      ['action-planning', 600, 0, 0, 0, true],
    ]);
  });

  it('totals against the original plan, extensions reported separately', () => {
    expect(summary.totals).toEqual({
      plannedSec: 3600,
      extendedSec: 120,
      actualSec: 3200,
      differenceSec: -400,
      overrunSec: 0,
      skippedSteps: 1,
    });
    expect(summary.clockStatus).toBe('ended');
    expect(summary.endedAt).toBe(s(3500));
  });

  it('reports an overrun when the session ran longer than planned', () => {
    const long = session({ events: [{ type: 'start', at: s(0) }, { type: 'end', at: s(4000) }] });
    const totals = summariseSession({ session: long, participants: [], prompts: [], now: s(5000) }).totals;
    expect(totals.actualSec).toBe(4000);
    expect(totals.overrunSec).toBe(400);
    expect(totals.skippedSteps).toBe(4);
  });

  it('counts a running session up to now', () => {
    const running = session({ status: 'running', events: [{ type: 'start', at: s(0) }] });
    const result = summariseSession({ session: running, participants: [], prompts: [], now: s(120) });
    expect(result.clockStatus).toBe('running');
    expect(result.timeline[0]?.actualSec).toBe(120);
  });
});

describe('summariseSession prompts', () => {
  const summary = summariseSession({ session: session(), participants: PARTICIPANTS, prompts: PROMPTS, now: s(99_999) });

  it('offers prompts whose step is planned, for this module or all, and for this format', () => {
    expect(ids(summary.prompts.offered)).toEqual([
      'p-checkin',
      'p-apr-key',
      'p-goal-key',
      'p-teach-cbt',
      'p-teach-edu',
      'p-teach-na',
      'p-this-module',
      'p-plan-supporter',
    ]);
    expect(promptsOffered(session({ format: 'individual' }), PROMPTS).map((p) => p.id)).toContain('p-individual-only');
  });

  it('lists missed prompts (not done or unanswered) with key prompts first', () => {
    expect(ids(summary.prompts.missed)).toEqual(['p-apr-key', 'p-goal-key', 'p-plan-supporter', 'p-checkin', 'p-teach-edu']);
    expect(summary.prompts.missed.find((o) => o.prompt.id === 'p-apr-key')).toMatchObject({ outcome: 'not-done', note: 'ran out of time' });
    expect(summary.prompts.missed.find((o) => o.prompt.id === 'p-goal-key')?.outcome).toBe('unanswered');
  });

  it('counts outcomes', () => {
    expect(summary.prompts.counts).toEqual({ offered: 8, done: 2, notDone: 3, na: 1, unanswered: 2 });
  });

  it('groups by fidelity item in scale order, with a prompt under every item it feeds', () => {
    expect(summary.prompts.byFidelityItem.map((g) => g.itemId)).toEqual([
      'fs5-significant-others',
      'fs7-goal-follow-up',
      'fs8-motivational',
      'fs9-educational',
      'fs10-cognitive-behavioural',
      'fs11-coping-skills',
      null,
    ]);
    const cbt = summary.prompts.byFidelityItem.find((g) => g.itemId === 'fs10-cognitive-behavioural');
    expect(ids(cbt?.covered ?? [])).toEqual(['p-teach-cbt']);
    expect(ids(cbt?.na ?? [])).toEqual(['p-teach-na']);
    const coping = summary.prompts.byFidelityItem.find((g) => g.itemId === 'fs11-coping-skills');
    expect(ids(coping?.na ?? [])).toEqual(['p-teach-na']);
    const none = summary.prompts.byFidelityItem.find((g) => g.itemId === null);
    expect(ids(none?.notDone ?? [])).toEqual(['p-checkin', 'p-apr-key']);
    const goal = summary.prompts.byFidelityItem.find((g) => g.itemId === 'fs7-goal-follow-up');
    expect(ids(goal?.unanswered ?? [])).toEqual(['p-goal-key']);
  });

  it('treats an unknown stored status as unanswered', () => {
    const odd = session({ prompts: { 'p-teach-cbt': { status: 'maybe' as never, note: '', at: s(1) } } });
    const result = summariseSession({ session: odd, participants: [], prompts: PROMPTS, now: s(1) });
    expect(result.prompts.offered.find((o) => o.prompt.id === 'p-teach-cbt')?.outcome).toBe('unanswered');
  });
});

describe('summariseSession attendance', () => {
  const summary = summariseSession({ session: session(), participants: PARTICIPANTS, prompts: PROMPTS, now: s(99_999) });

  it('counts present, late, left early, absent and not recorded', () => {
    expect(summary.attendance).toEqual({ present: 1, late: 1, leftEarly: 1, absent: 1, notRecorded: 1, attended: 3, total: 5 });
  });

  it('gives each participant their own entry, sorted by code', () => {
    expect(summary.participants.map((r) => [r.code, r.entry.attendance])).toEqual([
      ['A01', 'present'],
      ['B02', 'late'],
      ['C03', 'left-early'],
      ['D04', 'absent'],
      ['E05', null],
    ]);
  });

  it('keeps an entry whose participant record is gone, under its id', () => {
    const result = summariseSession({ session: session(), participants: PARTICIPANTS.slice(1), prompts: [], now: s(1) });
    expect(result.participants.find((r) => r.participantId === 'p3')).toMatchObject({ code: 'p3', participant: null });
    expect(result.attendance.total).toBe(5);
  });
});
