/**
 * The session clock, derived from an event log. Nothing is counted: the state at any instant is a
 * pure function of (plan, events, now), so it survives the panel closing, the service worker being
 * stopped and a browser restart, and paused time never counts.
 *
 * Usage:
 *   const state = deriveClock(session.plan, session.events, Date.now());
 *   state.current?.remainingSec  // negative while overrunning
 */
import type { ClockEvent, PlannedStep } from '../model';
import type { StepId } from '../curriculum/types';

export type ClockStatus = 'not-started' | 'running' | 'paused' | 'ended';
export type CuePhase = 'on-time' | 'warning' | 'overrun';

export interface StepTiming {
  index: number;
  stepId: StepId;
  /** Planned seconds including extensions. */
  plannedSec: number;
  /** Of which added by "extend". */
  extendedSec: number;
  /** Active (unpaused) seconds spent in this step so far. */
  actualSec: number;
  /** The step was entered at least once. */
  visited: boolean;
}

export interface CurrentStep extends StepTiming {
  remainingSec: number;
  overrunSec: number;
}

export interface Pacing {
  /** Positive: behind plan by this many seconds; negative: ahead. */
  behindSec: number;
  /** Projected finish relative to the planned length, if the remaining steps keep to plan. */
  projectedOverrunSec: number;
  /** A later step that could be shortened to catch up, or null when on time. */
  shortenStep: StepId | null;
}

export interface ClockState {
  status: ClockStatus;
  steps: StepTiming[];
  current: CurrentStep | null;
  /** Active seconds since start, paused time excluded. */
  elapsedSec: number;
  plannedTotalSec: number;
  startedAt: number | null;
  endedAt: number | null;
  pacing: Pacing;
}

/**
 * Steps that are never suggested for shortening: they are the ones practitioners skip most and
 * that fidelity depends on (Roosenschoon 2024, the Dutch IMR trial).
 */
export const PROTECTED_STEPS: readonly StepId[] = ['action-plan-review', 'goal-follow-up', 'action-planning'];

/** Pacing within this many seconds of plan is "on time". */
export const PACING_TOLERANCE_SEC = 60;

export function deriveClock(plan: readonly PlannedStep[], events: readonly ClockEvent[], now: number): ClockState {
  const actualMs = plan.map(() => 0);
  const extendedSec = plan.map(() => 0);
  const visited = plan.map(() => false);
  let status: ClockStatus = 'not-started';
  let index = 0;
  let segmentStart = 0;
  let startedAt: number | null = null;
  let endedAt: number | null = null;
  // Time only moves forward: an event stamped before the previous one (a clock jumped back)
  // is treated as happening at the previous instant, so no interval is ever negative.
  let lastAt = -Infinity;

  const closeSegment = (at: number) => {
    if (status === 'running') actualMs[index] = (actualMs[index] ?? 0) + Math.max(0, at - segmentStart);
    segmentStart = at;
  };

  for (const event of events) {
    const at = Math.max(event.at, lastAt);
    lastAt = at;
    if (status === 'ended') break;
    switch (event.type) {
      case 'start':
        if (status !== 'not-started' || plan.length === 0) break;
        status = 'running';
        startedAt = at;
        segmentStart = at;
        visited[0] = true;
        break;
      case 'pause':
        if (status !== 'running') break;
        closeSegment(at);
        status = 'paused';
        break;
      case 'resume':
        if (status !== 'paused') break;
        status = 'running';
        segmentStart = at;
        break;
      case 'next':
      case 'back': {
        if (status !== 'running' && status !== 'paused') break;
        const target = event.type === 'next' ? index + 1 : index - 1;
        if (target < 0 || target >= plan.length) break;
        closeSegment(at);
        index = target;
        visited[index] = true;
        break;
      }
      case 'extend':
        if (status === 'not-started') break;
        extendedSec[index] = (extendedSec[index] ?? 0) + Math.max(0, event.seconds);
        break;
      case 'end':
        if (status === 'not-started') break;
        closeSegment(at);
        status = 'ended';
        endedAt = at;
        break;
    }
  }
  if (status === 'running') actualMs[index] = (actualMs[index] ?? 0) + Math.max(0, Math.max(now, lastAt) - segmentStart);

  const steps: StepTiming[] = plan.map((p, i) => ({
    index: i,
    stepId: p.stepId,
    plannedSec: p.seconds + (extendedSec[i] ?? 0),
    extendedSec: extendedSec[i] ?? 0,
    actualSec: Math.floor((actualMs[i] ?? 0) / 1000),
    visited: visited[i] ?? false,
  }));
  const elapsedSec = Math.floor(actualMs.reduce((a, b) => a + b, 0) / 1000);
  const plannedTotalSec = steps.reduce((a, s) => a + s.plannedSec, 0);

  let current: CurrentStep | null = null;
  const at = steps[index];
  if (at && (status === 'running' || status === 'paused')) {
    const remainingSec = at.plannedSec - at.actualSec;
    current = { ...at, remainingSec, overrunSec: Math.max(0, -remainingSec) };
  }

  return {
    status,
    steps,
    current,
    elapsedSec,
    plannedTotalSec,
    startedAt,
    endedAt,
    pacing: pacing(steps, current),
  };
}

