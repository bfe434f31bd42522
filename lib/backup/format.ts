/**
 * The backup file: every record on this profile as one versioned JSON file, sealed under the
 * vault's key when a passphrase is set. Writing is `buildBackup`; reading is `parseBackup`, which
 * checks the whole file (size first, then shape, limits and cross-references of every record)
 * before anything may be written, and answers with typed problem codes that the UI translates.
 * Pure except for the random IV of an encrypted file; the key derivation is injected.
 *
 * Usage:
 *   const text = buildBackup(await repo.readEverything(), { now: new Date(), appVersion: '0.1.0', key: await repo.currentKey() });
 *   const result = await parseBackup(text, passphrase);
 *   if (result.ok) await repo.replaceEverything(result.data);
 */
import * as v from 'valibot';
import type { Everything } from '../db/repo';
import { decryptText, EncryptedEnvelope, encryptWithKey } from '../crypto/envelope';
import { WrongKeyError } from '../crypto/cipher';
import { STEP_IDS } from '../curriculum/types';
import { BUILT_IN_CONTENT, CONTENT_VERSION } from '../curriculum';
import { createAdaptationFile, parseAdaptationFile } from '../curriculum/adaptation';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '../settings';
import { CLOCK_EVENTS_MAX, CODE_MAX, ID_MAX, LIST_MAX, NOTE_MAX, SHORT_TEXT_MAX } from '../limits';

export const BACKUP_FORMAT = 'imr-guide/backup';
/** The newest file version this build reads, and the one it writes. */
export const BACKUP_VERSION = 1;

// Limits that only backups need; the shared text and list limits are in lib/limits.ts.
/** A backup of thousands of sessions is a few MB; the limit keeps a wrongly chosen video out of memory. */
export const BACKUP_FILE_MAX_BYTES = 50 * 1024 * 1024;
/** Records per store: far above a real practice (10,000 sessions is the benchmark's large data set). */
export const BACKUP_RECORDS_MAX = 200_000;
/** Prompt records in one session: the built-in prompts plus a programme's custom ones (LIST_MAX). */
export const SESSION_PROMPTS_MAX = 2_000;
/** Steps in a session plan (eight in the IMR session structure; repeats allowed). */
export const PLAN_STEPS_MAX = 100;
/** A day, the ceiling for any duration in seconds (step length, warning time, an extension). */
const DAY_SECONDS = 86_400;
/** A problem's path never quotes more than this much of the file (a key may be huge). */
const PATH_MAX = 200;

export interface BackupApp {
  version: string;
}

export interface PlainBackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time. */
  exportedAt: string;
  app: BackupApp;
  encrypted: false;
  data: Everything;
}

export interface EncryptedBackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: BackupApp;
  encrypted: true;
  /** The data's JSON, sealed. */
  envelope: EncryptedEnvelope;
}

export type BackupFile = PlainBackupFile | EncryptedBackupFile;

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

export interface BackupIssue {
  /** Where in the data, e.g. `sessions.3.participants.p1.note`; empty for the file as a whole. */
  path: string;
  kind: IssueKind;
  /** The limit broken (too-long, too-many) or the value in question (duplicate-id, unknown-group). */
  value?: string | number;
  /** For 'adaptation': the adaptation validator's own wording (English). */
  detail?: string;
}

export type BackupProblem =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'not-json' }
  | { code: 'not-a-backup' }
  | { code: 'unknown-version'; version: string }
  | { code: 'needs-passphrase' }
  | { code: 'wrong-passphrase' }
  | { code: 'invalid'; issues: BackupIssue[] };

export type ParseBackupResult =
  | { ok: true; data: Everything; exportedAt: string; appVersion: string; encrypted: boolean }
  | { ok: false; problem: BackupProblem };

export interface BackupKey {
  key: Uint8Array;
  salt: Uint8Array;
  iterations: number;
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

/**
 * The file text for `data`: plain, or sealed under `key` (the unlocked vault's key, so the file
 * opens with the same passphrase). Compact JSON: the file is for restoring, not for reading.
 */
export function buildBackup(data: Everything, options: { now: Date; appVersion: string; key?: BackupKey | null }): string {
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now.toISOString(),
    app: { version: options.appVersion },
  } as const;
  const file: BackupFile = options.key
    ? { ...head, encrypted: true, envelope: encryptWithKey(options.key.key, options.key.salt, options.key.iterations, JSON.stringify(data)) }
    : { ...head, encrypted: false, data };
  return JSON.stringify(file);
}

