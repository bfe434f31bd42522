/**
 * Completion support: per participant, which of the group's sessions they came to, when to reach
 * out before they drop out, which modules a late joiner of a rolling group has missed, and the data
 * for a goal chart. Pure, no browser: the side panel and reports compute from stored records.
 *
 * Why this exists: in the Dutch IMR trial only about half of participants completed (attended more
 * than 70 % of sessions), and completers benefited most (Roosenschoon 2024, the Dutch IMR trial), so absences need
 * to be noticed while contact can still help.
 */
import { attended, type Attendance, type GoalProgress, type Group, type Participant, type Session } from './model';

/** Share of sessions held that a participant should attend; below it the participant is flagged. */
export const COMPLETION_THRESHOLD_PERCENT = 70;
/** The attendance-rate flag waits for this many recorded sessions, since one missed session of two says little. */
export const MIN_SESSIONS_FOR_RATE_FLAG = 3;

/** The parts of a participant that completion depends on, so callers and tests need not build whole records. */
export type ParticipantTimeline = Pick<Participant, 'id' | 'groupId' | 'joinedOn' | 'leftOn' | 'status'> & Partial<Pick<Participant, 'caughtUp'>>;

export type AttendanceMark = 'attended' | 'absent' | 'not-recorded';

export interface AttendanceRecord {
  sessionId: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  moduleId: string;
  sessionNumber: number;
  mark: AttendanceMark;
  /** The recorded value, for a finer display (late, left early). */
  attendance: Attendance | null;
}

export interface AttendanceSummary {
  /** Sessions held while the participant was in the group, oldest first. */
  history: AttendanceRecord[];
  held: number;
  attended: number;
  absent: number;
  notRecorded: number;
  /** Sessions whose attendance was recorded (attended + absent): the base of the rate. */
  recorded: number;
  /**
   * attended / recorded, or null when nothing was recorded yet. Unrecorded attendance is not
   * absence (issue 9): a session nobody marked says nothing about whether the participant came.
   */
  rate: number | null;
}

export type CompletionFlagKind = 'two-consecutive-absences' | 'below-70-percent';

export interface CompletionFlag {
  kind: CompletionFlagKind;
  /** Message keys (lib/i18n/messages/groups.ts): a short label and a concrete outreach suggestion. */
  labelKey: 'completion.flag.twoAbsences' | 'completion.flag.below70';
  outreachKey: 'completion.outreach.twoAbsences' | 'completion.outreach.below70';
}

export interface GoalMark {
  sessionId: string;
  date: string;
  reviewed: boolean;
  progress: GoalProgress | null;
}

export interface ParticipantCompletion {
  attendance: AttendanceSummary;
  flags: CompletionFlag[];
  /** Module ids in curriculum order; always empty for closed groups, where everyone starts together. */
  missedModules: string[];
  goalChart: GoalMark[];
}

function byDate(a: Session, b: Session): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt;
}

/**
 * Ended sessions of the participant's group, oldest first. Running sessions are not "held" yet;
 * the group check lets callers pass every stored session.
 */
function endedSessions(participant: ParticipantTimeline, sessions: readonly Session[]): Session[] {
  return sessions.filter((s) => s.status === 'ended' && s.groupId === participant.groupId).sort(byDate);
}

/** Whether a session took place while the participant belonged to the group (join and leave days included). */
function duringMembership(participant: ParticipantTimeline, session: Session): boolean {
  if (session.date < participant.joinedOn) return false;
  return participant.leftOn === null || session.date <= participant.leftOn;
}

function markOf(attendance: Attendance | null | undefined): AttendanceMark {
  if (attendance === undefined || attendance === null) return 'not-recorded';
  return attendance === 'absent' ? 'absent' : 'attended';
}

/**
 * Attendance over the sessions held since the participant joined (and before they left).
 * Sessions without an entry for them count as held but not recorded; they are shown as such and
 * left out of the rate, never counted as absences.
 */
export function attendanceHistory(participant: ParticipantTimeline, sessions: readonly Session[]): AttendanceSummary {
  const history = endedSessions(participant, sessions)
    .filter((s) => duringMembership(participant, s))
    .map((s): AttendanceRecord => {
      const attendance = s.participants[participant.id]?.attendance ?? null;
      return { sessionId: s.id, date: s.date, moduleId: s.moduleId, sessionNumber: s.sessionNumber, mark: markOf(attendance), attendance };
    });
  const count = (mark: AttendanceMark) => history.filter((r) => r.mark === mark).length;
  const held = history.length;
  const attendedCount = count('attended');
  const absent = count('absent');
  const recorded = attendedCount + absent;
  return {
    history,
    held,
    attended: attendedCount,
    absent,
    notRecorded: count('not-recorded'),
    recorded,
    rate: recorded === 0 ? null : attendedCount / recorded,
  };
}

