/**
 * The end-of-session summary: how the time went per step, which prompts were covered or missed
 * (grouped by the fidelity item they feed), and who attended. Pure, so the summary view, the
 * progress-note draft and tests all read the same numbers.
 *
 * Usage:
 *   const summary = summariseSession({ session, participants, prompts: curriculum.prompts, now: Date.now() });
 *   summary.prompts.missed  // key prompts first
 */
import { promptsForSession } from './prompts';
import type { FidelityScaleItemId, Prompt, StepId } from '../curriculum/types';
import type { Attendance, Participant, ParticipantEntry, PromptRecord, Session } from '../model';
import { deriveClock, type ClockStatus } from './clock';

export interface SummaryInput {
  session: Session;
  /** The group's participants; used for codes. Entries of unknown participants are still counted. */
  participants: readonly Participant[];
  /** The prompt library in use (adapted curriculum), not only those the session offered. */
  prompts: readonly Prompt[];
  /** Only matters for a session that is still running. */
  now: number;
}

export interface TimelineRow {
  index: number;
  stepId: StepId;
  /** Seconds in the original plan, without extensions. */
  plannedSec: number;
  /** Seconds added with "extend" during the session. */
  extendedSec: number;
  actualSec: number;
  /** Seconds spent beyond planned + extended time; 0 when within. */
  overrunSec: number;
  /** Never entered: the clock moved past it without it being visited, or the session ended first. */
  skipped: boolean;
}

export interface TimelineTotals {
  plannedSec: number;
  extendedSec: number;
  actualSec: number;
  /**
   * Actual minus the original plan, not minus plan + extensions: an extension is a decision to run
   * over, and structure / efficient use of time (IT-IS) is judged against the plan.
   */
  differenceSec: number;
  overrunSec: number;
  skippedSteps: number;
}

export type PromptOutcome = 'done' | 'not-done' | 'na' | 'unanswered';

export interface OfferedPrompt {
  prompt: Prompt;
  outcome: PromptOutcome;
  /** The practitioner's note on the prompt, if any. */
  note: string;
}

export interface FidelityItemPrompts {
  /** Null collects prompts that feed no Fidelity Scale item (they may still feed IT-IS items). */
  itemId: FidelityScaleItemId | null;
  covered: OfferedPrompt[];
  notDone: OfferedPrompt[];
  na: OfferedPrompt[];
  unanswered: OfferedPrompt[];
}

export interface PromptCounts {
  offered: number;
  done: number;
  notDone: number;
  na: number;
  unanswered: number;
}

export interface PromptSummary {
  /** In library order. */
  offered: OfferedPrompt[];
  counts: PromptCounts;
  /** Fidelity items in scale order, then the null group; a prompt appears under each item it feeds. */
  byFidelityItem: FidelityItemPrompts[];
  /** Marked not done or left unanswered; key prompts first, library order within each. */
  missed: OfferedPrompt[];
}

export interface AttendanceCounts {
  present: number;
  late: number;
  leftEarly: number;
  absent: number;
  notRecorded: number;
  /** Present, late or left early. */
  attended: number;
  total: number;
}

export interface ParticipantRow {
  participantId: string;
  /** The participant's code; the id when the participant record is gone (never a name). */
  code: string;
  participant: Participant | null;
  entry: ParticipantEntry;
}

export interface SessionSummary {
  sessionId: string;
  clockStatus: ClockStatus;
  startedAt: number | null;
  endedAt: number | null;
  timeline: TimelineRow[];
  totals: TimelineTotals;
  prompts: PromptSummary;
  attendance: AttendanceCounts;
  /** Sorted by code. */
  participants: ParticipantRow[];
}

export function summariseSession({ session, participants, prompts, now }: SummaryInput): SessionSummary {
  const clock = deriveClock(session.plan, session.events, now);
  const timeline: TimelineRow[] = clock.steps.map((step, i) => {
    const plannedSec = session.plan[i]?.seconds ?? step.plannedSec - step.extendedSec;
    return {
      index: step.index,
      stepId: step.stepId,
      plannedSec,
      extendedSec: step.extendedSec,
      actualSec: step.actualSec,
      overrunSec: Math.max(0, step.actualSec - plannedSec - step.extendedSec),
      skipped: !step.visited,
    };
  });
  const plannedSec = sum(timeline.map((r) => r.plannedSec));
  const actualSec = sum(timeline.map((r) => r.actualSec));
  const totals: TimelineTotals = {
    plannedSec,
    extendedSec: sum(timeline.map((r) => r.extendedSec)),
    actualSec,
    differenceSec: actualSec - plannedSec,
    overrunSec: Math.max(0, actualSec - plannedSec),
    skippedSteps: timeline.filter((r) => r.skipped).length,
  };

  return {
    sessionId: session.id,
    clockStatus: clock.status,
    startedAt: clock.startedAt,
    endedAt: clock.endedAt,
    timeline,
    totals,
    prompts: summarisePrompts(session, prompts),
    ...summariseAttendance(session, participants),
  };
}

