/**
 * Record schemas shared by every file the guide reads (backups, supervision files, feedback):
 * each mirrors lib/model.ts, and every string, list and map has a ceiling, so a crafted or
 * corrupted file can neither fill the database nor hang a page that lists the records.
 * v.object drops fields the model does not have, so nothing unknown reaches the database.
 * Problems come back as typed issues (a path and a kind) that the UI words in the reader's language.
 */
import * as v from 'valibot';
import { STEP_IDS } from '../curriculum/types';
import { CLOCK_EVENTS_MAX, CODE_MAX, ID_MAX, LIST_MAX, NOTE_LINE_MAX, NOTE_MAX, SHORT_TEXT_MAX } from '../limits';

/** Prompt records in one session: the built-in prompts plus a programme's custom ones (LIST_MAX). */
export const SESSION_PROMPTS_MAX = 2_000;
/** Steps in a session plan (eight in the IMR session structure; repeats allowed). */
export const PLAN_STEPS_MAX = 100;
/** A day, the ceiling for any duration in seconds (step length, warning time, an extension). */
const DAY_SECONDS = 86_400;
/** A problem's path never quotes more than this much of the file (a key may be huge). */
const PATH_MAX = 200;


export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(ID_MAX));
export const Short = v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX));
export const Note = v.pipe(v.string(), v.maxLength(NOTE_MAX));
export const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
export const Seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(DAY_SECONDS));
export const IsoDay = v.pipe(v.string(), v.maxLength(10), v.isoDate());
export const Format = v.picklist(['individual', 'group']);
export const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

export const GroupSchema = v.object({
  id: Id,
  name: Short,
  format: Format,
  enrolment: v.picklist(['closed', 'rolling']),
  defaultLengthMinutes: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(24 * 60)),
  facilitators: list(Short, LIST_MAX),
  createdAt: Time,
  updatedAt: Time,
  source: v.optional(Id),
});

export const GoalStepSchema = v.object({
  id: Id,
  text: Short,
  status: v.picklist(['open', 'in-progress', 'done']),
});

export const ParticipantSchema = v.object({
  id: Id,
  groupId: Id,
  code: v.pipe(v.string(), v.maxLength(CODE_MAX)),
  joinedOn: IsoDay,
  leftOn: v.nullable(IsoDay),
  status: v.picklist(['active', 'completed', 'left']),
  goal: Note,
  goalSteps: list(GoalStepSchema, LIST_MAX),
  takesMedication: v.boolean(),
  relapsePlan: v.picklist(['none', 'written', 'practised']),
  caughtUp: v.optional(list(Id, LIST_MAX)),
  createdAt: Time,
  updatedAt: Time,
  source: v.optional(Id),
});

export const ClockEventSchema = v.variant('type', [
  v.object({ type: v.picklist(['start', 'pause', 'resume', 'next', 'back', 'end']), at: Time }),
  v.object({ type: v.literal('extend'), at: Time, seconds: Seconds }),
]);

export const PromptRecordSchema = v.object({
  status: v.nullable(v.picklist(['done', 'not-done', 'na'])),
  note: Note,
  at: Time,
});

export const ParticipantEntrySchema = v.object({
  attendance: v.nullable(v.picklist(['present', 'absent', 'late', 'left-early'])),
  homePractice: v.nullable(v.picklist(['done', 'partly', 'not-done'])),
  goalReviewed: v.boolean(),
  goalProgress: v.nullable(v.picklist(['none', 'some', 'step-done'])),
  supporterInvolved: v.boolean(),
  handoutGiven: v.boolean(),
  copingSkillPractised: v.boolean(),
  behaviouralTailoring: v.boolean(),
  nextHomePractice: Note,
  nextHomePracticeWithSupporter: v.boolean(),
  note: Note,
  response: v.optional(Note),
});

