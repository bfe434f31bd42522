/**
 * The translator over message tables, without the tables themselves: the pages load the bundles
 * as their own chunk (lib/i18n/load.ts) so the panel's first script stays small (issue 12), and
 * Node code and tests use `translator` in index.ts, which builds the tables from every bundle.
 *
 * Usage: const t = translatorOver(tablesOf(BUNDLES), 'nl'); t('session.start')
 */
import { format, type Bundle, type Params } from './define';
import type { MessageKey } from './index';
import type { Locale } from './text';

/** Every UI string by language, each language one flat key → template table. */
export type MessageTables = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

export type Translate = (key: MessageKey, params?: Params) => string;

export function tablesOf(bundles: readonly Bundle[]): MessageTables {
  const tables: Record<Locale, Record<string, string>> = { en: {}, nl: {} };
  for (const bundle of bundles) {
    Object.assign(tables.en, bundle.en);
    Object.assign(tables.nl, bundle.nl);
  }
  return tables;
}

/** Translates from the tables; without tables (still loading) a key stays a key, so callers wait for them. */
export function translatorOver(tables: MessageTables | null, locale: Locale): Translate {
  if (!tables) return (key) => key;
  const table = tables[locale];
  return (key, params) => format(table[key] ?? tables.en[key] ?? key, params);
}
