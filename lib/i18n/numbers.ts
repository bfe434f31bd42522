/**
 * Numbers, percentages, plural categories and lists in the reader's language, all through `Intl`.
 * This is the only place a number becomes text for people: estimates, notes and the review page
 * use these, so "19,9%" and "19.9%" can never disagree on rounding.
 *
 * Usage: formatPercent(19.96, 'nl') // "19,9%"
 */
import { LOCALE_TAGS } from './dates';
import type { Locale } from './text';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    cache.set(id, format);
  }
  return format;
}

/** A count or measure: whole numbers as they are, others with at most one decimal. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * A percentage (0-100) floored to one decimal, so a shown figure never crosses a cut-point the
 * rating did not (19.96 shows as 19.9%, not 20%). The slack absorbs float noise
 * (0.57 * 100 is 56.99999999999999).
 */
export function formatPercent(percent: number, locale: Locale): string {
  const floored = Math.floor(percent * 10 + 1e-9) / 10;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(floored / 100);
}

/** A mean rating with two decimals: "3.85" / "3,85". */
export function formatMean(mean: number, locale: Locale): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(mean);
}

/** The plural category of a count in the reader's language ('one' or 'other' for English and Dutch). */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(LOCALE_TAGS[locale]).select(count);
}

/** "A, B and C" / "A, B en C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LOCALE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(items);
}
