import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useApp, useT } from '../state/app-store';
import { WrongPassphraseError } from '../../lib/db/repo';
import { deriveClock, formatDuration } from '../../lib/session/clock';
import { stepTitle } from '../../lib/curriculum/step-title';

/**
 * Shown instead of everything else while the records are encrypted and this page holds no key.
 * A running session's step and time stay visible (they are not private), so a practitioner who
 * was locked out mid-call still sees where the session is. `forgotten` is the way out for a
 * forgotten passphrase (erasing everything), provided by the page.
 */
export function LockScreen({ forgotten }: { forgotten?: ComponentChildren }) {
  const app = useApp();
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setWrong(false);
    try {
      await app.unlock(passphrase);
    } catch (err) {
      if (err instanceof WrongPassphraseError) {
        setWrong(true);
        input.current?.select();
      } else app.report(err);
    } finally {
      setBusy(false);
      setPassphrase('');
    }
  }

  return (
    <section class="stack lock-screen" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      <p>{t('lock.intro')}</p>
      <RunningClock />
      <form class="stack" onSubmit={(e) => void submit(e)}>
        <label class="field">
          {t('lock.passphrase')}
          <input
            ref={input}
            type="password"
            autocomplete="current-password"
            value={passphrase}
            aria-invalid={wrong}
            aria-describedby={wrong ? 'lock-wrong' : undefined}
            onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('lock.unlocking') : t('lock.unlock')}
        </button>
      </form>
      <div role="alert">
        {wrong && (
          <p id="lock-wrong" class="notice error">
            {t('lock.wrong')}
          </p>
        )}
      </div>
      <details class="card">
        <summary>{t('lock.forgotTitle')}</summary>
        <p>{t('lock.forgot')}</p>
        {forgotten}
      </details>
    </section>
  );
}

/** The running session's step and time left, from readable fields only. */
function RunningClock() {
  const app = useApp();
  const t = useT();
  const [now, setNow] = useState(app.now());
  // The most recently changed running session, as the background picks it.
  const session = [...app.running.value].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => setNow(app.now()), 1000);
    return () => clearInterval(timer);
  }, [session?.id]);
  if (!session) return null;
  const clock = deriveClock(session.plan, session.events, now);
  if (!clock.current) return null;
  return (
    <p class="notice">
      {t('lock.running', { step: stepTitle(clock.current.stepId, app.locale.value), time: formatDuration(Math.max(0, clock.current.remainingSec)) })}
    </p>
  );
}
