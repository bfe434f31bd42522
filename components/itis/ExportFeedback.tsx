/**
 * "Export feedback" on the review page: the IT-IS ratings made here, for one practitioner's
 * sessions (an imported source) or all, in a file the practitioner imports in their panel. The
 * comments are free text about a session, so a passphrase is offered.
 */
import { useState } from 'preact/hooks';
import { PassphraseField } from '../common/PassphraseField';
import { version as APP_VERSION } from '../../package.json';
import { useApp, useT } from '../state/app-store';
import { useLiveRead } from '../common/useLiveRead';
import { buildFeedbackFile, feedbackFileName, selectForFeedback } from '../../lib/feedback/format';
import { newId } from '../../lib/ids';
import type { Session } from '../../lib/model';
import { download } from '../privacy/backup-actions';
import { plural } from '../privacy/backup-text';
import { PASSPHRASE_MIN } from '../privacy/LockSettings';

const ALL = '';

export function ExportFeedback({ sessions }: { sessions: readonly Pick<Session, 'id' | 'source'>[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const sources = useLiveRead(() => app.repo.listSources(), ['sources'], []) ?? [];
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState(ALL);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  async function write(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (passphrase !== '' && passphrase.length < PASSPHRASE_MIN) {
      setStatus({ text: t('supervision.passphraseTooShort', { n: PASSPHRASE_MIN }), error: true });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const source = sources.find((s) => s.id === scope) ?? null;
      const ratings = selectForFeedback(await app.repo.listItisRatings(), sessions, { sourceId: source?.id ?? null });
      if (ratings.length === 0) {
        setStatus({ text: t('itis.export.nothing'), error: true });
        return;
      }
      // Who sends the feedback: the name in Settings, else the newest rater's.
      const rater = app.settings.value.practitioner.trim() || ratings[ratings.length - 1]?.rater.trim() || '';
      let { sourceId } = app.settings.value;
      if (!sourceId) {
        sourceId = newId('src');
        await app.updateSettings({ sourceId });
      }
      const now = new Date(app.now());
      const text = await buildFeedbackFile(ratings, {
        source: { id: sourceId, rater },
        scope: { sourceId: source?.id ?? null, practitioner: source?.practitioner ?? null },
        now,
        appVersion: APP_VERSION,
        ...(passphrase ? { passphrase } : {}),
      });
      const fileName = feedbackFileName(source?.practitioner ?? null, now);
      download(text, fileName);
      setPassphrase('');
      setStatus({ text: plural(t, locale, { one: 'itis.export.written.one', other: 'itis.export.written.other' }, ratings.length, { file: fileName }), error: false });
    } catch (err) {
      app.report(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack" aria-labelledby="itis-export-title">
      <h3 id="itis-export-title" class="visually-hidden">
        {t('itis.export')}
      </h3>
      <div class="row">
        <button type="button" aria-expanded={open} aria-controls="itis-export-form" onClick={() => setOpen(!open)}>
          {t('itis.export')}
        </button>
      </div>
      {open && (
        <form id="itis-export-form" class="stack" onSubmit={(e) => void write(e)}>
          <p class="muted">{t('itis.export.hint')}</p>
          <label class="field">
            {t('itis.export.scope')}
            <select value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
              <option value={ALL}>{t('itis.export.all')}</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.practitioner}
                </option>
              ))}
            </select>
          </label>
          <PassphraseField
            id="itis-export-passphrase"
            label={t('supervision.passphrase')}
            hint={t('itis.export.passphraseHint')}
            value={passphrase}
            onInput={setPassphrase}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('supervision.writing') : t('itis.export.download')}
          </button>
        </form>
      )}
      <p role="status">{status && <span class={status.error ? 'notice error' : ''}>{status.text}</span>}</p>
    </section>
  );
}
