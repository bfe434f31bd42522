/**
 * Importing supervision files (the review page; the panel uses it to restore its own files):
 * a file input and a drop zone for many files at once, a progress bar, one line per file with
 * what it added, updated and left unchanged, or why it was refused (nothing written), and a
 * passphrase form for each encrypted file. Imported text is rendered as text, never as markup.
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { importSupervisionFiles, type FileOutcome, type IncomingFile } from '../../lib/supervision/import';
import { SHORT_TEXT_MAX } from '../../lib/limits';
import { ProblemAlert } from '../privacy/ProblemAlert';
import { importDoneText, importProblemText } from './text';
import './supervision.css';

export function SupervisionImport({ title, hint }: { title: string; hint: string }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  /** Encrypted files waiting for their passphrase, kept so they need not be chosen again. */
  const [waiting, setWaiting] = useState<IncomingFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function run(files: IncomingFile[], passphrases?: Map<string, string>) {
    if (files.length === 0) return;
    setProgress({ done: 0, total: files.length });
    try {
      const results = await importSupervisionFiles(files, {
        repo: app.repo,
        ownSourceId: app.settings.value.sourceId,
        now: app.now,
        ...(passphrases ? { passphrases } : {}),
        onProgress: (done, total) => setProgress({ done, total }),
      });
      const locked = files.filter((f, i) => {
        const r = results[i];
        return r && !r.ok && (r.problem.code === 'needs-passphrase' || r.problem.code === 'wrong-passphrase');
      });
      setWaiting((before) => [...before.filter((w) => !files.some((f) => f.name === w.name)), ...locked]);
      setOutcomes((before) => [...before.filter((o) => !files.some((f) => f.name === o.name)), ...results]);
    } catch (e) {
      app.report(e);
    } finally {
      setProgress(null);
    }
  }

  const choose = (list: FileList | null) => void run(list ? [...list] : []);

  return (
    <section class="card stack supervision-import" aria-labelledby="supervision-import-title">
      <h2 id="supervision-import-title">{title}</h2>
      <p class="muted">{hint}</p>
      <div
        class={`drop-zone stack${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer?.files ?? null);
        }}
      >
        <label class="field">
          {t('supervision.importFiles')}
          <input
            ref={input}
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const target = e.target as HTMLInputElement;
              choose(target.files);
              target.value = '';
            }}
          />
        </label>
        <p class="muted" aria-hidden="true">
          {t('supervision.drop')}
        </p>
      </div>
      {progress && (
        <progress max={progress.total} value={progress.done} aria-label={t('supervision.progress')}>
          {progress.done}/{progress.total}
        </progress>
      )}
      {waiting.map((file) => (
        <PassphraseForm key={file.name} file={file} onSubmit={(passphrase) => void run([file], new Map([[file.name, passphrase]]))} />
      ))}
      <div role="status" class="stack">
        {outcomes.map((o) =>
          o.ok ? (
            <p key={o.name} class="notice">
              {importDoneText(t, locale, o)}
            </p>
          ) : o.problem.code === 'needs-passphrase' ? null : (
            <ProblemAlert key={o.name} problem={importProblemText(t, locale, o.name, o.problem)} />
          ),
        )}
      </div>
    </section>
  );
}

function PassphraseForm({ file, onSubmit }: { file: IncomingFile; onSubmit: (passphrase: string) => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  return (
    <form
      class="row notice warn"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onSubmit(value);
        setValue('');
      }}
    >
      <p>{t('supervision.needsPassphrase', { file: file.name })}</p>
      <label class="field">
        {t('supervision.filePassphrase', { file: file.name })}
        <input type="password" autocomplete="off" maxLength={SHORT_TEXT_MAX} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t('supervision.open')}</button>
    </form>
  );
}
