/**
 * Week-to-week continuity: what a session picks up from the group's earlier sessions. Pure, no
 * browser; the run view and the plan view read the group's stored sessions and ask here.
 *
 * Why this exists: action plan review is the second-weakest IT-IS item in the Dutch trial (mean
 * 2.07, Roosenschoon 2024), and goals were "set but rarely followed up". The review is easy to do
 * well only when last week's agreement is in front of the practitioner (issue 9).
 *
 * Usage:
 *   const prior = priorSessions(current, await repo.listSessions(current.groupId));
 *   lastAgreement('p1', prior)   // { text: 'Call library coordinator by Friday', withSupporter: false, ... }
 *   isNewcomer('p7', prior)      // true: gets the introduction instead of the review
 *   lastSessionRecap(prior, curriculum.prompts)  // module, session number and the key prompts to pick up
 */
import type { Prompt } from '../curriculum/types';
import type { Session } from '../model';
import { promptsForSession } from './prompts';

type SessionPosition = Pick<Session, 'id' | 'groupId' | 'date' | 'createdAt'>;

function before(a: SessionPosition, b: SessionPosition): boolean {
  return a.date < b.date || (a.date === b.date && a.createdAt < b.createdAt);
}

/** The group's ended sessions held before `current`, oldest first. Other groups' sessions are ignored. */
export function priorSessions(current: SessionPosition, sessions: readonly Session[]): Session[] {
  return sessions
    .filter((s) => s.id !== current.id && s.groupId === current.groupId && s.status === 'ended' && before(s, current))
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

export interface Agreement {
  sessionId: string;
  /** ISO yyyy-mm-dd of the session where it was agreed. */
  date: string;
  /** The agreed home practice, trimmed; empty when nothing was written down that time. */
  text: string;
  withSupporter: boolean;
}

/**
 * What the participant agreed the last time they came. A session where they were marked absent
 * is skipped (nothing was agreed with them); one where attendance was not recorded counts when
 * something was agreed, since an agreement shows they were there. Null when they never came.
 */
export function lastAgreement(participantId: string, prior: readonly Session[]): Agreement | null {
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    const entry = s.participants[participantId];
    if (!entry || entry.attendance === 'absent') continue;
    const text = entry.nextHomePractice.trim();
    if (entry.attendance === null && !text) continue;
    return { sessionId: s.id, date: s.date, text, withSupporter: entry.nextHomePracticeWithSupporter };
  }
  return null;
}

/**
 * A participant who has not come to any earlier session of the group: they joined later (rolling
 * enrolment) or were absent each time. They get an introduction instead of the review. Unrecorded
 * attendance is not absence, so a participant on an earlier session's roster without a mark is
 * not a newcomer.
 */
export function isNewcomer(participantId: string, prior: readonly Session[]): boolean {
  return !prior.some((s) => {
    const entry = s.participants[participantId];
    return !!entry && entry.attendance !== 'absent';
  });
}

export interface SessionRecap {
  sessionId: string;
  date: string;
  moduleId: string;
  sessionNumber: number;
  /** Key prompts last time left not done or unanswered: "pick up next session", in library order. */
  pickUp: Prompt[];
}

/** The group's last session before this one, with what to pick up; null for a group's first session. */
export function lastSessionRecap(prior: readonly Session[], prompts: readonly Prompt[]): SessionRecap | null {
  const last = prior[prior.length - 1];
  if (!last) return null;
  const pickUp = promptsForSession(prompts, last).filter((p) => {
    const status = last.prompts[p.id]?.status ?? null;
    return p.key && (status === null || status === 'not-done');
  });
  return { sessionId: last.id, date: last.date, moduleId: last.moduleId, sessionNumber: last.sessionNumber, pickUp };
}
