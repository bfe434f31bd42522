/**
 * Sharing an adaptation by file: exporting what is saved, and importing a file, which is checked
 * in full and previewed before the practitioner applies it. Both report in the same alert and
 * status line, since only the latest file action is of interest.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { BUILT_IN_CONTENT } from '../../lib/curriculum';
import { parseAdaptationFile, type ProgrammeAdaptationFile } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { download, MAX_FILE_KB, prepareExport } from './adaptation-file';
import type { Message } from './text';
import { ErrorAlert } from './feedback';
import { ImportPreview } from './ImportPreview';

interface AdaptationFileProps {
  saved: StoredAdaptation | undefined;
  /** The editor holds unsaved changes, which an export leaves out and an import replaces. */
  dirty: boolean;
  /** Stores the imported adaptation; false when that failed (already reported). */
  onApply: (file: ProgrammeAdaptationFile) => Promise<boolean>;
}

export function AdaptationFile({ saved, dirty, onApply }: AdaptationFileProps) {
  const app = useApp();
  const t = useT();
  const [fileProblem, setFileProblem] = useState<{ lead: Message; items: string[] } | null>(null);
  const [fileStatus, setFileStatus] = useState<Message | null>(null);
  const [preview, setPreview] = useState<ProgrammeAdaptationFile | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const previewTitleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewTitleRef.current?.focus();
  }, [preview]);

  function exportAdaptation() {
    setFileProblem(null);
    setFileStatus(null);
    const prepared = prepareExport(saved, new Date(app.now()));
    if (prepared.kind === 'needs-name') {
      setFileStatus({ key: 'programme.exportNeedsName' });
      return;
    }
    if (prepared.kind === 'invalid') {
      setFileProblem({ lead: { key: 'programme.exportInvalid' }, items: prepared.errors });
      return;
    }
    download(prepared.text, prepared.fileName);
    setFileStatus({ key: 'programme.exported', params: { file: prepared.fileName } });
  }

  async function chooseFile(e: Event) {
    // Read before any await: the event's target is gone once it has been dispatched.
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, is a change again.
    input.value = '';
    setPreview(null);
    setFileProblem(null);
    setFileStatus(null);
    if (!file) return;
    if (file.size > MAX_FILE_KB * 1024) {
      setFileProblem({ lead: { key: 'programme.importTooLarge', params: { size: MAX_FILE_KB } }, items: [] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileProblem({ lead: { key: 'programme.importUnreadable' }, items: [] });
      return;
    }
    const result = parseAdaptationFile(text, BUILT_IN_CONTENT);
    if (!result.ok) {
      setFileProblem({ lead: { key: 'programme.importInvalid' }, items: result.errors });
      return;
    }
    setPreview(result.file);
  }

  async function applyImport() {
    if (!preview) return;
    if (await onApply(preview)) {
      setFileStatus({ key: 'programme.applied', params: { name: preview.programmeName } });
      setPreview(null);
      importRef.current?.focus();
    }
  }

  function cancelImport() {
    setPreview(null);
    importRef.current?.focus();
  }

  return (
    <>
      <h4>{t('programme.file.title')}</h4>
      <div class="stack programme-file">
        <div>
          <button type="button" aria-describedby="programme-export-hint" onClick={exportAdaptation}>
            {t('programme.export')}
          </button>
          <p id="programme-export-hint" class="muted programme-hint">
            {dirty ? t('programme.exportUnsaved') : t('programme.exportHint')}
          </p>
        </div>
        <div>
          <label class="field">
            {t('programme.import')}
            <input
              ref={importRef}
              type="file"
              accept="application/json,.json"
              aria-describedby="programme-import-hint"
              onChange={(e) => void chooseFile(e)}
            />
          </label>
          <p id="programme-import-hint" class="muted programme-hint">
            {t('programme.importHint')}
          </p>
        </div>
        {fileProblem && <ErrorAlert lead={t(fileProblem.lead.key, fileProblem.lead.params)} validatorItems={fileProblem.items} />}
        {preview && (
          <ImportPreview
            file={preview}
            dirty={dirty}
            titleRef={previewTitleRef}
            onApply={() => void applyImport()}
            onCancel={cancelImport}
          />
        )}
        <p role="status" class="programme-status">
          {fileStatus ? t(fileStatus.key, fileStatus.params) : ''}
        </p>
      </div>
    </>
  );
}
