/**
 * Settings > Erase records > "Erase everything": every record, setting and the passphrase on this
 * profile, and the typing journal, after a second explicit step that says what goes.
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { summarise, type BackupSummary } from '../../lib/backup/format';
import { clearJournal } from '../../lib/backup/journal-keys';
import { createLogger } from '../../lib/log';
import { Confirm } from './Confirm';
import { countsText, type ProblemText } from './backup-text';
import { ProblemAlert } from './ProblemAlert';

const log = createLogger('erase');

export function EraseEverything() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [asking, setAsking] = useState<{ summary: BackupSummary | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<ProblemText | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  async function ask() {
    setStatus('');
    setProblem(null);
    let summary: BackupSummary | null = null;
    try {
      summary = summarise(await app.repo.readEverything());
    } catch (e) {
      // Locked: the counts cannot be read, but erasing needs no key.
      log.warn('counting records before erasure', e);
    }
    setAsking({ summary });
  }

  function close() {
    setAsking(null);
    buttonRef.current?.focus();
  }

  async function erase() {
    setBusy(true);
    try {
      await app.repo.eraseEverything();
      app.env.journal?.clear();
      if (typeof localStorage !== 'undefined') clearJournal(localStorage);
      app.sessionChanged();
      setStatus(t('erase.done'));
      close();
    } catch (e) {
      log.error('erasing everything', e);
      setProblem({ lead: t('erase.failed', { message: e instanceof Error ? e.message : String(e) }), items: [], more: null });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack" aria-labelledby="erase-title">
      <h3 id="erase-title">{t('erase.title')}</h3>
      <p class="muted">{t('erase.everythingHint')}</p>
      <div class="row">
        <button ref={buttonRef} type="button" class="danger" aria-expanded={asking !== null} onClick={() => void ask()}>
          {t('erase.everything')}
        </button>
      </div>
      {asking && (
        <Confirm title={t('erase.confirmTitle')} yes={t('erase.confirmYes')} no={t('erase.cancel')} busy={busy} onYes={() => void erase()} onNo={close}>
          <p>{asking.summary ? t('erase.confirmText', { summary: countsText(t, locale, asking.summary) }) : t('erase.everythingHint')}</p>
        </Confirm>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <p role="status">{status}</p>
    </section>
  );
}
