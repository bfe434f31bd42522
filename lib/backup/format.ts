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
import { readFile, type ReadEnvironment } from '../files/read';
import { BUILT_IN_CONTENT, CONTENT_VERSION } from '../curriculum';
import { createAdaptationFile, parseAdaptationFile } from '../curriculum/adaptation';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '../settings';
import { ID_MAX } from '../limits';
import { EXCLUSION_REASONS } from '../fidelity/exclusions';
import {
  checkGroups,
  checkUnique,
  GroupSchema,
  Id,
  ImportedSourceSchema,
  issuesOf,
  ItisRatingSchema,
  list,
  ParticipantSchema,
  Seconds,
  SessionSchema,
  Short,
  Time,
  type FileIssue,
} from '../files/records';

export const BACKUP_FORMAT = 'imr-guide/backup';
/** The newest file version this build reads, and the one it writes. */
export const BACKUP_VERSION = 1;

// Limits that only backups need; the shared text and list limits are in lib/limits.ts.
/** A backup of 10,000 sessions is about 60 MB; the limit keeps a wrongly chosen video out of memory. */
export const BACKUP_FILE_MAX_BYTES = 200 * 1024 * 1024;
/** Records per store: far above a real practice (10,000 sessions is the benchmark's large data set). */
export const BACKUP_RECORDS_MAX = 200_000;
export { PLAN_STEPS_MAX, SESSION_PROMPTS_MAX } from '../files/records';

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

export type { IssueKind } from '../files/records';
/** A problem in one record of a backup. */
export type BackupIssue = FileIssue;

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
  sourceId: v.optional(v.nullable(Id)),
  pseudonymKey: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100)))),
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
  // Added before the first release of this format; optional so a file without it still reads.
  sources: v.optional(list(ImportedSourceSchema, BACKUP_RECORDS_MAX), []),
  exclusions: v.optional(
    list(v.object({ sessionId: Id, reason: v.picklist(EXCLUSION_REASONS), excludedAt: Time }), BACKUP_RECORDS_MAX),
    [],
  ),
});

const HeadSchema = v.object({
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp()),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(ID_MAX)) }),
});


// ── Reading ──────────────────────────────────────────────────────────────────────────────────

export type ParseEnvironment = ReadEnvironment;

/**
 * Reads a backup file and checks all of it. Never throws: every failure is a typed problem.
 * An encrypted file needs `passphrase`; without it the answer is 'needs-passphrase'.
 */
export async function parseBackup(text: string, passphrase?: string, env: ParseEnvironment = { decrypt: decryptText }): Promise<ParseBackupResult> {
  const read = await readFile(text, { format: BACKUP_FORMAT, version: BACKUP_VERSION, maxBytes: BACKUP_FILE_MAX_BYTES }, passphrase, env);
  if (!read.ok) return fail(read.problem.code === 'wrong-kind' ? { code: 'not-a-backup' } : read.problem);
  const head = v.safeParse(HeadSchema, read.head);
  if (!head.success) return fail({ code: 'invalid', issues: issuesOf(head.issues) });
  return finish(read.data, head.output, read.encrypted);
}

const fail = (problem: BackupProblem): ParseBackupResult => ({ ok: false, problem });

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

  const groupIds = checkUnique(out.groups, 'data.groups', issues);
  checkUnique(out.participants, 'data.participants', issues);
  checkUnique(out.sessions, 'data.sessions', issues);
  checkUnique(out.itisRatings, 'data.itisRatings', issues);
  checkGroups(out.participants, groupIds, 'data.participants', issues);
  checkGroups(out.sessions, groupIds, 'data.sessions', issues);
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
      sources: out.sources,
      exclusions: out.exclusions,
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
