/**
 * A translator over a few message bundles, for the scripts that must stay small: the background
 * service worker (wakes often) and the overlay (loads into every granted call page). The pages use
 * the full translator in lib/i18n/index.ts; the strings are the same bundles either way.
 *
 * Usage: const t = partialTranslator([common, session], 'nl'); t('run.next')
 */
import { format, type Bundle, type Params } from './define';
import { isLocale, type Locale } from './text';

type KeysOf<B> = B extends Bundle<infer K> ? K : never;

export function partialTranslator<const B extends readonly Bundle[]>(bundles: B, locale: Locale): (key: KeysOf<B[number]>, params?: Params) => string {
  const table: Record<string, string> = {};
  const english: Record<string, string> = {};
  for (const bundle of bundles) {
    Object.assign(table, bundle[locale]);
    Object.assign(english, bundle.en);
  }
  return (key, params) => format(table[key] ?? english[key] ?? key, params);
}

/** The browser's language when it is one we support, else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
