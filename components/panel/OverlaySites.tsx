import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { URL_MAX } from '../../lib/limits';
import { createLogger } from '../../lib/log';
import { grantableOrigin } from '../../lib/platform/origins';

const log = createLogger('settings');

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
    // Only addresses the browser could grant; checked before the prompt, so a refused address
    // gets this form's message rather than a browser error.
    const origin = grantableOrigin(draft, platform.hostPatterns());
    if (origin === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onNotice('');
    let granted: boolean;
    try {
      // The permission prompt must come from this click: nothing is awaited before it.
      granted = await platform.requestHost(origin);
    } catch (error) {
      log.error(`asking for permission for ${origin}`, error);
      onNotice(t('settings.overlayRequestFailed', { origin }));
      return;
    }
    if (!granted) {
      onNotice(t('settings.overlayDenied', { origin }));
      return;
    }
    try {
      await app.env.sendToBackground?.({ type: 'page/overlay-enable', origin });
    } catch (error) {
      log.error(`turning the overlay on for ${origin}`, error);
      onNotice(t('settings.overlayEnableFailed', { origin }));
      return;
    }
    setDraft('');
    await refresh();
  }

  async function remove(origin: string) {
    onNotice('');
    try {
      await app.env.sendToBackground?.({ type: 'page/overlay-disable', origin });
    } catch (error) {
      log.error(`turning the overlay off for ${origin}`, error);
      onNotice(t('settings.overlayDisableFailed', { origin }));
      await refresh();
      return;
    }
    // The overlay is off either way; a permission left behind is worth telling, not worth failing for.
    const removed = await platform.removeHost(origin).catch((error: unknown) => {
      log.warn(`removing the permission for ${origin}`, error);
      return false;
    });
    if (!removed) onNotice(t('settings.overlayPermissionKept', { origin }));
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
