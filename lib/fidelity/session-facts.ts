/**
 * What the review page shows for each session, derived once per session record: its length
 * (actual against planned, from the clock events), attendance (present / recorded / unrecorded),
 * prompt coverage, and per Fidelity Scale item whether a prompt for it was done, missed or not
 * offered. With 10,000 sessions the page would otherwise derive these on every render; here they
 * are memoised by the session object (records are immutable: a changed session is a new object,
 * so an edit is seen and an unchanged session is never derived twice) and by the prompt library in
 * use (an adaptation swaps the library, which changes coverage).
 *
 * Usage:
 *   const facts = sessionFacts(session, curriculum.prompts);
 *   facts.length.kind  // 'short' | 'aborted' | ...
 */
import type { FidelityScaleItemId, Prompt } from '../curriculum/types';
import { attended, type Session } from '../model';
import { deriveClock } from '../session/clock';
import { FIDELITY_SCALE } from './instruments';
import { sessionPromptCoverage, type SessionPromptCoverage } from './scoring';

/**
 * A session that ran for less than this share of its planned time is marked short. The product's
 * choice: a 90-minute group that stops after an hour has lost the parts at the end, which are the
 * weakest in practice (weekly action planning, IT-IS 2.40).
 */
export const SHORT_SESSION_SHARE = 0.75;
/** A session that ran this much over its plan is marked over time (structure / use of time). */
export const OVER_SESSION_SHARE = 1.2;

/**
 * - not-timed: the clock was never started, so there is no actual length;
 * - aborted: ended before its last planned step was reached;
 * - short: every step reached, but under SHORT_SESSION_SHARE of the plan;
 * - over: over OVER_SESSION_SHARE of the plan;
 * - on-plan: anything else.
 */
export type LengthKind = 'not-timed' | 'aborted' | 'short' | 'over' | 'on-plan';

export interface SessionLength {
  kind: LengthKind;
  /** Seconds in the plan as made, without extensions. */
  plannedSec: number;
  /** Active seconds, paused time excluded. */
  actualSec: number;
  /** Planned steps never entered. */
  stepsNotReached: number;
}

export interface SessionAttendance {
  /** Present, late or left early. */
  present: number;
  /** Entries with an attendance recorded (absent included). */
  recorded: number;
  /** Entries with no attendance recorded. */
  unrecorded: number;
  total: number;
}

/** Per item in one session: a prompt for it was done; offered but none done; or none offered. */
export type ItemCell = 'done' | 'missed' | 'not-offered';

export interface SessionFacts {
  length: SessionLength;
  attendance: SessionAttendance;
  coverage: SessionPromptCoverage;
  items: Record<FidelityScaleItemId, ItemCell>;
}

export function sessionLength(session: Session): SessionLength {
  // An ended session's clock does not depend on `now`; one without an end event is measured up to
  // its last change, so the result is the same on every read.
  const clock = deriveClock(session.plan, session.events, session.updatedAt);
  const plannedSec = session.plan.reduce((sum, step) => sum + Math.max(0, step.seconds), 0);
  const actualSec = clock.elapsedSec;
  const stepsNotReached = clock.steps.filter((s) => !s.visited).length;
  const kind: LengthKind =
    clock.startedAt === null
      ? 'not-timed'
      : stepsNotReached > 0
        ? 'aborted'
        : plannedSec > 0 && actualSec < plannedSec * SHORT_SESSION_SHARE
          ? 'short'
          : plannedSec > 0 && actualSec > plannedSec * OVER_SESSION_SHARE
            ? 'over'
            : 'on-plan';
  return { kind, plannedSec, actualSec, stepsNotReached };
}

export function sessionAttendance(session: Session): SessionAttendance {
  const counts: SessionAttendance = { present: 0, recorded: 0, unrecorded: 0, total: 0 };
  for (const entry of Object.values(session.participants)) {
    counts.total += 1;
    if (entry?.attendance === null || entry?.attendance === undefined) counts.unrecorded += 1;
    else counts.recorded += 1;
    if (attended(entry)) counts.present += 1;
  }
  return counts;
}

function itemCells(coverage: SessionPromptCoverage): Record<FidelityScaleItemId, ItemCell> {
  return Object.fromEntries(
    FIDELITY_SCALE.map((item) => {
      const tally = coverage.byFidelityItem[item.id];
      return [item.id, tally.offered === 0 ? 'not-offered' : tally.done > 0 ? 'done' : 'missed'];
    }),
  ) as Record<FidelityScaleItemId, ItemCell>;
}

const cache = new WeakMap<readonly Prompt[], WeakMap<Session, SessionFacts>>();

/** The session's derived facts, computed once per (session object, prompt library). */
export function sessionFacts(session: Session, prompts: readonly Prompt[]): SessionFacts {
  let byPrompts = cache.get(prompts);
  if (!byPrompts) {
    byPrompts = new WeakMap();
    cache.set(prompts, byPrompts);
  }
  let facts = byPrompts.get(session);
  if (!facts) {
    const coverage = sessionPromptCoverage(session, prompts);
    facts = { length: sessionLength(session), attendance: sessionAttendance(session), coverage, items: itemCells(coverage) };
    byPrompts.set(session, facts);
  }
  return facts;
}
