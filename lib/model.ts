/**
 * Records the product stores (IndexedDB, see lib/db/schema.ts) and exports. Pure types, no browser.
 * Participants are recorded by code or initials only (see lib/participants.ts for the name check).
 */
import type { SessionFormat, StepId } from './curriculum/types';

export type Enrolment = 'closed' | 'rolling';
export type ParticipantStatus = 'active' | 'completed' | 'left';

export interface Group {
  id: string;
  name: string;
  format: SessionFormat;
  enrolment: Enrolment;
  defaultLengthMinutes: number;
  /** Practitioners who run the group; the first is the lead. Staff, so names are fine. */
  facilitators: string[];
  createdAt: number;
  updatedAt: number;
  /** Imported from another profile's supervision file: that source's id. Absent for local records. */
  source?: string;
}

export type GoalStepStatus = 'open' | 'in-progress' | 'done';

export interface GoalStep {
  id: string;
  text: string;
  status: GoalStepStatus;
}

export interface Participant {
  id: string;
  groupId: string;
  /** Code or initials, never a full name. */
  code: string;
  /** ISO date (yyyy-mm-dd). */
  joinedOn: string;
  leftOn: string | null;
  status: ParticipantStatus;
  /** Personal recovery goal in the participant's words. */
  goal: string;
  goalSteps: GoalStep[];
  /** Whether the participant takes psychiatric medication (fidelity item 13 is rated over these). */
  takesMedication: boolean;
  /** Has a written relapse-prevention plan (module 7). */
  relapsePlan: 'none' | 'written' | 'practised';
  /** Module ids the practitioner marked as caught up outside the group's sessions; absent when none. */
  caughtUp?: string[];
  createdAt: number;
  updatedAt: number;
  /** Imported from another profile's supervision file: that source's id. Absent for local records. */
  source?: string;
}

/** Session clock events; the clock's state is derived from these (lib/session/clock.ts). */
export type ClockEvent =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'next'; at: number }
  | { type: 'back'; at: number }
  | { type: 'extend'; at: number; seconds: number }
  | { type: 'end'; at: number };

export interface PlannedStep {
  stepId: StepId;
  seconds: number;
}

export type PromptStatus = 'done' | 'not-done' | 'na';

export interface PromptRecord {
  status: PromptStatus | null;
  note: string;
  at: number;
}

export type Attendance = 'present' | 'absent' | 'late' | 'left-early';
export type HomePracticeReview = 'done' | 'partly' | 'not-done';
export type GoalProgress = 'none' | 'some' | 'step-done';

/** What happened for one participant in one session. Null means "not recorded". */
export interface ParticipantEntry {
  attendance: Attendance | null;
  homePractice: HomePracticeReview | null;
  /** The participant's goal was looked at in this session (goal follow-up). */
  goalReviewed: boolean;
  goalProgress: GoalProgress | null;
  supporterInvolved: boolean;
  handoutGiven: boolean;
  /** Practised a coping skill in session (role play, rehearsal). */
  copingSkillPractised: boolean;
  /** Medication fitted into daily routine was worked on (behavioural tailoring). */
  behaviouralTailoring: boolean;
  /** Home practice agreed for next time. */
  nextHomePractice: string;
  nextHomePracticeWithSupporter: boolean;
  note: string;
  /** The participant's response in their own words, for the note; absent until written. */
  response?: string;
}

export type NoteFormat = 'imr' | 'dap' | 'soap';
export type Modality = 'in-person' | 'video' | 'phone';
export type SessionStatus = 'running' | 'ended';

export interface Session {
  id: string;
  groupId: string;
  practitioner: string;
  moduleId: string;
  /** 1-based session number within the module. */
  sessionNumber: number;
  templateId: string;
  format: SessionFormat;
  plan: PlannedStep[];
  /** Seconds before a step's end at which the warning cue fires. */
  warnSeconds: number;
  events: ClockEvent[];
  status: SessionStatus;
  prompts: Record<string, PromptRecord>;
  participants: Record<string, ParticipantEntry>;
  notes: string;
  noteFormat: NoteFormat;
  /** Session date, ISO yyyy-mm-dd, for reporting. */
  date: string;
  createdAt: number;
  updatedAt: number;
  /** Imported from another profile's supervision file: that source's id. Absent for local records. */
  source?: string;
  /** When the session was last changed after it ended (a correction); absent when never amended. */
  amendedAt?: number;
  /** How the session was held, for the note; absent until recorded. */
  modality?: Modality;
}

export type ContentLevel = 'fidelity' | 'full';

/**
 * A profile whose supervision files were imported here, so a supervisor sees where each record
 * came from and can remove everything from one source at once.
 */
export interface ImportedSource {
  /** The exporting profile's stable source id. */
  id: string;
  practitioner: string;
  /** ISO date-time of the newest file imported from this source. */
  exportedAt: string;
  importedAt: number;
  level: ContentLevel;
  /** Session dates the newest file covered (ISO days), when it said. */
  from: string | null;
  to: string | null;
}

export function emptyParticipantEntry(): ParticipantEntry {
  return {
    attendance: null,
    homePractice: null,
    goalReviewed: false,
    goalProgress: null,
    supporterInvolved: false,
    handoutGiven: false,
    copingSkillPractised: false,
    behaviouralTailoring: false,
    nextHomePractice: '',
    nextHomePracticeWithSupporter: false,
    note: '',
  };
}

/** Attended means present, late or left early. */
export function attended(entry: ParticipantEntry | undefined): boolean {
  return !!entry && entry.attendance !== null && entry.attendance !== 'absent';
}
