/**
 * Clock actions as pure transitions on a session: each appends one event when it is allowed in
 * the current state, so a double click or a shortcut racing a click cannot corrupt the log.
 */
import type { ClockEvent, Session } from '../model';
import { CLOCK_EVENTS_MAX } from '../limits';
import { deriveClock } from './clock';

export type ClockAction = 'pause' | 'resume' | 'toggle-pause' | 'next' | 'back' | 'extend' | 'end';

export const EXTEND_SECONDS = 120;

/**
 * The session's clock log is full (CLOCK_EVENTS_MAX events). Thrown rather than dropping old
 * events, which would silently change the times the log adds up to; ending stays possible.
 */
export class ClockLogFullError extends Error {
  readonly code = 'clock-log-full';
  constructor() {
    super(
      `This session has recorded ${CLOCK_EVENTS_MAX} clock changes, the most one session keeps. It can still be ended; start a new session to continue.`,
    );
    this.name = 'ClockLogFullError';
  }
}

export function applyClockAction(session: Session, action: ClockAction, now: number): Session {
  const state = deriveClock(session.plan, session.events, now);
  const last = state.steps.length - 1;
  let event: ClockEvent | null = null;
  switch (action) {
    case 'pause':
      if (state.status === 'running') event = { type: 'pause', at: now };
      break;
    case 'resume':
      if (state.status === 'paused') event = { type: 'resume', at: now };
      break;
    case 'toggle-pause':
      return applyClockAction(session, state.status === 'paused' ? 'resume' : 'pause', now);
    case 'next':
      if (state.current && state.current.index < last) event = { type: 'next', at: now };
      break;
    case 'back':
      if (state.current && state.current.index > 0) event = { type: 'back', at: now };
      break;
    case 'extend':
      if (state.current) event = { type: 'extend', at: now, seconds: EXTEND_SECONDS };
      break;
    case 'end':
      if (state.status === 'running' || state.status === 'paused') event = { type: 'end', at: now };
      break;
  }
  if (!event) return session;
  // A bounded log: a stuck key or a flood of commands cannot grow one record without end.
  if (event.type !== 'end' && session.events.length >= CLOCK_EVENTS_MAX) throw new ClockLogFullError();
  return {
    ...session,
    events: [...session.events, event],
    status: event.type === 'end' ? 'ended' : session.status,
  };
}
