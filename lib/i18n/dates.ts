/**
 * Dates in the reader's language. English dates are British (day before month, as in the rest of
 * the UI), Dutch ones as in the Netherlands.
 */
import type { Locale } from './text';

/** The BCP 47 tag each UI language formats dates and numbers in. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL' };

/** A date formatted for the reader's language with these Intl options. */
export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], options).format(date);
}

/** "8 Jan 2024" / "8 jan 2024" from an ISO yyyy-mm-dd date; an unreadable date is shown as stored rather than hidden. */
export function formatIsoDate(iso: string, locale: Locale): string {
  // Noon, so no time zone moves the day.
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}
