import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { URL_MAX } from '../../lib/limits';

/** The sites the floating timer may show on: each one granted by the user, on a click. */
export function OverlaySites({ onNotice }: { onNotice: (text: string) => void }) {
  const app = useApp();
  const t = useT();
  const platform = app.env.platform!;
  const [origins, setOrigins] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  const refresh = () => platform.overlayOrigins().then(setOrigins).catch(app.report);
  useEffect(() => {
    void refresh();
  }, []);

  async function add(e: Event) {
    e.preventDefault();
    let origin: string;
    try {
      const url = new URL(draft.trim());
      if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error('not https');
      origin = url.origin;
    } catch {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const granted = await platform.requestHost(origin);
    if (!granted) {
      onNotice(t('settings.overlayDenied', { origin }));
      return;
    }
    await app.env.sendToBackground?.({ type: 'page/overlay-enable', origin });
    setDraft('');
    await refresh();
  }

  async function remove(origin: string) {
    await app.env.sendToBackground?.({ type: 'page/overlay-disable', origin });
    await platform.removeHost(origin).catch(() => false);
    await refresh();
  }

  return (
    <fieldset class="card stack">
      <legend>{t('settings.overlay')}</legend>
      <p class="muted">{t('settings.overlayHint')}</p>
      {origins.length === 0 ? (
        <p>{t('settings.overlayNone')}</p>
      ) : (
        <ul class="plain">
          {origins.map((o) => (
            <li key={o} class="row">
              <span>{o}</span>
              <button type="button" onClick={() => void remove(o)}>
                {t('settings.overlayRemove', { origin: o })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={(e) => void add(e)}>
        <label class="field">
          {t('settings.overlayOrigin')}
          <input
            type="url"
            maxLength={URL_MAX}
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'overlay-invalid' : undefined}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('settings.overlayAdd')}</button>
      </form>
      {invalid && (
        <p id="overlay-invalid" class="notice error">
          {t('settings.overlayInvalid')}
        </p>
      )}
    </fieldset>
  );
}
