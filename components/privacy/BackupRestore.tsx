/**
 * Settings > Backup and restore. "Back up everything" downloads the whole profile as one file
 * (encrypted when a passphrase is set). "Restore from backup" checks a file in full, asks for its
 * passphrase when it is encrypted, previews what it holds against what is here, and only on
 * confirmation replaces everything, in one transaction.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { BACKUP_FILE_MAX_BYTES, parseBackup, summarise, type BackupSummary } from '../../lib/backup/format';
import { clearJournal } from '../../lib/backup/journal-keys';
import type { Everything } from '../../lib/db/repo';
import { LockedError } from '../../lib/db/repo';
import { formatDate } from '../../lib/i18n/dates';
import { createLogger } from '../../lib/log';
import { BACKUP_BUTTON_ID, backUpEverything } from './backup-actions';
import { countsText, issuesText, problemText, rangeText, countParts, type ProblemText } from './backup-text';
import { ProblemAlert } from './ProblemAlert';
import { BackupReminderSetting } from './BackupReminder';

const log = createLogger('backup');

interface Preview {
  data: Everything;
  exportedAt: string;
  file: BackupSummary;
  here: BackupSummary;
  /** A passphrase is set here: restored records are sealed with it. */
  sealedHere: boolean;
  /** The file was encrypted but encryption is off here: the records will be stored readable. */
  plainHere: boolean;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function BackupRestore() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const settings = app.settings.value;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<ProblemText | null>(null);
  /** An encrypted file waiting for its passphrase. */
  const [locked, setLocked] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (locked !== null) passRef.current?.focus();
  }, [locked]);

  const only = (lead: string): ProblemText => ({ lead, items: [], more: null });

  function reset() {
    setStatus('');
    setProblem(null);
    setPreview(null);
  }

  async function backUp() {
    reset();
    setBusy(true);
    try {
      const written = await backUpEverything(app);
      setStatus(t('backup.written', { file: written.fileName, summary: countsText(t, locale, written.summary) }));
      if (written.issues.length > 0) {
        log.error(`a backup was written that would not restore (${written.issues.length} problems)`);
        setProblem(issuesText(t, locale, t('backup.notRestorable'), written.issues));
      }
    } catch (e) {
      if (e instanceof LockedError) setProblem(only(t('backup.locked')));
      else {
        log.error('backing up', e);
        setProblem(only(t('backup.failed', { message: messageOf(e) })));
      }
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile(e: Event) {
    // Read before any await: the event's target is gone once it has been dispatched.
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change again.
    input.value = '';
    reset();
    setLocked(null);
    setPassphrase('');
    if (!file) return;
    if (file.size > BACKUP_FILE_MAX_BYTES) {
      setProblem(problemText(t, locale, { code: 'too-large', maxBytes: BACKUP_FILE_MAX_BYTES }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      log.warn('reading the chosen backup file', error);
      setProblem(only(t('restore.unreadable')));
      return;
    }
    await examine(text, undefined);
  }

  async function examine(text: string, pass: string | undefined) {
    setBusy(true);
    setProblem(null);
    setStatus(t('restore.reading'));
    try {
      const result = await parseBackup(text, pass);
      setStatus('');
      if (!result.ok) {
        if (result.problem.code === 'needs-passphrase') {
          setLocked(text);
          return;
        }
        if (result.problem.code === 'wrong-passphrase') {
          setProblem(problemText(t, locale, result.problem));
          passRef.current?.select();
          return;
        }
        setLocked(null);
        setProblem(problemText(t, locale, result.problem));
        return;
      }
      setLocked(null);
      setPassphrase('');
      const vault = await app.repo.vaultState();
      if (vault === 'locked') {
        setProblem(only(t('restore.locked')));
        return;
      }
      const here = summarise(await app.repo.readEverything());
      setPreview({ data: result.data, exportedAt: result.exportedAt, file: summarise(result.data), here, sealedHere: vault === 'unlocked', plainHere: result.encrypted && vault === 'off' });
    } catch (e) {
      setStatus('');
      if (e instanceof LockedError) setProblem(only(t('restore.locked')));
      else {
        log.error('checking a backup file', e);
        setProblem(only(t('restore.failed', { message: messageOf(e) })));
      }
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!preview) return;
    setBusy(true);
    setProblem(null);
    // The restored records are as recent as the backup: the reminder counts from when it was made.
    const madeAt = Date.parse(preview.exportedAt);
    const lastBackupAt = Math.max(preview.data.settings.lastBackupAt ?? 0, Number.isFinite(madeAt) ? madeAt : 0) || null;
    try {
      await app.repo.replaceEverything({ ...preview.data, settings: { ...preview.data.settings, lastBackupAt } });
      // Typed text waiting for the old records must not be replayed into the restored ones.
      app.env.journal?.clear();
      if (typeof localStorage !== 'undefined') clearJournal(localStorage);
      app.sessionChanged();
      setStatus(t('restore.done', { summary: countsText(t, locale, preview.file) }));
      setPreview(null);
      fileRef.current?.focus();
    } catch (e) {
      if (e instanceof LockedError) setProblem(only(t('restore.locked')));
      else {
        log.error('restoring a backup', e);
        setProblem(only(t('restore.failed', { message: messageOf(e) })));
      }
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setPreview(null);
    setLocked(null);
    setPassphrase('');
    setStatus(t('restore.cancelled'));
    fileRef.current?.focus();
  }

  const vaultOn = app.vault.value !== 'off';
  const last = settings.lastBackupAt;

  return (
    <section class="card stack" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('backup.title')}</h3>
      <p class="muted">{t('backup.hint')}</p>
      <p class="muted">{vaultOn ? t('backup.encrypted') : t('backup.plain')}</p>
      <div class="row">
        <button id={BACKUP_BUTTON_ID} type="button" class="primary" disabled={busy} onClick={() => void backUp()}>
          {t('backup.button')}
        </button>
        <span class="muted">
          {last !== null ? t('backup.last', { date: formatDate(new Date(last), locale, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('backup.never')}
        </span>
      </div>
      <BackupReminderSetting />
      <label class="field">
        {t('restore.input')}
        <input ref={fileRef} type="file" accept="application/json,.json" aria-describedby="restore-hint" disabled={busy} onChange={(e) => void chooseFile(e)} />
      </label>
      <p id="restore-hint" class="muted">
        {t('restore.hint')}
      </p>
      {locked !== null && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void examine(locked, passphrase);
          }}
        >
          <p>{t('restore.passphraseNeeded')}</p>
          <label class="field">
            {t('restore.passphrase')}
            <input ref={passRef} type="password" autocomplete="off" value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
          </label>
          <div class="row">
            <button type="submit" class="primary" disabled={busy || passphrase === ''}>
              {t('restore.open')}
            </button>
            <button type="button" onClick={cancel}>
              {t('restore.cancel')}
            </button>
          </div>
        </form>
      )}
      {problem && <ProblemAlert problem={problem} />}
      {preview && (
        <div class="card stack backup-preview">
          <h4 ref={previewRef} tabIndex={-1}>
            {t('restore.previewTitle')}
          </h4>
          <div class="backup-compare">
            <SummaryList title={t('restore.fileHolds', { date: formatDate(new Date(preview.exportedAt), locale, { dateStyle: 'medium', timeStyle: 'short' }) })} summary={preview.file} />
            <SummaryList title={t('restore.hereNow')} summary={preview.here} />
          </div>
          {preview.sealedHere && <p class="muted">{t('restore.sealedHere')}</p>}
          {preview.plainHere && <p class="notice warn">{t('restore.plainHere')}</p>}
          <div class="row">
            <button type="button" class="primary" disabled={busy} onClick={() => void restore()}>
              {t('restore.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>
              {t('restore.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

function SummaryList({ title, summary }: { title: string; summary: BackupSummary }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const parts = countParts(t, locale, summary);
  const range = rangeText(t, locale, summary);
  return (
    <div>
      <h5>{title}</h5>
      <ul>
        {parts.length === 0 && <li>{t('backup.count.nothing')}</li>}
        {parts.map((p) => (
          <li key={p}>{p}</li>
        ))}
        {range && <li>{range}</li>}
      </ul>
    </div>
  );
}
