/**
 * "Export for supervision" in the panel: the chosen groups' finished sessions in a file for a
 * supervisor in another browser. Fidelity only (no free text, pseudonyms) is the default, so the
 * safe file takes two clicks: open, download. The full level advises a passphrase.
 */
import { useState } from 'preact/hooks';
import { PassphraseField } from '../common/PassphraseField';
import { version as APP_VERSION } from '../../package.json';
import { useApp, useT } from '../state/app-store';
import { buildSupervisionFile, selectForSupervision, supervisionFileName } from '../../lib/supervision/format';
import { newId } from '../../lib/ids';
import { randomBytes, toBase64 } from '../../lib/crypto/cipher';
import type { ContentLevel } from '../../lib/model';
import { download } from '../privacy/backup-actions';
import { plural } from '../privacy/backup-text';
import { PASSPHRASE_MIN } from '../privacy/LockSettings';

export function ExportForSupervision() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const groups = app.groups.value;
  const [open, setOpen] = useState(false);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [level, setLevel] = useState<ContentLevel>('fidelity');
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
      const everything = await app.repo.readEverything();
      const chosen = selectForSupervision(everything, { groupIds: groups.map((g) => g.id).filter((id) => !excluded.has(id)), from: from || null, to: to || null });
      if (chosen.sessions.length === 0) {
        setStatus({ text: t('supervision.nothing'), error: true });
        return;
      }
      // Whose sessions: the name in Settings, else the name stamped on the sessions themselves.
      const practitioner = app.settings.value.practitioner.trim() || chosen.sessions.find((s) => s.practitioner.trim())?.practitioner.trim() || '';
      if (!practitioner) {
        setStatus({ text: t('supervision.noPractitioner'), error: true });
        return;
      }
      let { sourceId, pseudonymKey } = app.settings.value;
      if (!sourceId || !pseudonymKey) {
        sourceId = sourceId ?? newId('src');
        pseudonymKey = pseudonymKey ?? toBase64(randomBytes(32));
        await app.updateSettings({ sourceId, pseudonymKey });
      }
      const now = new Date(app.now());
      const text = await buildSupervisionFile(chosen, {
        level,
        source: { id: sourceId, practitioner },
        range: { from: from || null, to: to || null },
        now,
        appVersion: APP_VERSION,
        pseudonymKey,
        ...(passphrase ? { passphrase } : {}),
      });
      const fileName = supervisionFileName(practitioner, now);
      download(text, fileName);
      setPassphrase('');
      setStatus({ text: plural(t, locale, { one: 'supervision.written.one', other: 'supervision.written.other' }, chosen.sessions.length, { file: fileName }), error: false });
    } catch (err) {
      app.report(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack" aria-labelledby="supervision-export-title">
      <h3 id="supervision-export-title" class="visually-hidden">
        {t('supervision.exportTitle')}
      </h3>
      <div class="row">
        <button type="button" aria-expanded={open} aria-controls="supervision-export-form" onClick={() => setOpen(!open)}>
          {t('supervision.export')}
        </button>
      </div>
      {open && (
        <form id="supervision-export-form" class="stack" onSubmit={(e) => void write(e)}>
          <p class="muted">{t('supervision.exportHint')}</p>
          {groups.length > 1 && (
            <fieldset class="stack">
              <legend>{t('supervision.groups')}</legend>
              {groups.map((g) => (
                <label key={g.id} class="check">
                  <input
                    type="checkbox"
                    checked={!excluded.has(g.id)}
                    onChange={(ev) => {
                      const next = new Set(excluded);
                      if ((ev.target as HTMLInputElement).checked) next.delete(g.id);
                      else next.add(g.id);
                      setExcluded(next);
                    }}
                  />
                  {g.name}
                </label>
              ))}
            </fieldset>
          )}
          <div class="row">
            <label class="field">
              {t('supervision.from')}
              <input type="date" value={from} max={to || undefined} onInput={(ev) => setFrom((ev.target as HTMLInputElement).value)} />
            </label>
            <label class="field">
              {t('supervision.to')}
              <input type="date" value={to} min={from || undefined} onInput={(ev) => setTo((ev.target as HTMLInputElement).value)} />
            </label>
          </div>
          <fieldset class="stack">
            <legend>{t('supervision.level')}</legend>
            {(['fidelity', 'full'] as const).map((value) => (
              <label key={value} class="check">
                <input type="radio" name="supervision-level" value={value} checked={level === value} onChange={() => setLevel(value)} />
                {t(value === 'fidelity' ? 'supervision.level.fidelity' : 'supervision.level.full')}
              </label>
            ))}
          </fieldset>
          {level === 'full' && <p class="notice warn">{t('supervision.passphraseAdvised')}</p>}
          <PassphraseField
            id="supervision-passphrase"
            label={t('supervision.passphrase')}
            hint={t('supervision.passphraseHint')}
            value={passphrase}
            onInput={setPassphrase}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('supervision.writing') : t('supervision.download')}
          </button>
        </form>
      )}
      <p role="status">{status && <span class={status.error ? 'notice error' : ''}>{status.text}</span>}</p>
    </section>
  );
}
