/**
 * The feedback file: a supervisor's IT-IS ratings of a practitioner's sessions, going back from
 * the review page to the practitioner's panel. Sessions keep their ids through a supervision file,
 * so each rating names the practitioner's own session. The head says who exported it and when
 * (the rater's name and profile id, the export time) and whose sessions it covers.
 * A passphrase is optional: comments are free text about a session, so the file offers one.
 *
 * Usage:
 *   const ratings = selectForFeedback(allRatings, sessions, { sourceId: 'src_1' });
 *   const text = await buildFeedbackFile(ratings, { source, scope, now, appVersion, passphrase });
 *   const read = await parseFeedbackFile(text, passphrase);
 */
import * as v from 'valibot';
import { encryptText } from '../crypto/envelope';
import { ID_MAX } from '../limits';
import { readFile, type FileProblem, type ReadEnvironment } from '../files/read';
import { checkUnique, Id, issuesOf, ItisRatingSchema, list, Short } from '../files/records';
import type { ItisRating } from '../fidelity/itis';
import type { Session } from '../model';

export const FEEDBACK_FORMAT = 'imr-guide/feedback';
export const FEEDBACK_VERSION = 1;
/** A rating is a few kilobytes at most (comments included); a year of a large team's ratings is far below this. */
export const FEEDBACK_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Ratings in one file. */
export const FEEDBACK_RATINGS_MAX = 50_000;

/** Whose sessions a file covers: one practitioner's source (their supervision files' profile id), or all. */
export interface FeedbackScope {
  /** The practitioner's profile id, or null for every session on the supervisor's profile. */
  sourceId: string | null;
  /** Their name as their files gave it, for the practitioner to recognise; null for all. */
  practitioner: string | null;
}

export interface FeedbackHead {
  format: typeof FEEDBACK_FORMAT;
  version: typeof FEEDBACK_VERSION;
  /** ISO date-time. */
  exportedAt: string;
  app: { version: string };
  /** The exporting profile (the supervisor's): its id and the name in its settings. */
  source: { id: string; rater: string };
  scope: FeedbackScope;
}

export interface FeedbackData {
  ratings: ItisRating[];
}

/**
 * The ratings made on this profile (never ones it received) of sessions in the scope: one
 * source's sessions, or every session here. Ratings of sessions no longer here are left out, as
 * nobody could tell whose they were.
 */
export function selectForFeedback(ratings: readonly ItisRating[], sessions: readonly Pick<Session, 'id' | 'source'>[], scope: Pick<FeedbackScope, 'sourceId'>): ItisRating[] {
  const inScope = new Set(sessions.filter((s) => scope.sourceId === null || s.source === scope.sourceId).map((s) => s.id));
  return ratings
    .filter((r) => !r.source && inScope.has(r.sessionId))
    .map(({ source: _local, ...rating }) => rating)
    .sort((a, b) => a.ratedAt - b.ratedAt || a.id.localeCompare(b.id));
}

export interface BuildFeedbackOptions {
  source: { id: string; rater: string };
  scope: FeedbackScope;
  now: Date;
  appVersion: string;
  /** Encrypts the ratings with a key derived from it; optional. */
  passphrase?: string;
}

export async function buildFeedbackFile(ratings: readonly ItisRating[], options: BuildFeedbackOptions): Promise<string> {
  const data: FeedbackData = { ratings: ratings.map(({ source: _local, ...rating }) => rating) };
  const head: FeedbackHead = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    exportedAt: options.now.toISOString(),
    app: { version: options.appVersion },
    source: options.source,
    scope: options.scope,
  };
  const body = options.passphrase
    ? { encrypted: true, envelope: await encryptText(options.passphrase, JSON.stringify(data)) }
    : { encrypted: false, data };
  return JSON.stringify({ ...head, ...body });
}

/** `imr-guide-feedback-<practitioner>-yyyy-mm-dd.json`, safe for every file system. */
export function feedbackFileName(practitioner: string | null, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const who = (practitioner ?? '').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'all';
  return `imr-guide-feedback-${who}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

export type ParseFeedbackResult =
  | { ok: true; head: FeedbackHead; data: FeedbackData; encrypted: boolean }
  | { ok: false; problem: FileProblem };

const HeadSchema = v.object({
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp()),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(ID_MAX)) }),
  source: v.object({ id: Id, rater: Short }),
  scope: v.object({ sourceId: v.nullable(Id), practitioner: v.nullable(Short) }),
});

const DataSchema = v.object({ ratings: list(ItisRatingSchema, FEEDBACK_RATINGS_MAX) });

/** Reads and checks a whole feedback file. Never throws. */
export async function parseFeedbackFile(text: string, passphrase?: string, env?: ReadEnvironment): Promise<ParseFeedbackResult> {
  const read = await readFile(text, { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, maxBytes: FEEDBACK_FILE_MAX_BYTES }, passphrase, env);
  if (!read.ok) return read;
  const head = v.safeParse(HeadSchema, read.head);
  if (!head.success) return { ok: false, problem: { code: 'invalid', issues: issuesOf(head.issues) } };
  const parsed = v.safeParse(DataSchema, read.data, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', issues: issuesOf(parsed.issues, 'data') } };
  const issues: Parameters<typeof checkUnique>[2] = [];
  checkUnique(parsed.output.ratings, 'data.ratings', issues);
  if (issues.length > 0) return { ok: false, problem: { code: 'invalid', issues } };
  return {
    ok: true,
    head: { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, ...head.output },
    // Item ids are checked for length, not against the scale: itis.ts ignores unknown items when scoring.
    data: { ratings: parsed.output.ratings.map(({ source: _theirs, ...rating }) => rating) as ItisRating[] },
    encrypted: read.encrypted,
  };
}
