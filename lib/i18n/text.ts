/**
 * Bilingual content text. Curriculum, prompts and instruments carry both languages inline
 * (rather than as message keys) so a programme adaptation can override one text in one place.
 */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-visible text in every supported language. */
export type Text = Readonly<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the text for a locale; English is the fallback only for a blank translation. */
export function pick(text: Text, locale: Locale): string {
  return text[locale] || text.en;
}
