/**
 * The adaptation as a file in the editor: the file format's validator run on what would be
 * written, and the export of what is saved. Saving runs the same validator as an import, so an
 * adaptation saved in the editor is exactly one a colleague can import. The format, that check and
 * the file name are in lib/curriculum/adaptation.ts; this binds them to the built-in content.
 * Pure except download().
 */
import { BUILT_IN_CONTENT, CONTENT_VERSION } from '../../lib/curriculum';
import { adaptationFileName, checkedAdaptationFile, type ParseAdaptationResult, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { ADAPTATION_FILE_MAX_BYTES } from '../../lib/limits';

/**
 * Adaptation files are a few kB; the limit keeps a wrongly chosen video or archive out of memory.
 * Checked on the file's size before it is read; the parser checks the text again.
 */
export const MAX_FILE_KB = ADAPTATION_FILE_MAX_BYTES / 1024;

/** The file text for this adaptation, and what the file format's validator makes of it. */
function toFile(programmeName: string, adaptation: ProgrammeAdaptation, exportedAt: Date) {
  return checkedAdaptationFile({ programmeName, adaptation, contentVersion: CONTENT_VERSION, exportedAt }, BUILT_IN_CONTENT);
}

/** Runs the file format's validator on what would be written: the same check an import gets. */
export function validate(programmeName: string, adaptation: ProgrammeAdaptation, exportedAt: Date): ParseAdaptationResult {
  return toFile(programmeName, adaptation, exportedAt).result;
}

export type PreparedExport =
  | { kind: 'needs-name' }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'ready'; text: string; fileName: string };

/** The export of what is saved (never the unsaved draft), or why there is none. */
export function prepareExport(saved: StoredAdaptation | undefined, at: Date): PreparedExport {
  if (!saved || !saved.programmeName.trim()) return { kind: 'needs-name' };
  const { text, result } = toFile(saved.programmeName, saved.adaptation, at);
  // A layer saved against older content may no longer fit; a file nobody can import helps no one.
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  return { kind: 'ready', text, fileName: adaptationFileName(saved.programmeName, at) };
}

export { download } from '../common/download';
