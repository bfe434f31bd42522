import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { WrongPassphraseError } from '../../lib/db/repo';
import type { MessageKey } from '../../lib/i18n';

/** Shortest passphrase accepted: long enough that 600,000 PBKDF2 rounds make guessing slow. */
export const PASSPHRASE_MIN = 10;
const AUTO_LOCK_CHOICES = [0, 5, 15, 30, 60, 120] as const;

type Busy = 'on' | 'change' | 'off' | null;

/** Settings > Lock and encryption: turn on, lock now, idle lock, change the passphrase, turn off. */
export function LockSettings() {
  const app = useApp();
  const t = useT();
  const state = app.vault.value;
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  /** Runs a vault change; the journal is replayed first so no typed text is left under an old key. */
  async function run(kind: Exclude<Busy, null>, work: () => Promise<void>, done: MessageKey): Promise<boolean> {
    setBusy(kind);
    setMessage(null);
    // Typed text still waiting in the safety copy is written again under the new key (or none).
    const journal = app.env.journal;
    const waiting = journal?.pending() ?? [];
    try {
      await work();
      for (const entry of waiting) journal?.put(entry);
      await app.refreshVault();
      setMessage({ text: t(done), error: false });
      return true;
    } catch (e) {
      if (e instanceof WrongPassphraseError) setMessage({ text: t('lock.wrong'), error: true });
      else {
        app.report(e);
        setMessage({ text: t('app.error', { message: e instanceof Error ? e.message : String(e) }), error: true });
      }
      return false;
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset class="card stack" aria-describedby="lock-state">
      <legend>{t('lock.settingsTitle')}</legend>
      <p id="lock-state">{state === 'off' ? t('lock.off') : t('lock.on')}</p>
      {state === 'off' ? (
        <>
          <p class="muted">{t('lock.explain')}</p>
          <p class="notice warn">{t('lock.warning')}</p>
          <NewPassphraseForm
            id="lock-on"
            submitLabel={t('lock.turnOn')}
            busyLabel={t('lock.turningOn')}
            busy={busy === 'on'}
            onSubmit={(next) => run('on', () => app.repo.enableEncryption(next), 'lock.turnedOn')}
          />
        </>
      ) : (
        <>
          <div class="row">
            <button type="button" onClick={() => app.lock()}>
              {t('lock.lockNow')}
            </button>
          </div>
          <p class="muted">{t('lock.otherPage')}</p>
          <label class="field">
            {t('lock.autoLock')}
            <select
              value={String(app.settings.value.autoLockMinutes)}
              onChange={(e) => void app.updateSettings({ autoLockMinutes: Number((e.target as HTMLSelectElement).value) })}
            >
              {AUTO_LOCK_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  {n === 0 ? t('lock.autoLock.never') : t('lock.autoLock.minutes', { n })}
                </option>
              ))}
            </select>
          </label>
          <details>
            <summary>{t('lock.change')}</summary>
            <NewPassphraseForm
              id="lock-change"
              withCurrent
              submitLabel={t('lock.change')}
              busyLabel={t('lock.changing')}
              busy={busy === 'change'}
              onSubmit={(next, current) => run('change', () => app.repo.changePassphrase(current, next), 'lock.changed')}
            />
          </details>
          <details>
            <summary>{t('lock.turnOff')}</summary>
            <CurrentPassphraseForm
              submitLabel={t('lock.turnOff')}
              busyLabel={t('lock.turningOff')}
              busy={busy === 'off'}
              onSubmit={(current) => run('off', () => app.repo.disableEncryption(current), 'lock.turnedOff')}
            />
          </details>
        </>
      )}
      <div role="status">{message && <p class={message.error ? 'notice error' : 'notice'}>{message.text}</p>}</div>
    </fieldset>
  );
}

interface NewProps {
  id: string;
  withCurrent?: boolean;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Resolves true when the change was made (the fields are then cleared). */
  onSubmit: (next: string, current: string) => Promise<boolean>;
}

function NewPassphraseForm({ id, withCurrent = false, submitLabel, busyLabel, busy, onSubmit }: NewProps) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (next.length < PASSPHRASE_MIN) return setProblem(t('lock.tooShort', { n: PASSPHRASE_MIN }));
    if (next !== again) return setProblem(t('lock.mismatch'));
    setProblem(null);
    if (await onSubmit(next, current)) {
      setCurrent('');
      setNext('');
      setAgain('');
    }
  }
  const problemId = `${id}-problem`;
  return (
    <form class="stack" onSubmit={(e) => void submit(e)}>
      {withCurrent && (
        <label class="field">
          {t('lock.currentPassphrase')}
          <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <label class="field">
        {t('lock.newPassphrase', { n: PASSPHRASE_MIN })}
        <input
          type="password"
          autocomplete="new-password"
          value={next}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onInput={(e) => setNext((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        {t('lock.confirmPassphrase')}
        <input type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain((e.target as HTMLInputElement).value)} />
      </label>
      {problem && (
        <p id={problemId} class="notice error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}

function CurrentPassphraseForm({ submitLabel, busyLabel, busy, onSubmit }: Omit<NewProps, 'id' | 'withCurrent' | 'onSubmit'> & { onSubmit: (current: string) => Promise<boolean> }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && current) void onSubmit(current).then((ok) => ok && setCurrent(''));
      }}
    >
      <label class="field">
        {t('lock.currentPassphrase')}
        <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
