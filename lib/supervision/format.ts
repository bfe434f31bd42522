/**
 * The supervision file: a practitioner's sessions for the groups and dates chosen, for a
 * supervisor who works in another browser. Two content levels:
 * - `fidelity`: no free text at all (notes, prompt notes, goals, agreed practice are emptied), and
 *   each participant is a pseudonym, the same one for the same person in every file from this
 *   profile, so a supervisor can follow attendance and progress without knowing who it is;
 * - `full`: everything, for supervision inside the same organisation, best with a passphrase.
 * The head says where it came from (practitioner, export time, the profile's source id), so an
 * import keeps provenance and a newer file from the same profile updates an older one.
 *
 * Usage:
 *   const data = selectForSupervision(records, { groupIds, from, to });
 *   const text = await buildSupervisionFile(data, { level: 'fidelity', source, now, appVersion, pseudonymKey });
 *   const read = await parseSupervisionFile(text, passphrase);
 */
import * as v from 'valibot';
import type { ContentLevel, Group, Participant, Session } from '../model';
import { encryptText } from '../crypto/envelope';
import { fromBase64 } from '../crypto/cipher';
import { ID_MAX } from '../limits';
import { readFile, type FileProblem, type ReadEnvironment } from '../files/read';
import { PSEUDONYM_PREFIX } from './merge';
import { checkGroups, checkUnique, GroupSchema, Id, IsoDay, issuesOf, list, ParticipantSchema, SessionSchema, Short, type FileIssue } from '../files/records';

export const SUPERVISION_FORMAT = 'imr-guide/supervision';
export const SUPERVISION_VERSION = 1;
/**
 * A full file of 10,000 sessions (a large programme's year) is about 60 MB; the limit leaves room
 * for that and keeps a wrongly chosen video out of memory.
 */
export const SUPERVISION_FILE_MAX_BYTES = 200 * 1024 * 1024;
/** Records per kind in one file: well above the 10,000-session benchmark. */
export const SUPERVISION_RECORDS_MAX = 100_000;

export interface SupervisionData {
  groups: Group[];
  participants: Participant[];
  sessions: Session[];
}

export interface SupervisionHead {
  format: typeof SUPERVISION_FORMAT;
  version: typeof SUPERVISION_VERSION;
  /** ISO date-time. */
  exportedAt: string;
  app: { version: string };
  source: { id: string; practitioner: string };
  level: ContentLevel;
  /** Session dates covered (ISO days); null for an open end. */
  range: { from: string | null; to: string | null };
}

export interface SupervisionChoice {
  /** Groups to include; all when empty. */
  groupIds: readonly string[];
  from: string | null;
  to: string | null;
}

/**
 * The ended sessions of the chosen groups within the dates, with those groups and their
 * participants. Running sessions stay out: they are not finished records yet. Imported records
 * (another profile's) are never passed on.
 */
export function selectForSupervision(all: SupervisionData, choice: SupervisionChoice): SupervisionData {
  const chosen = new Set(choice.groupIds.length > 0 ? choice.groupIds : all.groups.map((g) => g.id));
  const groups = all.groups.filter((g) => chosen.has(g.id) && !g.source);
  const ids = new Set(groups.map((g) => g.id));
  const sessions = all.sessions.filter(
    (s) =>
      ids.has(s.groupId) &&
      !s.source &&
      s.status === 'ended' &&
      (choice.from === null || s.date >= choice.from) &&
      (choice.to === null || s.date <= choice.to),
  );
  const participants = all.participants.filter((p) => ids.has(p.groupId) && !p.source);
  return { groups, participants, sessions };
}

// ── Pseudonyms and the fidelity-only level ──────────────────────────────────────────────────

