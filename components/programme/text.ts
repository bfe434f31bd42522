/** Words the programme editor builds from values: minutes, texts in the reader's language, messages kept until shown. */
import { LOCALES, type Locale, type MessageKey, type Translate } from '../../lib/i18n';

/** A message held in state as a key, so it follows a language switch while shown. */
export type Message = { key: MessageKey; params?: Parameters<Translate>[1] };

/** "7.5 min", with the reader's decimal separator. */
export function minutesText(t: Translate, locale: Locale, minutes: number): string {
  return t('common.minutes', { n: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(minutes) });
}

/** A text in the reader's language, or in the other one when the file gave only that (marked with lang). */
export function textIn(text: Partial<Record<Locale, string>>, locale: Locale): { value: string; lang: Locale } | null {
  for (const lang of [locale, ...LOCALES.filter((l) => l !== locale)]) {
    const value = text[lang];
    if (value?.trim()) return { value, lang };
  }
  return null;
}
