/**
 * Corrections after a session ended (issue 9): the record can be amended (attendance, entries,
 * notes, prompt marks), and every amendment is stamped so the note and the review say so.
 *
 * Usage:
 *   repo.updateSession(id, (s) => stampAmendment(change(s), s, Date.now()))
 */
import type { Session } from '../model';

/**
 * `next` with `amendedAt` set to `now` when `before` had already ended and the change is to the
 * record. Ending the session itself is no amendment, and neither is a change that alters nothing.
 */
export function stampAmendment(next: Session, before: Session, now: number): Session {
  if (before.status !== 'ended' || next === before) return next;
  const { updatedAt: _a, amendedAt: _b, ...was } = before;
  const { updatedAt: _c, amendedAt: _d, ...is } = next;
  if (JSON.stringify(was) === JSON.stringify(is)) return next;
  return { ...next, amendedAt: now };
}