/** `imr-guide-backup-yyyy-mm-dd.json`, dated by the local calendar day of `at`. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `imr-guide-backup-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

// ── Record schemas (mirroring lib/model.ts) ──────────────────────────────────────────────────
// Every string, list and map has a ceiling, so a crafted or corrupted file can neither fill the
// database nor hang a page that lists the records. v.object drops fields the model does not have,
// so nothing unknown reaches the database.

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(ID_MAX));
const Short = v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX));
const Note = v.pipe(v.string(), v.maxLength(NOTE_MAX));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(DAY_SECONDS));
const IsoDay = v.pipe(v.string(), v.maxLength(10), v.isoDate());
const Format = v.picklist(['individual', 'group']);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

const GroupSchema = v.object({
  id: Id,
  name: Short,
  format: Format,
  enrolment: v.picklist(['closed', 'rolling']),
  defaultLengthMinutes: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(24 * 60)),
  facilitators: list(Short, LIST_MAX),
  createdAt: Time,
  updatedAt: Time,
});

const GoalStepSchema = v.object({
  id: Id,
  text: Short,
  status: v.picklist(['open', 'in-progress', 'done']),
});

const ParticipantSchema = v.object({
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
  createdAt: Time,
  updatedAt: Time,
});

const ClockEventSchema = v.variant('type', [
  v.object({ type: v.picklist(['start', 'pause', 'resume', 'next', 'back', 'end']), at: Time }),
  v.object({ type: v.literal('extend'), at: Time, seconds: Seconds }),
]);

const PromptRecordSchema = v.object({
  status: v.nullable(v.picklist(['done', 'not-done', 'na'])),
  note: Note,
  at: Time,
});

const ParticipantEntrySchema = v.object({
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
});

const SessionSchema = v.object({
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
});

const ItisRatingSchema = v.object({
  id: Id,
  sessionId: Id,
  rater: Short,
  ratedAt: Time,
  // Item ids and 1..5 scores; unknown items are kept out by the item id limit, and itis.ts treats
  // anything but a whole 1..5 as unrated.
  scores: v.pipe(v.record(Id, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))), v.maxEntries(LIST_MAX)),
  comment: Note,
});

// Settings written by older versions lack later fields: each is optional and filled from the defaults.
const SettingsSchema = v.object({
  locale: v.optional(v.nullable(v.picklist(['en', 'nl']))),
  practitioner: v.optional(Short),
  warnSeconds: v.optional(Seconds),
  chime: v.optional(v.boolean()),
  notifications: v.optional(v.boolean()),
  noteFormat: v.optional(v.picklist(['imr', 'dap', 'soap'])),
  theme: v.optional(v.picklist(['system', 'light', 'dark'])),
  autoLockMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60))),
  backupReminderDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650))),
  lastBackupAt: v.optional(v.nullable(Time)),
  retentionMonths: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200)))),
});

// The adaptation layer's own content is checked by the adaptation file's validator (below).
const StoredAdaptationSchema = v.object({
  id: v.literal('current'),
  programmeName: Short,
  adaptation: v.unknown(),
  updatedAt: Time,
});

const EverythingSchema = v.object({
  groups: list(GroupSchema, BACKUP_RECORDS_MAX),
  participants: list(ParticipantSchema, BACKUP_RECORDS_MAX),
  sessions: list(SessionSchema, BACKUP_RECORDS_MAX),
  itisRatings: list(ItisRatingSchema, BACKUP_RECORDS_MAX),
  settings: SettingsSchema,
  adaptation: v.nullable(StoredAdaptationSchema),
});

const HeadSchema = v.object({
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp()),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(ID_MAX)) }),
});

const PlainSchema = v.object({ ...HeadSchema.entries, encrypted: v.literal(false), data: v.unknown() });
const EncryptedSchema = v.object({ ...HeadSchema.entries, encrypted: v.literal(true), envelope: EncryptedEnvelope });

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

/** UTF-8 size without copying the text when its length alone decides. */
function tooLarge(text: string): boolean {
  if (text.length > BACKUP_FILE_MAX_BYTES) return true;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so shorter texts need no encoding.
  if (text.length * 3 <= BACKUP_FILE_MAX_BYTES) return false;
  return new TextEncoder().encode(text).length > BACKUP_FILE_MAX_BYTES;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface ParseEnvironment {
  /** Opens an envelope; throws WrongKeyError on a wrong passphrase or an altered file. */
  decrypt: (passphrase: string, envelope: EncryptedEnvelope) => Promise<string>;
}

/**
 * Reads a backup file and checks all of it. Never throws: every failure is a typed problem.
 * An encrypted file needs `passphrase`; without it the answer is 'needs-passphrase'.
 */
export async function parseBackup(text: string, passphrase?: string, env: ParseEnvironment = { decrypt: decryptText }): Promise<ParseBackupResult> {
  try {
    return await parseUnsafe(text, passphrase, env);
  } catch {
    // Nothing above should throw (JSON and schemas are guarded); if something does, the file is refused whole.
    return fail({ code: 'invalid', issues: [{ path: '', kind: 'unreadable' }] });
  }
}

const fail = (problem: BackupProblem): ParseBackupResult => ({ ok: false, problem });

async function parseUnsafe(text: string, passphrase: string | undefined, env: ParseEnvironment): Promise<ParseBackupResult> {
  if (typeof text !== 'string' || tooLarge(text)) return fail({ code: 'too-large', maxBytes: BACKUP_FILE_MAX_BYTES });
  const json = parseJson(text);
  if (!json.ok) return fail({ code: 'not-json' });
  const raw = json.value;
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return fail({ code: 'not-a-backup' });
  // Checked before the rest: a newer file may have a shape this build cannot describe.
  if (raw.version !== BACKUP_VERSION) return fail({ code: 'unknown-version', version: clip(String(typeof raw.version === 'object' ? JSON.stringify(raw.version) ?? '' : raw.version)) });

  if (raw.encrypted === true) {
    const head = v.safeParse(EncryptedSchema, raw);
    if (!head.success) return fail({ code: 'invalid', issues: issuesOf(head.issues) });
    if (passphrase === undefined || passphrase === '') return fail({ code: 'needs-passphrase' });
    let plaintext: string;
    try {
      plaintext = await env.decrypt(passphrase, head.output.envelope);
    } catch (e) {
      if (e instanceof WrongKeyError) return fail({ code: 'wrong-passphrase' });
      // Base64 the schema let through but the decoder refuses (a bad length): an altered envelope.
      return fail({ code: 'invalid', issues: [{ path: 'envelope', kind: 'unreadable' }] });
    }
    if (tooLarge(plaintext)) return fail({ code: 'too-large', maxBytes: BACKUP_FILE_MAX_BYTES });
    const inner = parseJson(plaintext);
    // Sealed by an authenticated cipher, so unreadable contents mean a faulty writer, not a wrong key.
    if (!inner.ok) return fail({ code: 'invalid', issues: [{ path: 'envelope', kind: 'unreadable' }] });
    return finish(inner.value, head.output, true);
  }
  const head = v.safeParse(PlainSchema, raw);
  if (!head.success) return fail({ code: 'invalid', issues: issuesOf(head.issues) });
  return finish(head.output.data, head.output, false);
}

function finish(data: unknown, head: { exportedAt: string; app: BackupApp }, encrypted: boolean): ParseBackupResult {
  const checked = checkEverything(data);
  if (!checked.ok) return fail({ code: 'invalid', issues: checked.issues });
  return { ok: true, data: checked.data, exportedAt: head.exportedAt, appVersion: head.app.version, encrypted };
}

/**
 * Checks data as a restore would write it: every record's shape and limits, unique ids, the
 * references between records and the programme adaptation. Also used after a backup is built,
 * so a file that could not be restored is noticed when it is written, not when it is needed.
 */
export function checkEverything(data: unknown): { ok: true; data: Everything } | { ok: false; issues: BackupIssue[] } {
  const parsed = v.safeParse(EverythingSchema, data, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.issues, 'data') };
  const out = parsed.output;
  const issues: BackupIssue[] = [];

  const unique = (store: 'groups' | 'participants' | 'sessions' | 'itisRatings', records: readonly { id: string }[]) => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: `data.${store}.${i}.id`, kind: 'duplicate-id', value: clip(r.id) });
      seen.add(r.id);
    });
    return seen;
  };
  const groupIds = unique('groups', out.groups);
  unique('participants', out.participants);
  unique('sessions', out.sessions);
  unique('itisRatings', out.itisRatings);

  out.participants.forEach((p, i) => {
    if (!groupIds.has(p.groupId)) issues.push({ path: `data.participants.${i}.groupId`, kind: 'unknown-group', value: clip(p.groupId) });
  });
  out.sessions.forEach((s, i) => {
    if (!groupIds.has(s.groupId)) issues.push({ path: `data.sessions.${i}.groupId`, kind: 'unknown-group', value: clip(s.groupId) });
  });
  // A rating's session is not required: ratings may outlive a session (tests/unit/fixtures/db-v2.ts).

  let adaptation: Everything['adaptation'] = null;
  if (out.adaptation) {
    const problems = adaptationProblems(out.adaptation.programmeName, out.adaptation.adaptation);
    for (const detail of problems) issues.push({ path: 'data.adaptation.adaptation', kind: 'adaptation', detail });
    adaptation = out.adaptation as Everything['adaptation'];
  }
  if (issues.length > 0) return { ok: false, issues };

  const settings: Settings = withDefaults(stripUndefined(out.settings));
  return {
    ok: true,
    data: {
      groups: out.groups,
      participants: out.participants,
      // The schema's plan step ids are the model's StepIds; record keys are plain strings in both.
      sessions: out.sessions as Everything['sessions'],
      itisRatings: out.itisRatings as Everything['itisRatings'],
      settings,
      adaptation,
    },
  };
}

