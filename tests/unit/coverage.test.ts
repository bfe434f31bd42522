/** Module coverage counts sessions held and attended, not starts (issue 9). */
import { describe, expect, it } from 'vitest';
import { moduleCoverage } from '../../lib/session/coverage';
import { makeEntry, makeSession } from '../factories';
import type { Attendance } from '../../lib/model';
import { message, renderMessage } from '../../lib/i18n/render';

const modules = [
  { id: 'm1', sessions: [1, 2, 3, 4].map((number) => ({ number })) },
  { id: 'm2', sessions: [1, 2].map((number) => ({ number })) },
];
const held = (id: string, moduleId: string, n: number, people: Record<string, Attendance | null>, status: 'ended' | 'running' = 'ended') =>
  makeSession({ id, moduleId, sessionNumber: n, status, participants: Object.fromEntries(Object.entries(people).map(([p, a]) => [p, makeEntry({ attendance: a })])) });

describe('moduleCoverage', () => {
  it('says 3 of 4 sessions held, not covered, after sessions 1-3', () => {
    const c = moduleCoverage([held('a', 'm1', 1, {}), held('b', 'm1', 2, {}), held('c', 'm1', 3, {}), held('d', 'm1', 4, {}, 'running')], modules);
    expect(c.held.get('m1')).toEqual({ held: 3, total: 4 });
    expect(c.complete.has('m1')).toBe(false);
  });

  it('counts a repeated session once and a module held in full as complete', () => {
    const c = moduleCoverage([held('a', 'm2', 1, {}), held('b', 'm2', 1, {}), held('c', 'm2', 2, {})], modules);
    expect(c.held.get('m2')).toEqual({ held: 2, total: 2 });
    expect([...c.complete]).toEqual(['m2']);
  });

  it('covers a module for a participant only when they attended each of its sessions', () => {
    const c = moduleCoverage(
      [
        held('a', 'm2', 1, { p1: 'present', p2: 'present', p3: null }),
        held('b', 'm2', 2, { p1: 'late', p2: 'absent', p3: 'present' }),
        held('c', 'm1', 1, { p1: 'present' }),
      ],
      modules,
    );
    expect([...(c.byParticipant.get('p1') ?? [])]).toEqual(['m2']);
    expect(c.byParticipant.get('p2')?.size ?? 0).toBe(0);
    // Unrecorded attendance is not attendance either: coverage needs a record of it.
    expect(c.byParticipant.get('p3')?.size ?? 0).toBe(0);
  });

  it('counts a module marked caught up as covered for that participant', () => {
    const c = moduleCoverage([held('a', 'm2', 1, { p2: 'absent' })], modules, [{ id: 'p2', caughtUp: ['m1'] }, { id: 'p9' }]);
    expect([...(c.byParticipant.get('p2') ?? [])]).toEqual(['m1']);
    expect(c.byParticipant.has('p9')).toBe(false);
  });
});

describe('the planner’s words, with plurals through Intl.PluralRules', () => {
  it.each([
    ['en', 1, '1 of 1 session held', 'P01: attended every session of 1 module'],
    ['en', 2, '1 of 2 sessions held', 'P01: attended every session of 2 modules'],
    ['nl', 1, '1 van 1 sessie gehouden', 'P01: alle sessies van 1 module bijgewoond'],
    ['nl', 2, '1 van 2 sessies gehouden', 'P01: alle sessies van 2 modules bijgewoond'],
  ] as const)('%s, %i', (locale, n, heldText, coverageText) => {
    expect(renderMessage(message('plan.held', { held: 1, total: n }, n), locale)).toBe(heldText);
    expect(renderMessage(message('plan.participantCoverage', { code: 'P01', n }, n), locale)).toBe(coverageText);
  });
});
