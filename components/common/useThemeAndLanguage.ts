import { useEffect } from 'preact/hooks';
import { useApp } from '../state/app-store';

/** Keeps <html lang> and the theme attribute in step with the settings (screen readers need lang). */
export function useThemeAndLanguage() {
  const app = useApp();
  const locale = app.locale.value;
  const theme = app.settings.value.theme;
  // The strings load on demand (issue 12): the title follows once they are in.
  const title = app.messages.value ? app.t.value('app.title') : null;
  useEffect(() => {
    document.documentElement.lang = locale;
    if (title !== null) document.title = title;
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [locale, theme, title]);
}