function pacing(steps: StepTiming[], current: CurrentStep | null): Pacing {
  if (!current) return { behindSec: 0, projectedOverrunSec: 0, shortenStep: null };
  const before = steps.slice(0, current.index);
  const later = steps.slice(current.index + 1);
  const actualBefore = before.reduce((a, s) => a + s.actualSec, 0);
  const plannedBefore = before.reduce((a, s) => a + s.plannedSec, 0);
  // Within the current step we are only "behind" once it overruns.
  const behindSec = actualBefore - plannedBefore + current.overrunSec;
  // Visited later steps (after "back") still have their spent time counted.
  const laterRemaining = later.reduce((a, s) => a + Math.max(0, s.plannedSec - s.actualSec), 0);
  const laterSpent = later.reduce((a, s) => a + s.actualSec, 0);
  const projected =
    actualBefore + current.actualSec + Math.max(0, current.remainingSec) + laterSpent + laterRemaining;
  const plannedTotal = steps.reduce((a, s) => a + s.plannedSec, 0);
  const projectedOverrunSec = projected - plannedTotal;
  let shortenStep: StepId | null = null;
  if (projectedOverrunSec > PACING_TOLERANCE_SEC) {
    const candidates = later
      .filter((s) => !PROTECTED_STEPS.includes(s.stepId) && s.plannedSec - s.actualSec > 0)
      .sort((a, b) => b.plannedSec - b.actualSec - (a.plannedSec - a.actualSec));
    shortenStep = candidates[0]?.stepId ?? null;
  }
  return { behindSec, projectedOverrunSec, shortenStep };
}

/** The cue phase of the current step: drives the visual change and the one announcement per boundary. */
export function cuePhase(current: CurrentStep | null, warnSeconds: number): CuePhase {
  if (!current) return 'on-time';
  if (current.remainingSec <= 0) return 'overrun';
  if (current.remainingSec <= warnSeconds) return 'warning';
  return 'on-time';
}

/** Overrun is cued again, gently, every this many seconds. */
export const OVERRUN_REPEAT_SEC = 300;

export interface Cue {
  kind: 'warning' | 'end' | 'overrun';
  /** Wall-clock time (ms) the cue is due. */
  at: number;
  stepIndex: number;
}

/**
 * The next cue due after `now` for a running session, in wall-clock ms, so the background can set
 * one alarm and notify while the panel is closed. Null when paused, ended or not started.
 */
export function nextCue(state: ClockState, now: number, warnSeconds: number): Cue | null {
  const current = state.current;
  if (state.status !== 'running' || !current) return null;
  const remainingMs = current.remainingSec * 1000;
  const stepIndex = current.index;
  if (current.remainingSec > warnSeconds && warnSeconds > 0) {
    return { kind: 'warning', at: now + remainingMs - warnSeconds * 1000, stepIndex };
  }
  if (current.remainingSec > 0) return { kind: 'end', at: now + remainingMs, stepIndex };
  const over = current.overrunSec;
  const nextRepeat = (Math.floor(over / OVERRUN_REPEAT_SEC) + 1) * OVERRUN_REPEAT_SEC;
  return { kind: 'overrun', at: now + (nextRepeat - over) * 1000, stepIndex };
}

/** "12:05", or "-1:30" for overrun; hours when needed. */
export function formatDuration(totalSec: number): string {
  const sign = totalSec < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(totalSec));
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
