/**
 * Importing a feedback file in the practitioner's panel: size-checked before it is read, checked in
 * full before anything is written, then merged in one transaction. A file that needs a passphrase
 * is left for the caller to ask; a bad file is reported and writes nothing.
 *
 * Usage:
 *   const outcome = await importFeedbackFile(file, { repo, ownSourceId, passphrase });
 */
import type { FileProblem } from '../files/read';
import type { Repo } from '../db/repo';
import type { IncomingFile } from '../supervision/import';
import { createLogger } from '../log';
import { FEEDBACK_FILE_MAX_BYTES, parseFeedbackFile } from './format';
import type { FeedbackCounts } from './merge';

const log = createLogger('feedback-import');

export type FeedbackOutcome =
  | { name: string; ok: true; counts: FeedbackCounts; rater: string; exportedAt: string }
  | { name: string; ok: false; problem: FileProblem | { code: 'write-failed'; message: string } };

export interface FeedbackImportEnvironment {
  repo: Pick<Repo, 'importItisRatings'>;
  /** This profile's source id: ratings in a file it exported itself come back as its own. */
  ownSourceId: string | null;
  passphrase?: string;
}

export async function importFeedbackFile(file: IncomingFile, env: FeedbackImportEnvironment): Promise<FeedbackOutcome> {
  // Refused before reading: a wrongly chosen video must not be loaded into memory.
  if (file.size > FEEDBACK_FILE_MAX_BYTES) return { name: file.name, ok: false, problem: { code: 'too-large', maxBytes: FEEDBACK_FILE_MAX_BYTES } };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    log.error(`reading ${file.name}`, e);
    return { name: file.name, ok: false, problem: { code: 'not-json' } };
  }
  const read = await parseFeedbackFile(text, env.passphrase);
  if (!read.ok) return { name: file.name, ok: false, problem: read.problem };
  const own = env.ownSourceId !== null && read.head.source.id === env.ownSourceId;
  try {
    const counts = await env.repo.importItisRatings(read.data.ratings, own ? undefined : read.head.source.id);
    return { name: file.name, ok: true, counts, rater: read.head.source.rater, exportedAt: read.head.exportedAt };
  } catch (e) {
    log.error(`writing ${file.name}`, e);
    return { name: file.name, ok: false, problem: { code: 'write-failed', message: e instanceof Error ? e.message : String(e) } };
  }
}
