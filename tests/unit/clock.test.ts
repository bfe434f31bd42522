import { describe, expect, it } from 'vitest';
import { cuePhase, deriveClock, formatDuration, nextCue, OVERRUN_REPEAT_SEC } from '../../lib/session/clock';
import type { ClockEvent, PlannedStep } from '../../lib/model';
import { applyClockAction, ClockLogFullError } from '../../lib/session/actions';
import { CLOCK_EVENTS_MAX } from '../../lib/limits';
import { makeSession } from '../factories';

const plan: PlannedStep[] = [
  { stepId: 'check-in', seconds: 60 },
  { stepId: 'review-previous', seconds: 120 },
  { stepId: 'action-plan-review', seconds: 300 },
  { stepId: 'teach', seconds: 600 },
  { stepId: 'action-planning', seconds: 300 },
];
const T0 = 1_700_000_000_000;
const s = (sec: number) => T0 + sec * 1000;

describe('deriveClock', () => {
  it('is not started without a start event', () => {
    const c = deriveClock(plan, [], s(10));
    expect(c.status).toBe('not-started');
    expect(c.current).toBeNull();
    expect(c.elapsedSec).toBe(0);
  });

  it('counts time in the first step after start', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }], s(45));
    expect(c.status).toBe('running');
    expect(c.current?.stepId).toBe('check-in');
    expect(c.current?.remainingSec).toBe(15);
    expect(c.elapsedSec).toBe(45);
  });

  it('does not count paused time', () => {
    const events: ClockEvent[] = [
      { type: 'start', at: s(0) },
      { type: 'pause', at: s(20) },
      { type: 'resume', at: s(320) },
    ];
    const c = deriveClock(plan, events, s(330));
    expect(c.current?.actualSec).toBe(30);
    expect(c.elapsedSec).toBe(30);
    const paused = deriveClock(plan, events.slice(0, 2), s(9999));
    expect(paused.status).toBe('paused');
    expect(paused.current?.remainingSec).toBe(40);
  });

  it('moves to the next step and keeps each step’s own time', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }, { type: 'next', at: s(50) }], s(80));
    expect(c.current?.stepId).toBe('review-previous');
    expect(c.steps[0]?.actualSec).toBe(50);
    expect(c.current?.actualSec).toBe(30);
    expect(c.current?.remainingSec).toBe(90);
  });

  it('reports overrun as negative remaining time and as behind plan', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }], s(100));
    expect(c.current?.remainingSec).toBe(-40);
    expect(c.current?.overrunSec).toBe(40);
    expect(c.pacing.behindSec).toBe(40);
    expect(cuePhase(c.current, 30)).toBe('overrun');
  });

  it('goes back to an earlier step and adds time to it', () => {
    const events: ClockEvent[] = [
      { type: 'start', at: s(0) },
      { type: 'next', at: s(60) },
      { type: 'back', at: s(90) },
    ];
    const c = deriveClock(plan, events, s(100));
    expect(c.current?.stepId).toBe('check-in');
    expect(c.steps[0]?.actualSec).toBe(70);
    expect(c.steps[1]?.actualSec).toBe(30);
  });

  it('ignores back at the first step and next at the last', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }, { type: 'back', at: s(5) }], s(10));
    expect(c.current?.index).toBe(0);
    const events: ClockEvent[] = [{ type: 'start', at: s(0) }];
    for (let i = 1; i <= 6; i++) events.push({ type: 'next', at: s(i) });
    expect(deriveClock(plan, events, s(10)).current?.index).toBe(plan.length - 1);
  });

  it('extends the current step', () => {
    const events: ClockEvent[] = [
      { type: 'start', at: s(0) },
      { type: 'extend', at: s(50), seconds: 120 },
    ];
    const c = deriveClock(plan, events, s(100));
    expect(c.current?.plannedSec).toBe(180);
    expect(c.current?.remainingSec).toBe(80);
    expect(c.plannedTotalSec).toBe(1380 + 120);
  });

  it('stops counting at end', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }, { type: 'end', at: s(30) }], s(5000));
    expect(c.status).toBe('ended');
    expect(c.elapsedSec).toBe(30);
    expect(c.current).toBeNull();
    expect(c.endedAt).toBe(s(30));
  });

  it('never counts negative time when the wall clock jumps back', () => {
    const events: ClockEvent[] = [
      { type: 'start', at: s(100) },
      { type: 'next', at: s(40) }, // clock moved back 60 s
    ];
    const c = deriveClock(plan, events, s(10));
    expect(c.steps[0]?.actualSec).toBe(0);
    expect(c.current?.actualSec).toBe(0);
    expect(c.elapsedSec).toBeGreaterThanOrEqual(0);
  });

  it('counts a forward clock jump (the time really passed, e.g. a sleeping laptop)', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }], s(3600));
    expect(c.elapsedSec).toBe(3600);
  });

  it('suggests shortening the longest unprotected later step when behind', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }], s(300));
    expect(c.pacing.projectedOverrunSec).toBe(240);
    expect(c.pacing.shortenStep).toBe('teach');
  });

  it('never suggests shortening action planning, goal follow-up or action plan review', () => {
    const shortPlan: PlannedStep[] = [
      { stepId: 'check-in', seconds: 60 },
      { stepId: 'action-plan-review', seconds: 600 },
      { stepId: 'action-planning', seconds: 600 },
    ];
    const c = deriveClock(shortPlan, [{ type: 'start', at: s(0) }], s(400));
    expect(c.pacing.shortenStep).toBeNull();
  });

  it('is on time while within the plan', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }, { type: 'next', at: s(30) }], s(40));
    expect(c.pacing.behindSec).toBe(-30);
    expect(c.pacing.shortenStep).toBeNull();
  });
});

