/**
 * Importing supervision files, one after another: each is size-checked before it is read,
 * checked in full before anything is written, and merged in one transaction. A file that needs a
 * passphrase is left for the caller to ask; a bad file is reported and writes nothing.
 *
 * Usage:
 *   const outcomes = await importSupervisionFiles(files, { repo, ownSourceId, now, passphrases, onProgress });
 */
import type { ContentLevel, ImportedSource } from '../model';
import type { ImportCounts, Repo } from '../db/repo';
import { parseSupervisionFile, SUPERVISION_FILE_MAX_BYTES, type SupervisionProblem } from './format';
import { createLogger } from '../log';

const log = createLogger('supervision-import');

export interface IncomingFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileOutcome =
  | { name: string; ok: true; counts: ImportCounts; practitioner: string; exportedAt: string; level: ContentLevel; own: boolean }
  | { name: string; ok: false; problem: SupervisionProblem | { code: 'write-failed'; message: string } };

export interface ImportEnvironment {
  repo: Pick<Repo, 'importRecords'>;
  /** This profile's source id: its own files come back as local records. */
  ownSourceId: string | null;
  now: () => number;
  /** Passphrases the user typed, by file name. */
  passphrases?: ReadonlyMap<string, string>;
  /** Files done so far, of all; called before the first and after each. */
  onProgress?: (done: number, total: number) => void;
}

export async function importSupervisionFiles(files: readonly IncomingFile[], env: ImportEnvironment): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  env.onProgress?.(0, files.length);
  for (const file of files) {
    outcomes.push(await importOne(file, env));
    env.onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}

async function importOne(file: IncomingFile, env: ImportEnvironment): Promise<FileOutcome> {
  // Refused before reading: a wrongly chosen video must not be loaded into memory.
  if (file.size > SUPERVISION_FILE_MAX_BYTES) return { name: file.name, ok: false, problem: { code: 'too-large', maxBytes: SUPERVISION_FILE_MAX_BYTES } };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    log.error(`reading ${file.name}`, e);
    return { name: file.name, ok: false, problem: { code: 'not-json' } };
  }
  const read = await parseSupervisionFile(text, env.passphrases?.get(file.name));
  if (!read.ok) return { name: file.name, ok: false, problem: read.problem };
  const own = env.ownSourceId !== null && read.head.source.id === env.ownSourceId;
  const source: ImportedSource | null = own
    ? null
    : {
        id: read.head.source.id,
        practitioner: read.head.source.practitioner,
        exportedAt: read.head.exportedAt,
        importedAt: env.now(),
        level: read.head.level,
        from: read.head.range.from,
        to: read.head.range.to,
      };
  try {
    const counts = await env.repo.importRecords(read.data, source);
    return { name: file.name, ok: true, counts, practitioner: read.head.source.practitioner, exportedAt: read.head.exportedAt, level: read.head.level, own };
  } catch (e) {
    log.error(`writing ${file.name}`, e);
    return { name: file.name, ok: false, problem: { code: 'write-failed', message: e instanceof Error ? e.message : String(e) } };
  }
}
