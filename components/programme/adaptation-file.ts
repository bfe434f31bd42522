/**
 * The adaptation as a file: writing it, running the file format's validator on it, naming and
 * downloading the export. Saving runs the same validator as an import, so an adaptation saved in
 * the editor is exactly one a colleague can import. Pure except download().
 */
import { CONTENT_VERSION } from '../../lib/curriculum';
import { parseAdaptationFile, serializeAdaptationFile, type ParseAdaptationResult, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { BUILT_IN } from './built-in';

/** Adaptation files are a few kB; the limit keeps a wrongly chosen video or archive out of memory. */
export const MAX_FILE_KB = 1024;

/** The file text for this adaptation, and what the file format's validator makes of it. */
export function toFile(programmeName: string, adaptation: ProgrammeAdaptation, exportedAt: Date): { text: string; result: ParseAdaptationResult } {
  const text = serializeAdaptationFile({ programmeName, adaptation, contentVersion: CONTENT_VERSION, exportedAt });
  return { text, result: parseAdaptationFile(text, BUILT_IN) };
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
  return { kind: 'ready', text, fileName: exportFileName(saved.programmeName, at) };
}

/** `imr-programme-adaptation-<name>-<yyyy-mm-dd>.json`, dated by the practitioner's own calendar day. */
export function exportFileName(programmeName: string, at: Date): string {
  const slug =
    programmeName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'programme';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `imr-programme-adaptation-${slug}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

export function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser resolves the URL when the click starts the download; releasing it on the next task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
