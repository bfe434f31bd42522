import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import type { Settings as SettingsRecord } from '../../lib/settings';
import { ProgrammeSettings } from '../programme/ProgrammeSettings';
import { OverlaySites } from './OverlaySites';
import { LockSettings } from '../privacy/LockSettings';
import { SHORT_TEXT_MAX } from '../../lib/limits';
import { PrivacySettings } from '../privacy/PrivacySettings';
import { SupervisionImport } from '../supervision/SupervisionImport';

/** Preferences, notifications (asked for only when turned on) and the sites the overlay may show on. */
export function Settings() {
  const app = useApp();
  const t = useT();
  const s = app.settings.value;
  const platform = app.env.platform;
  const [notice, setNotice] = useState('');

  async function toggleNotifications(on: boolean) {
    if (on && platform) {
      // The permission prompt must come from this click, so nothing is awaited before it.
      const granted = await platform.requestNotifications();
      if (!granted) {
        setNotice(t('settings.notificationsDenied'));
        return;
      }
    }
    await app.updateSettings({ notifications: on });
  }

  return (
    <section aria-labelledby="settings-title" class="stack">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label class="field">
        {t('settings.practitioner')}
        <input
          type="text"
          value={s.practitioner}
          maxLength={SHORT_TEXT_MAX}
          autocomplete="off"
          onChange={(e) => void app.updateSettings({ practitioner: (e.target as HTMLInputElement).value.trim() })}
        />
      </label>
      <label class="field">
        {t('settings.warnMinutes')}
        <input
          type="number"
          min={0}
          max={15}
          step={0.5}
          value={s.warnSeconds / 60}
          onChange={(e) => {
            const minutes = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(minutes) && minutes >= 0) void app.updateSettings({ warnSeconds: Math.round(minutes * 60) });
          }}
        />
      </label>
      <label class="check">
        <input type="checkbox" checked={s.chime} onChange={(e) => void app.updateSettings({ chime: (e.target as HTMLInputElement).checked })} />
        {t('settings.chime')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={s.notifications}
          onChange={(e) => void toggleNotifications((e.target as HTMLInputElement).checked)}
        />
        {t('settings.notifications')}
      </label>
      <label class="field">
        {t('settings.theme')}
        <select
          value={s.theme}
          onChange={(e) => void app.updateSettings({ theme: (e.target as HTMLSelectElement).value as SettingsRecord['theme'] })}
        >
          <option value="system">{t('settings.theme.system')}</option>
          <option value="light">{t('settings.theme.light')}</option>
          <option value="dark">{t('settings.theme.dark')}</option>
        </select>
      </label>
      {platform && <OverlaySites onNotice={setNotice} />}
      <p role="status">{notice}</p>
      <LockSettings />
      <PrivacySettings />
      <SupervisionImport title={t('supervision.restoreTitle')} hint={t('supervision.restoreHint')} />
      <ProgrammeSettings />
    </section>
  );
}
