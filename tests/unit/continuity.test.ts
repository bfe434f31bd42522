/**
 * Week-to-week continuity (issue 9): the group's earlier sessions, last time's agreement per
 * participant, newcomers, and what the last session left to pick up.
 */
import { describe, expect, it } from 'vitest';
import { isNewcomer, lastAgreement, lastSessionRecap, priorSessions } from '../../lib/session/continuity';
import { fullPlan, makeEntry, makePrompt, makeSession, promptRecords } from '../factories';

const s1 = makeSession({
  id: 's1',
  date: '2024-03-06',
  participants: {
    p1: makeEntry({ attendance: 'present', nextHomePractice: ' Call library coordinator by Friday ', nextHomePracticeWithSupporter: false }),
    p2: makeEntry({ attendance: 'absent' }),
    p3: makeEntry({ attendance: null }),
  },
});
const s2 = makeSession({
  id: 's2',
  date: '2024-03-13',
  sessionNumber: 2,
  participants: {
    p1: makeEntry({ attendance: 'absent', nextHomePractice: '' }),
    p2: makeEntry({ attendance: 'late', nextHomePractice: 'Read the handout with my sister', nextHomePracticeWithSupporter: true }),
    p3: makeEntry({ attendance: null, nextHomePractice: 'Walk twice' }),
  },
});
const current = makeSession({ id: 's3', date: '2024-03-20', status: 'running', sessionNumber: 3 });

describe('priorSessions', () => {
  it('keeps the group’s ended sessions before the current one, oldest first', () => {
    const otherGroup = makeSession({ id: 'x', groupId: 'g2', date: '2024-03-01' });
    const running = makeSession({ id: 'r', date: '2024-03-01', status: 'running' });
    const later = makeSession({ id: 'later', date: '2024-03-27' });
    const sameDayEarlier = makeSession({ id: 'same', date: '2024-03-20', createdAt: current.createdAt - 1 });
    const prior = priorSessions(current, [later, s2, current, otherGroup, running, s1, sameDayEarlier]);
    expect(prior.map((s) => s.id)).toEqual(['s1', 's2', 'same']);
  });
});

describe('lastAgreement', () => {
  const prior = [s1, s2];
  it('gives what was agreed the last time the participant came, skipping sessions they missed', () => {
    expect(lastAgreement('p1', prior)).toEqual({ sessionId: 's1', date: '2024-03-06', text: 'Call library coordinator by Friday', withSupporter: false });
  });
  it('keeps whether a supporter takes part', () => {
    expect(lastAgreement('p2', prior)).toMatchObject({ sessionId: 's2', withSupporter: true, text: 'Read the handout with my sister' });
  });
  it('counts a session with unrecorded attendance when something was agreed there', () => {
    expect(lastAgreement('p3', prior)).toMatchObject({ sessionId: 's2', text: 'Walk twice' });
    expect(lastAgreement('p3', [s1])).toBeNull();
  });
  it('gives an empty text when they came but nothing was written down, and null when they never came', () => {
    const s = makeSession({ id: 'e', participants: { p1: makeEntry({ attendance: 'present' }) } });
    expect(lastAgreement('p1', [s])).toMatchObject({ sessionId: 'e', text: '' });
    expect(lastAgreement('p9', prior)).toBeNull();
    expect(lastAgreement('p1', [])).toBeNull();
  });
});

describe('isNewcomer', () => {
  it('is true for a participant who never came before, false once they did or were on the roster unrecorded', () => {
    expect(isNewcomer('p1', [s1, s2])).toBe(false);
    expect(isNewcomer('p2', [s1])).toBe(true);
    expect(isNewcomer('p2', [s1, s2])).toBe(false);
    expect(isNewcomer('p3', [s1])).toBe(false);
    expect(isNewcomer('p7', [s1, s2])).toBe(true);
    expect(isNewcomer('p1', [])).toBe(true);
  });
});

describe('lastSessionRecap', () => {
  const keyReview = makePrompt({ id: 'k-review', stepId: 'review-previous', key: true });
  const keyPlan = makePrompt({ id: 'k-plan', stepId: 'action-planning', key: true });
  const keyDone = makePrompt({ id: 'k-done', stepId: 'teach', key: true });
  const keyNa = makePrompt({ id: 'k-na', stepId: 'teach', key: true });
  const optional = makePrompt({ id: 'opt', stepId: 'teach', key: false });
  const prompts = [keyReview, keyPlan, keyDone, keyNa, optional];

  it('is null for a group’s first session', () => {
    expect(lastSessionRecap([], prompts)).toBeNull();
  });
  it('names the last session and the key prompts it left not done or unanswered', () => {
    const last = makeSession({
      id: 'last',
      date: '2024-03-13',
      sessionNumber: 2,
      plan: fullPlan(),
      prompts: promptRecords({ 'k-plan': 'not-done', 'k-done': 'done', 'k-na': 'na' }),
    });
    const recap = lastSessionRecap([s1, last], prompts)!;
    expect(recap).toMatchObject({ sessionId: 'last', date: '2024-03-13', moduleId: 'recovery-strategies', sessionNumber: 2 });
    expect(recap.pickUp.map((p) => p.id)).toEqual(['k-review', 'k-plan']);
  });
});