/** Prompts the session showed: step in the plan, general or for this module, and allowed for the format. */
/** The prompts this session offered (one definition for runner, summary and scoring: lib/session/prompts.ts). */
export function promptsOffered(session: Session, prompts: readonly Prompt[]): Prompt[] {
  return promptsForSession(prompts, session);
}

function outcomeOf(record: PromptRecord | undefined): PromptOutcome {
  // Anything but the three known statuses (an older export, a hand-edited file) counts as unanswered.
  switch (record?.status) {
    case 'done':
      return 'done';
    case 'not-done':
      return 'not-done';
    case 'na':
      return 'na';
    default:
      return 'unanswered';
  }
}

function summarisePrompts(session: Session, prompts: readonly Prompt[]): PromptSummary {
  const offered: OfferedPrompt[] = promptsOffered(session, prompts).map((prompt) => {
    const record = session.prompts[prompt.id];
    return { prompt, outcome: outcomeOf(record), note: record?.note ?? '' };
  });

  const groups = new Map<FidelityScaleItemId | null, FidelityItemPrompts>();
  const groupFor = (itemId: FidelityScaleItemId | null) => {
    let group = groups.get(itemId);
    if (!group) {
      group = { itemId, covered: [], notDone: [], na: [], unanswered: [] };
      groups.set(itemId, group);
    }
    return group;
  };
  for (const entry of offered) {
    const items: (FidelityScaleItemId | null)[] = entry.prompt.fidelityItems.length > 0 ? [...new Set(entry.prompt.fidelityItems)] : [null];
    for (const itemId of items) {
      const group = groupFor(itemId);
      const list =
        entry.outcome === 'done' ? group.covered : entry.outcome === 'not-done' ? group.notDone : entry.outcome === 'na' ? group.na : group.unanswered;
      list.push(entry);
    }
  }
  const byFidelityItem = [...groups.values()].sort((a, b) => itemOrder(a.itemId) - itemOrder(b.itemId));

  const missedAll = offered.filter((o) => o.outcome === 'not-done' || o.outcome === 'unanswered');
  const missed = [...missedAll.filter((o) => o.prompt.key), ...missedAll.filter((o) => !o.prompt.key)];

  const count = (outcome: PromptOutcome) => offered.filter((o) => o.outcome === outcome).length;
  return {
    offered,
    counts: { offered: offered.length, done: count('done'), notDone: count('not-done'), na: count('na'), unanswered: count('unanswered') },
    byFidelityItem,
    missed,
  };
}

/** Scale order from the id ('fs7-…' is item 7), so this module needs no instrument data. */
function itemOrder(itemId: FidelityScaleItemId | null): number {
  if (itemId === null) return Number.MAX_SAFE_INTEGER;
  const match = /^fs(\d+)-/.exec(itemId);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER - 1;
}

const ATTENDANCE_FIELD: Record<Attendance, keyof AttendanceCounts> = {
  present: 'present',
  late: 'late',
  'left-early': 'leftEarly',
  absent: 'absent',
};

function summariseAttendance(
  session: Session,
  participants: readonly Participant[],
): { attendance: AttendanceCounts; participants: ParticipantRow[] } {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const attendance: AttendanceCounts = { present: 0, late: 0, leftEarly: 0, absent: 0, notRecorded: 0, attended: 0, total: 0 };
  const rows: ParticipantRow[] = [];
  for (const [participantId, entry] of Object.entries(session.participants)) {
    const participant = byId.get(participantId) ?? null;
    rows.push({ participantId, code: participant?.code ?? participantId, participant, entry });
    attendance.total += 1;
    const field = entry.attendance ? ATTENDANCE_FIELD[entry.attendance] : undefined;
    if (field) attendance[field] += 1;
    else attendance.notRecorded += 1;
    if (field && field !== 'absent') attendance.attended += 1;
  }
  rows.sort((a, b) => a.code.localeCompare(b.code));
  return { attendance, participants: rows };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
