/** A counted message in the reader's language, kept apart from the backup wording so Home can use it (issue 12). */
import type { Locale, MessageKey, Translate } from '../../lib/i18n';

export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL' };

/** The one/other form of a message for `n`, with `n` formatted for the reader. */
export function plural(t: Translate, locale: Locale, keys: { one: MessageKey; other: MessageKey }, n: number, params: Record<string, string | number> = {}): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[locale]).select(n);
  return t(rule === 'one' ? keys.one : keys.other, { ...params, n: new Intl.NumberFormat(INTL_LOCALE[locale]).format(n) });
}