/** The adaptation checked by the adaptation file's own validator, against the built-in content. */
function adaptationProblems(programmeName: string, adaptation: unknown): string[] {
  let text: string;
  try {
    text = JSON.stringify(
      createAdaptationFile({
        // The file format requires a name; a stored layer may not have one yet.
        programmeName: programmeName.trim() || 'programme',
        adaptation: adaptation as never,
        contentVersion: CONTENT_VERSION,
        exportedAt: new Date(0),
      }),
    );
  } catch {
    return ['The adaptation cannot be read.'];
  }
  const result = parseAdaptationFile(text, BUILT_IN_CONTENT);
  return result.ok ? [] : result.errors;
}

function stripUndefined(settings: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(settings)) if (value !== undefined && k in DEFAULT_SETTINGS) out[k] = value;
  return out as Partial<Settings>;
}

function clip(text: string): string {
  return text.length > PATH_MAX ? `${text.slice(0, PATH_MAX)}…` : text;
}

function issuesOf(issues: readonly v.BaseIssue<unknown>[], prefix = ''): BackupIssue[] {
  return issues.map((issue) => {
    const dotPath = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    const path = clip([prefix, dotPath].filter(Boolean).join('.'));
    return { path, ...kindOf(issue) };
  });
}

function kindOf(issue: v.BaseIssue<unknown>): Pick<BackupIssue, 'kind' | 'value'> {
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

// ── Preview ──────────────────────────────────────────────────────────────────────────────────

export interface BackupSummary {
  groups: number;
  participants: number;
  sessions: number;
  ratings: number;
  /** Whether a programme adaptation is included. */
  adaptation: boolean;
  /** Earliest and latest session date (ISO yyyy-mm-dd), or null without sessions. */
  firstSession: string | null;
  lastSession: string | null;
}

/** Counts and the session date range, for the restore preview (what the file holds, what is here now). */
export function summarise(data: Everything): BackupSummary {
  let first: string | null = null;
  let last: string | null = null;
  for (const s of data.sessions) {
    if (first === null || s.date < first) first = s.date;
    if (last === null || s.date > last) last = s.date;
  }
  return {
    groups: data.groups.length,
    participants: data.participants.length,
    sessions: data.sessions.length,
    ratings: data.itisRatings.length,
    adaptation: data.adaptation !== null,
    firstSession: first,
    lastSession: last,
  };
}

/** Whether there is anything worth backing up (the reminder stays quiet on an empty profile). */
export function hasRecords(summary: BackupSummary): boolean {
  return summary.groups + summary.participants + summary.sessions + summary.ratings > 0 || summary.adaptation;
}