async function hmacHex(key: Uint8Array<ArrayBuffer>, text: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(text)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Removes every free-text field and replaces each participant (id and code) by a pseudonym made
 * with a keyed hash: not reversible without this profile's secret, and stable across files.
 * Individual clients' "groups" are often named after the client, so those names go too.
 */
export async function toFidelityOnly(data: SupervisionData, pseudonymKey: Uint8Array<ArrayBuffer>): Promise<SupervisionData> {
  // Everyone the file mentions: the group lists and, for people since removed, session entries.
  const people = new Set([...data.participants.map((p) => p.id), ...data.sessions.flatMap((s) => Object.keys(s.participants))]);
  const pseudonyms = new Map<string, { id: string; code: string }>();
  for (const id of people) {
    const hex = await hmacHex(pseudonymKey, `participant:${id}`);
    pseudonyms.set(id, { id: `${PSEUDONYM_PREFIX}${hex.slice(0, 24)}`, code: `PS-${hex.slice(0, 6).toUpperCase()}` });
  }
  const groupNames = new Map<string, string>();
  for (const g of data.groups) {
    groupNames.set(g.id, g.format === 'individual' ? `IND-${(await hmacHex(pseudonymKey, `group:${g.id}`)).slice(0, 6).toUpperCase()}` : g.name);
  }
  const pseudo = (id: string) => pseudonyms.get(id) ?? { id: 'pseudo_unknown', code: 'PS' };
  return {
    groups: data.groups.map((g) => ({ ...g, name: groupNames.get(g.id) ?? g.name })),
    participants: data.participants.map((p) => ({
      ...p,
      id: pseudo(p.id).id,
      code: pseudo(p.id).code,
      goal: '',
      goalSteps: p.goalSteps.map((step) => ({ ...step, text: '' })),
    })),
    sessions: data.sessions.map((s) => ({
      ...s,
      notes: '',
      prompts: Object.fromEntries(Object.entries(s.prompts).map(([id, record]) => [id, { ...record, note: '' }])),
      participants: Object.fromEntries(
        // Every free-text field goes, the participant's own words (`response`) included.
        Object.entries(s.participants).map(([id, { response: _words, ...entry }]) => [pseudo(id).id, { ...entry, note: '', nextHomePractice: '' }]),
      ),
    })),
  };
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

export interface BuildOptions {
  level: ContentLevel;
  source: { id: string; practitioner: string };
  range: { from: string | null; to: string | null };
  now: Date;
  appVersion: string;
  /** Base64 secret for pseudonyms (settings.pseudonymKey); required for the fidelity level. */
  pseudonymKey: string;
  /** Encrypts the data with a key derived from it; optional. */
  passphrase?: string;
}

export async function buildSupervisionFile(selected: SupervisionData, options: BuildOptions): Promise<string> {
  const data = options.level === 'fidelity' ? await toFidelityOnly(selected, fromBase64(options.pseudonymKey)) : selected;
  const head: SupervisionHead = {
    format: SUPERVISION_FORMAT,
    version: SUPERVISION_VERSION,
    exportedAt: options.now.toISOString(),
    app: { version: options.appVersion },
    source: options.source,
    level: options.level,
    range: options.range,
  };
  const body = options.passphrase
    ? { encrypted: true, envelope: await encryptText(options.passphrase, JSON.stringify(data)) }
    : { encrypted: false, data };
  return JSON.stringify({ ...head, ...body });
}

/** `imr-guide-supervision-<practitioner>-yyyy-mm-dd.json`, safe for every file system. */
export function supervisionFileName(practitioner: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const who = practitioner.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'practitioner';
  return `imr-guide-supervision-${who}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

export type SupervisionProblem = FileProblem;

export type ParseSupervisionResult =
  | { ok: true; head: SupervisionHead; data: SupervisionData; encrypted: boolean }
  | { ok: false; problem: SupervisionProblem };

const HeadSchema = v.object({
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp()),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(ID_MAX)) }),
  source: v.object({ id: Id, practitioner: Short }),
  level: v.picklist(['fidelity', 'full']),
  range: v.object({ from: v.nullable(IsoDay), to: v.nullable(IsoDay) }),
});

const DataSchema = v.object({
  groups: list(GroupSchema, SUPERVISION_RECORDS_MAX),
  participants: list(ParticipantSchema, SUPERVISION_RECORDS_MAX),
  sessions: list(SessionSchema, SUPERVISION_RECORDS_MAX),
});

/** Reads and checks a whole supervision file. Never throws. */
export async function parseSupervisionFile(text: string, passphrase?: string, env?: ReadEnvironment): Promise<ParseSupervisionResult> {
  const read = await readFile(text, { format: SUPERVISION_FORMAT, version: SUPERVISION_VERSION, maxBytes: SUPERVISION_FILE_MAX_BYTES }, passphrase, env);
  if (!read.ok) return read;
  const head = v.safeParse(HeadSchema, read.head);
  if (!head.success) return { ok: false, problem: { code: 'invalid', issues: issuesOf(head.issues) } };
  const parsed = v.safeParse(DataSchema, read.data, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', issues: issuesOf(parsed.issues, 'data') } };
  const out = parsed.output;
  const issues: FileIssue[] = [];
  const groupIds = checkUnique(out.groups, 'data.groups', issues);
  checkUnique(out.participants, 'data.participants', issues);
  checkUnique(out.sessions, 'data.sessions', issues);
  checkGroups(out.participants, groupIds, 'data.participants', issues);
  checkGroups(out.sessions, groupIds, 'data.sessions', issues);
  if (issues.length > 0) return { ok: false, problem: { code: 'invalid', issues } };
  return {
    ok: true,
    head: { format: SUPERVISION_FORMAT, version: SUPERVISION_VERSION, ...head.output },
    // The schema's plan step ids are the model's StepIds; record keys are plain strings in both.
    data: out as unknown as SupervisionData,
    encrypted: read.encrypted,
  };
}