describe('cues', () => {
  it('phases: on time, warning, overrun', () => {
    const at = (sec: number) => deriveClock(plan, [{ type: 'start', at: s(0) }], s(sec)).current;
    expect(cuePhase(at(10), 30)).toBe('on-time');
    expect(cuePhase(at(30), 30)).toBe('warning');
    expect(cuePhase(at(60), 30)).toBe('overrun');
  });

  it('schedules the warning, then the end, then gentle overrun repeats', () => {
    const events: ClockEvent[] = [{ type: 'start', at: s(0) }];
    const state = (sec: number) => deriveClock(plan, events, s(sec));
    expect(nextCue(state(10), s(10), 30)).toEqual({ kind: 'warning', at: s(30), stepIndex: 0 });
    expect(nextCue(state(40), s(40), 30)).toEqual({ kind: 'end', at: s(60), stepIndex: 0 });
    expect(nextCue(state(70), s(70), 30)).toEqual({ kind: 'overrun', at: s(60 + OVERRUN_REPEAT_SEC), stepIndex: 0 });
  });

  it('schedules nothing while paused', () => {
    const c = deriveClock(plan, [{ type: 'start', at: s(0) }, { type: 'pause', at: s(5) }], s(10));
    expect(nextCue(c, s(10), 30)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [61, '1:01'],
    [-90, '-1:30'],
    [3725, '1:02:05'],
  ])('%i s -> %s', (sec, text) => expect(formatDuration(sec)).toBe(text));
});

describe('applyClockAction: a bounded clock log', () => {
  /** A running session whose log is `count` events long: start, then pause/resume pairs. */
  function sessionWithEvents(count: number) {
    const events: ClockEvent[] = [{ type: 'start', at: T0 }];
    for (let i = 1; i < count; i++) events.push({ type: i % 2 === 1 ? 'pause' : 'resume', at: s(i) });
    return makeSession({ plan, events, status: 'running' });
  }

  it('appends while there is room', () => {
    const session = sessionWithEvents(CLOCK_EVENTS_MAX - 1);
    const status = deriveClock(plan, session.events, s(CLOCK_EVENTS_MAX)).status;
    const next = applyClockAction(session, 'toggle-pause', s(CLOCK_EVENTS_MAX));
    expect(next.events).toHaveLength(CLOCK_EVENTS_MAX);
    expect(next.events.at(-1)?.type).toBe(status === 'paused' ? 'resume' : 'pause');
  });

  it('refuses pause, resume, next, back and extend with a clear error once full, and keeps the whole history', () => {
    const session = sessionWithEvents(CLOCK_EVENTS_MAX);
    const before = structuredClone(session);
    for (const action of ['toggle-pause', 'pause', 'resume', 'next', 'extend'] as const) {
      const attempt = () => applyClockAction(session, action, s(CLOCK_EVENTS_MAX + 5));
      // pause or resume is a no-op in the wrong state, which is fine: nothing grows either way.
      try {
        expect(attempt().events).toHaveLength(CLOCK_EVENTS_MAX);
      } catch (error) {
        expect(error).toBeInstanceOf(ClockLogFullError);
        expect((error as Error).message).toMatch(/most one session keeps.*can still be ended/);
      }
    }
    expect(() => applyClockAction(session, 'toggle-pause', s(CLOCK_EVENTS_MAX + 5))).toThrow(ClockLogFullError);
    expect(session).toEqual(before);
  });

  it('always lets a full session end', () => {
    const ended = applyClockAction(sessionWithEvents(CLOCK_EVENTS_MAX), 'end', s(CLOCK_EVENTS_MAX + 5));
    expect(ended.status).toBe('ended');
    expect(ended.events).toHaveLength(CLOCK_EVENTS_MAX + 1);
    expect(ended.events.at(-1)).toEqual({ type: 'end', at: s(CLOCK_EVENTS_MAX + 5) });
  });
});