export const SessionSchema = v.object({
  id: Id,
  groupId: Id,
  practitioner: Short,
  moduleId: Id,
  sessionNumber: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  templateId: Id,
  format: Format,
  plan: list(v.object({ stepId: v.picklist(STEP_IDS), seconds: Seconds }), PLAN_STEPS_MAX),
  warnSeconds: Seconds,
  events: list(ClockEventSchema, CLOCK_EVENTS_MAX),
  status: v.picklist(['running', 'ended']),
  prompts: v.pipe(v.record(Id, PromptRecordSchema), v.maxEntries(SESSION_PROMPTS_MAX)),
  participants: v.pipe(v.record(Id, ParticipantEntrySchema), v.maxEntries(LIST_MAX)),
  notes: Note,
  noteFormat: v.picklist(['imr', 'dap', 'soap']),
  date: IsoDay,
  createdAt: Time,
  updatedAt: Time,
  source: v.optional(Id),
  amendedAt: v.optional(Time),
  modality: v.optional(v.picklist(['in-person', 'video', 'phone'])),
});

export const ItisRatingSchema = v.object({
  id: Id,
  sessionId: Id,
  rater: Short,
  ratedAt: Time,
  // Item ids and 1..5 scores; unknown items are kept out by the item id limit, and itis.ts treats
  // anything but a whole 1..5 as unrated.
  scores: v.pipe(v.record(Id, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))), v.maxEntries(LIST_MAX)),
  comment: Note,
  // Absent in ratings made before per-item comments existed.
  itemComments: v.optional(v.pipe(v.record(Id, v.pipe(v.string(), v.maxLength(NOTE_LINE_MAX))), v.maxEntries(LIST_MAX))),
  source: v.optional(Id),
});

/** What a problem in a record is, so the UI can word it in the reader's language. */
export type IssueKind =
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'too-long'
  | 'too-many'
  | 'out-of-range'
  | 'bad-format'
  | 'duplicate-id'
  | 'unknown-group'
  | 'adaptation'
  | 'unreadable';

export interface FileIssue {
  /** Where in the data, e.g. `sessions.3.participants.p1.note`; empty for the file as a whole. */
  path: string;
  kind: IssueKind;
  /** The limit broken (too-long, too-many) or the value in question (duplicate-id, unknown-group). */
  value?: string | number;
  /** For 'adaptation': the adaptation validator's own wording (English). */
  detail?: string;
}

export function clip(text: string): string {
  return text.length > PATH_MAX ? `${text.slice(0, PATH_MAX)}…` : text;
}

export function issuesOf(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FileIssue[] {
  return issues.map((issue) => {
    const dotPath = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    const path = clip([prefix, dotPath].filter(Boolean).join('.'));
    return { path, ...kindOf(issue) };
  });
}

function kindOf(issue: v.BaseIssue<unknown>): Pick<FileIssue, 'kind' | 'value'> {
  const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  switch (issue.type) {
    case 'max_length':
      return typeof issue.input === 'string' ? { kind: 'too-long', value: limit } : { kind: 'too-many', value: limit };
    case 'max_entries':
      return { kind: 'too-many', value: limit };
    case 'min_length':
      return { kind: 'missing' };
    case 'integer':
    case 'finite':
    case 'min_value':
    case 'max_value':
      return { kind: 'out-of-range' };
    case 'iso_date':
    case 'iso_timestamp':
    case 'regex':
    case 'length':
      return { kind: 'bad-format' };
    case 'literal':
    case 'picklist':
    case 'variant':
      return issue.input === undefined ? { kind: 'missing' } : { kind: 'not-allowed' };
    default:
      if (issue.kind === 'schema') return issue.input === undefined ? { kind: 'missing' } : { kind: 'wrong-type' };
      return { kind: 'bad-format' };
  }
}

/** Issues for records that share an id; returns the ids seen. */
export function checkUnique(records: readonly { id: string }[], path: string, issues: FileIssue[]): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) issues.push({ path: `${path}.${i}.id`, kind: 'duplicate-id', value: clip(r.id) });
    seen.add(r.id);
  });
  return seen;
}

/** Issues for records whose group is not among `groupIds`. */
export function checkGroups(records: readonly { groupId: string }[], groupIds: Set<string>, path: string, issues: FileIssue[]): void {
  records.forEach((r, i) => {
    if (!groupIds.has(r.groupId)) issues.push({ path: `${path}.${i}.groupId`, kind: 'unknown-group', value: clip(r.groupId) });
  });
}

export const ImportedSourceSchema = v.object({
  id: Id,
  practitioner: Short,
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp()),
  importedAt: Time,
  level: v.picklist(['fidelity', 'full']),
  from: v.nullable(IsoDay),
  to: v.nullable(IsoDay),
});
