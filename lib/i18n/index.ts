/**
 * UI strings in English and Dutch, and the translator. Content texts (curriculum, prompts,
 * instruments) carry both languages inline instead; see text.ts.
 *
 * Usage: const t = translator('nl'); t('session.start')
 */
import type { Bundle } from './define';
import type { Locale } from './text';
import { BUNDLES } from './messages';
import { tablesOf, translatorOver, type MessageTables, type Translate } from './translate';

// Distributes over the union of bundles, so every bundle's keys are kept.
type KeysOf<B> = B extends Bundle<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof BUNDLES)[number]>;

let tables: MessageTables | null = null;

export type { Translate };

/** A translator over every bundle, for Node code and tests; the pages load the bundles on demand (load.ts). */
export function translator(locale: Locale): Translate {
  tables ??= tablesOf(BUNDLES);
  return translatorOver(tables, locale);
}

export { detectLocale } from './locale';

export { BUNDLES };
export * from './text';
export * from './dates';
