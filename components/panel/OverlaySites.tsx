import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { URL_MAX } from '../../lib/limits';
import { createLogger } from '../../lib/log';
import { grantableOrigin } from '../../lib/platform/origins';
import { presetOfOrigin, SITE_PRESETS, type SitePreset } from '../../lib/platform/sites';

const log = createLogger('settings');

/**
 * The sites the on-call card may show on, each granted by the user on a click (optional host
 * permissions, nothing at install): one-click presets for the common video tools, "Allow on this
 * site" for the page the guide was opened from (an EHR, say), or a typed address. Each can be
 * revoked here, which also takes the permission back.
 */
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

  /** Asks for the origins (the prompt must come from this click: nothing is awaited before it), then registers the card. */
  async function allow(origins: readonly string[], site: string): Promise<boolean> {
    onNotice('');
    let granted: boolean;
    try {
      granted = await platform.requestHosts(origins);
    } catch (error) {
      log.error(`asking for permission for ${site}`, error);
      onNotice(t('settings.overlayRequestFailed', { origin: site }));
      return false;
    }
    if (!granted) {
      onNotice(t('settings.overlayDenied', { origin: site }));
      return false;
    }
    try {
      // One at a time: the background's list is read, changed and written for each.
      for (const origin of origins) await app.env.sendToBackground?.({ type: 'page/overlay-enable', origin });
    } catch (error) {
      log.error(`turning the overlay on for ${site}`, error);
      onNotice(t('settings.overlayEnableFailed', { origin: site }));
      await refresh();
      return false;
    }
    await refresh();
    onNotice(t('overlaySites.added', { site }));
    return true;
  }

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
    if (await allow([origin], origin)) setDraft('');
  }

  function allowPreset(preset: SitePreset) {
    allow(preset.origins, preset.name).catch(app.report);
  }

  // The page the guide was opened from, read ahead of the click (on showing, and when the pointer or
  // focus reaches the button): the permission prompt must follow the click with nothing awaited.
  const [thisSite, setThisSite] = useState<string | null>(null);
  function readThisSite() {
    platform
      .activeTabUrl()
      .then((url) => setThisSite(url ? grantableOrigin(url, platform.hostPatterns()) : null))
      .catch((error: unknown) => {
        log.warn('reading the active tab address', error);
        setThisSite(null);
      });
  }
  useEffect(readThisSite, []);

  function allowThisSite() {
    if (thisSite === null) {
      onNotice(t('overlaySites.noActiveSite'));
      readThisSite();
      return;
    }
    allow([thisSite], thisSite).catch(app.report);
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

  const granted = new Set(origins);
  const label = (origin: string) => {
    const preset = presetOfOrigin(origin);
    return preset ? `${preset.name} (${origin})` : origin;
  };
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
              <span>{label(o)}</span>
              <button type="button" onClick={() => void remove(o)}>
                {t('settings.overlayRemove', { origin: o })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="group" aria-labelledby="overlay-presets" class="stack">
        <p id="overlay-presets">{t('overlaySites.presets')}</p>
        <div class="row">
          {SITE_PRESETS.map((preset) =>
            preset.origins.every((o) => granted.has(o)) ? (
              <span key={preset.id} class="muted">
                {t('overlaySites.allowed', { site: preset.name })}
              </span>
            ) : (
              <button key={preset.id} type="button" onClick={() => allowPreset(preset)}>
                {t('overlaySites.allowPreset', { site: preset.name })}
              </button>
            ),
          )}
        </div>
      </div>
      <div class="row">
        <button
          type="button"
          aria-describedby="overlay-this-site-hint"
          onPointerEnter={readThisSite}
          onFocus={readThisSite}
          onClick={allowThisSite}
        >
          {t('overlaySites.thisSite')}
        </button>
        <span id="overlay-this-site-hint" class="muted">
          {t('overlaySites.thisSiteHint')} {thisSite ?? ''}
        </span>
      </div>
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
