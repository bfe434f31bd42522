/**
 * "Import feedback" in the practitioner's panel: a feedback file from the supervisor's review
 * page. It is checked in full before anything is saved (a bad file gets its reason and writes
 * nothing); an encrypted one asks for its passphrase. The result says what was added, updated and
 * unchanged, and how many ratings were of sessions not on this profile.
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { importFeedbackFile, type FeedbackOutcome } from '../../lib/feedback/import';
import type { IncomingFile } from '../../lib/supervision/import';
import { SHORT_TEXT_MAX } from '../../lib/limits';
import { ProblemAlert } from '../privacy/ProblemAlert';
import { feedbackDoneText, feedbackProblemText } from './text';
import './itis.css';

export function ImportFeedback() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FeedbackOutcome | null>(null);
  /** An encrypted file waiting for its passphrase, kept so it need not be chosen again. */
  const [waiting, setWaiting] = useState<IncomingFile | null>(null);
  const [passphrase, setPassphrase] = useState('');

  async function run(file: IncomingFile, pass?: string) {
    setBusy(true);
    try {
      const result = await importFeedbackFile(file, { repo: app.repo, ownSourceId: app.settings.value.sourceId, ...(pass ? { passphrase: pass } : {}) });
      const locked = !result.ok && (result.problem.code === 'needs-passphrase' || result.problem.code === 'wrong-passphrase');
      setWaiting(locked ? file : null);
      setOutcome(result);
    } catch (e) {
      app.report(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack" aria-labelledby="itis-import-title">
      <h3 id="itis-import-title">{t('itis.import.title')}</h3>
      <p class="muted">{t('itis.import.hint')}</p>
      <label class="field">
        {t('itis.import.file')}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const target = e.target as HTMLInputElement;
            const file = target.files?.[0];
            target.value = '';
            if (file) void run(file);
          }}
        />
      </label>
      {waiting && (
        <form
          class="row notice warn"
          onSubmit={(e) => {
            e.preventDefault();
            if (passphrase) void run(waiting, passphrase);
            setPassphrase('');
          }}
        >
          <p>{t('supervision.needsPassphrase', { file: waiting.name })}</p>
          <label class="field">
            {t('supervision.filePassphrase', { file: waiting.name })}
            <input type="password" autocomplete="off" maxLength={SHORT_TEXT_MAX} value={passphrase} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t('supervision.open')}
          </button>
        </form>
      )}
      <div role="status">
        {outcome &&
          (outcome.ok ? (
            <p class="notice">{feedbackDoneText(t, locale, outcome)}</p>
          ) : outcome.problem.code === 'needs-passphrase' ? null : (
            <ProblemAlert problem={feedbackProblemText(t, locale, outcome.name, outcome.problem)} />
          ))}
      </div>
    </section>
  );
}