/** Integer comparison, so 7 of 10 is exactly 70 % and never a float rounding error below it. */
function belowThreshold(summary: AttendanceSummary): boolean {
  return summary.attended * 100 < summary.recorded * COMPLETION_THRESHOLD_PERCENT;
}

/**
 * Rate as a whole percentage for display. Rounds, except that a rate just under the threshold
 * is never shown as the threshold itself (69.6 % is shown as 69 %, not 70 %), so the number
 * never contradicts the flag next to it.
 */
export function attendancePercent(summary: AttendanceSummary): number | null {
  if (summary.rate === null) return null;
  const rounded = Math.round(summary.rate * 100);
  return belowThreshold(summary) && rounded >= COMPLETION_THRESHOLD_PERCENT ? COMPLETION_THRESHOLD_PERCENT - 1 : rounded;
}

/**
 * Outreach flags. Only for active participants: someone who completed or left is not expected at
 * the next session, so a prompt to reach out would be noise.
 */
export function completionFlags(participant: ParticipantTimeline, summary: AttendanceSummary): CompletionFlag[] {
  if (participant.status !== 'active') return [];
  const flags: CompletionFlag[] = [];
  const lastTwo = summary.history.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((r) => r.mark === 'absent')) {
    flags.push({ kind: 'two-consecutive-absences', labelKey: 'completion.flag.twoAbsences', outreachKey: 'completion.outreach.twoAbsences' });
  }
  if (summary.recorded >= MIN_SESSIONS_FOR_RATE_FLAG && belowThreshold(summary)) {
    flags.push({ kind: 'below-70-percent', labelKey: 'completion.flag.below70', outreachKey: 'completion.outreach.below70' });
  }
  return flags;
}

/**
 * Modules the group covered in ended sessions of which the participant attended none, in
 * curriculum order. With rolling admission a newcomer has usually missed the modules taught before
 * they joined; this includes those. Sessions after the participant left are not counted against them.
 * Module ids the curriculum no longer lists (an adaptation removed them) come last, oldest first.
 */
export function missedModules(
  participant: ParticipantTimeline,
  sessions: readonly Session[],
  modules: readonly { id: string }[],
): string[] {
  const covered: string[] = [];
  const attendedModules = new Set<string>();
  // Unrecorded attendance is not absence (issue 9): a module they may have attended is not "missed".
  const unknownModules = new Set<string>();
  for (const s of endedSessions(participant, sessions)) {
    if (participant.leftOn !== null && s.date > participant.leftOn) continue;
    if (!covered.includes(s.moduleId)) covered.push(s.moduleId);
    const entry = s.participants[participant.id];
    if (attended(entry)) attendedModules.add(s.moduleId);
    else if (entry && entry.attendance === null && s.date >= participant.joinedOn) unknownModules.add(s.moduleId);
  }
  const caughtUp = new Set(participant.caughtUp ?? []);
  const missed = new Set(covered.filter((id) => !attendedModules.has(id) && !unknownModules.has(id) && !caughtUp.has(id)));
  const known = modules.map((m) => m.id).filter((id) => missed.has(id));
  const unknown = [...missed].filter((id) => !modules.some((m) => m.id === id));
  return [...known, ...unknown];
}

/** Goal follow-up over the sessions the participant attended, oldest first: the data for a goal chart. */
export function goalChart(participant: ParticipantTimeline, sessions: readonly Session[]): GoalMark[] {
  return endedSessions(participant, sessions)
    .filter((s) => attended(s.participants[participant.id]))
    .map((s) => {
      const entry = s.participants[participant.id]!;
      return { sessionId: s.id, date: s.date, reviewed: entry.goalReviewed, progress: entry.goalProgress };
    });
}

/** Everything the group view shows about one participant's completion. */
export function participantCompletion(
  group: Pick<Group, 'enrolment'>,
  participant: ParticipantTimeline,
  sessions: readonly Session[],
  modules: readonly { id: string }[],
): ParticipantCompletion {
  const attendance = attendanceHistory(participant, sessions);
  return {
    attendance,
    flags: completionFlags(participant, attendance),
    missedModules: group.enrolment === 'rolling' ? missedModules(participant, sessions, modules) : [],
    goalChart: goalChart(participant, sessions),
  };
}
