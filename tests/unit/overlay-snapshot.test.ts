/**
 * What the on-call card may learn (lib/background/overlay-snapshot.ts): its words in the reader's
 * language, the step, the one key prompt to show, today's teaching points, and home practice as
 * counts per numbered participant; never a code, a goal, a note or typed home practice.
 */
import { describe, expect, it } from 'vitest';
import { buildOverlaySnapshot, type OverlaySnapshotInput } from '../../lib/background/overlay-snapshot';
import { BUILT_IN_CONTENT, getTemplate, MODULES } from '../../lib/curriculum';
import { emptyParticipantEntry, type Group, type Participant, type Session } from '../../lib/model';
import { createSession } from '../../lib/session/plan';
import { OverlaySnapshot, parseMessage } from '../../lib/messaging/contract';
import { V1_GROUP, V1_PARTICIPANTS } from './fixtures/db-v1';
import { labelsFor } from './fixtures/packaged';

const T0 = 1_700_000_000_000;
const sec = (n: number) => T0 + n * 1000;
const GROUP: Group = { ...V1_GROUP, id: 'g1', format: 'group' };
const PEOPLE: Participant[] = V1_PARTICIPANTS.map((p, i) => ({ ...p, id: `p${i}`, groupId: 'g1', code: `ZX${i}9`, status: 'active', goal: `Secret goal ${i}` }));
const MODULE = MODULES[0]!;

function session(createdAt: number, steps: number, overrides: Partial<Session> = {}): Session {
  const made = createSession({
    group: GROUP,
    participants: PEOPLE,
    moduleId: MODULE.id,
    sessionNumber: 1,
    template: getTemplate('group-60')!,
    practitioner: 'A. Jansen',
    warnSeconds: 60,
    noteFormat: 'imr',
    now: createdAt,
  });
  const events: Session['events'] = [{ type: 'start', at: createdAt }];
  for (let i = 0; i < steps; i++) events.push({ type: 'next', at: createdAt + (i + 1) * 1000 });
  return { ...made, createdAt, events, ...overrides };
}

function input(today: Session, more: Partial<OverlaySnapshotInput> = {}): OverlaySnapshotInput {
  return { session: today, curriculum: BUILT_IN_CONTENT, participants: PEOPLE, earlier: [], labels: labelsFor('en'), vault: 'off', now: today.createdAt + 60_000, ...more };
}

const stepIndex = (s: Session, id: string) => s.plan.findIndex((p) => p.stepId === id);

describe('buildOverlaySnapshot', () => {
  it('is not running without a running session, and carries nothing else then', () => {
    expect(buildOverlaySnapshot({ ...input(session(T0, 0)), session: undefined })).toEqual({ running: false, now: sec(60) });
    expect(buildOverlaySnapshot(input(session(T0, 0, { status: 'ended' })))).toEqual({ running: false, now: sec(60) });
  });

  it('passes its own contract check, in English and Dutch', () => {
    for (const locale of ['en', 'nl'] as const) {
      const snapshot = buildOverlaySnapshot(input(session(T0, 0), { labels: labelsFor(locale) }));
      expect(parseMessage(OverlaySnapshot, snapshot).ok).toBe(true);
    }
  });

  it("shows today's teaching points on New material", () => {
    const today = session(T0, 0);
    const teach = session(T0, stepIndex(today, 'teach'));
    const snapshot = buildOverlaySnapshot(input(teach));
    if (!snapshot.running) throw new Error('not running');
    expect(snapshot.outline?.title).toBe('Today’s teaching points');
    expect(snapshot.outline?.items).toEqual(MODULE.sessions[0]!.outline.map((t) => t.en));
  });

  it('counts agreed home practice per numbered participant at action-plan review, with no code, goal or practice text', () => {
    const [a, b] = PEOPLE;
    const first = session(sec(-20_000), 8, {
      participants: { [a!.id]: { ...emptyParticipantEntry(), nextHomePractice: 'Walk with my sister ZX' }, [b!.id]: emptyParticipantEntry() },
    });
    const second = session(sec(-10_000), 8, {
      participants: {
        [a!.id]: { ...emptyParticipantEntry(), homePractice: 'done', nextHomePractice: 'Call the clinic' },
        [b!.id]: { ...emptyParticipantEntry(), nextHomePractice: 'Write the plan' },
      },
    });
    const base = session(T0, 0);
    const today = session(T0, stepIndex(base, 'action-plan-review'), {
      participants: { [a!.id]: { ...emptyParticipantEntry(), homePractice: 'done' }, [b!.id]: emptyParticipantEntry() },
    });
    const snapshot = buildOverlaySnapshot(input(today, { earlier: [second, first, today] }));
    if (!snapshot.running) throw new Error('not running');
    expect(snapshot.prompt?.id).toBe('apr-each-participant');
    expect(snapshot.outline?.items.slice(0, 2)).toEqual([
      'Participant 1: 2 of 2 done; agreed last time',
      'Participant 2: 0 of 1 done; agreed last time',
    ]);
    const json = JSON.stringify(snapshot);
    for (const secret of [...PEOPLE.map((p) => p.code), ...PEOPLE.map((p) => p.id), 'Secret goal', 'Walk with', 'Call the clinic', 'Write the plan', today.id]) {
      expect(json).not.toContain(secret);
    }
  });

  it('shows no prompt and no practice counts while encryption seals them from the background', () => {
    const base = session(T0, 0);
    const today = session(T0, stepIndex(base, 'action-plan-review'));
    const snapshot = buildOverlaySnapshot(input(today, { vault: 'locked' }));
    expect(snapshot).toMatchObject({ running: true, prompt: null, promptsHidden: true, outline: null });
  });

  it('falls back to a key prompt left open in an earlier step', () => {
    const base = session(T0, 0);
    const agenda = session(T0, stepIndex(base, 'agenda'));
    const snapshot = buildOverlaySnapshot(input(agenda));
    if (!snapshot.running) throw new Error('not running');
    expect(snapshot.prompt?.id).toBe('goal-each-participant');
  });
});
