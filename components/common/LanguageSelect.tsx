import { useApp, useT } from '../state/app-store';
import { isLocale } from '../../lib/i18n/text';

/** Language choice, saved in settings; "browser language" follows the browser. */
export function LanguageSelect() {
  const app = useApp();
  const t = useT();
  return (
    <label class="row">
      <span>{t('app.language')}</span>
      <select
        value={app.settings.value.locale ?? 'auto'}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          void app.updateSettings({ locale: isLocale(value) ? value : null });
        }}
      >
        <option value="auto">{t('settings.language.auto')}</option>
        <option value="en" lang="en">English</option>
        <option value="nl" lang="nl">Nederlands</option>
      </select>
    </label>
  );
}
