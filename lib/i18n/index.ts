/**
 * UI strings in English and Dutch, and the translator. Content texts (curriculum, prompts,
 * instruments) carry both languages inline instead; see text.ts.
 *
 * Usage: const t = translator('nl'); t('session.start')
 */
import { format, type Bundle, type Params } from './define';
import type { Locale } from './text';
import { BUNDLES } from './messages';

// Distributes over the union of bundles, so every bundle's keys are kept.
type KeysOf<B> = B extends Bundle<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof BUNDLES)[number]>;

const tables: Record<Locale, Record<string, string>> = { en: {}, nl: {} };
for (const bundle of BUNDLES) {
  Object.assign(tables.en, bundle.en);
  Object.assign(tables.nl, bundle.nl);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  const table = tables[locale];
  return (key, params) => format(table[key] ?? tables.en[key] ?? key, params);
}

export { detectLocale } from './partial';

export { BUNDLES };
export * from './text';
export * from './dates';
