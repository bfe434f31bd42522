/**
 * Sentences that domain code (fidelity estimates, progress notes) produces as data and the pages
 * turn into text. The domain never writes a sentence itself: it names a bundle key and gives raw
 * values (counts, percentages, ISO dates, content texts), and `renderMessage` formats each value
 * through `Intl` and fills the bundle's template in the reader's language. A key whose count
 * decides the wording has `.one` and `.other` variants in the bundle, chosen by Intl.PluralRules.
 *
 * Usage:
 *   const m = message('fidelity.basis.handouts', { n: 3, d: 4, pct: { percent: 75 } }, 4);
 *   renderMessage(m, 'nl'); // "3 van 4 deelnemers kregen …"
 */
import { format, type Bundle } from './define';
import { formatIsoDate } from './dates';
import { formatList, formatNumber, formatPercent, pluralCategory } from './numbers';
import { pick, type Locale, type Text } from './text';
import { BUNDLES } from './messages';

type KeysOf<B> = B extends Bundle<infer K> ? K : never;
type AllKeys = KeysOf<(typeof BUNDLES)[number]>;
/** "x" for every bundle key "x.other": a message chosen by a count. */
type PluralStem<K> = K extends `${infer S}.other` ? S : never;
/** A key a message may name: a plain bundle key, or the stem of a plural pair. */
export type RenderKey = AllKeys | PluralStem<AllKeys>;

export type MessageParam =
  /** Data shown as recorded (a participant code, a name). */
  | string
  /** A count or measure, formatted with Intl.NumberFormat. */
  | number
  | { percent: number }
  /** An ISO yyyy-mm-dd date, shown as a date in the reader's language. */
  | { date: string }
  /** Content text that carries both languages (a module title). */
  | { text: Text }
  | { list: readonly (string | Text)[] }
  | { message: Message };

export interface Message {
  key: RenderKey;
  params?: Readonly<Record<string, MessageParam>>;
  /** Chooses the `.one` / `.other` variant of a plural key. */
  count?: number;
}

export function message(key: RenderKey, params?: Readonly<Record<string, MessageParam>>, count?: number): Message {
  return count === undefined ? { key, ...(params ? { params } : {}) } : { key, ...(params ? { params } : {}), count };
}

const tables: Record<Locale, Record<string, string>> = { en: {}, nl: {} };
for (const bundle of BUNDLES) {
  Object.assign(tables.en, bundle.en);
  Object.assign(tables.nl, bundle.nl);
}

function template(key: string, count: number | undefined, locale: Locale): string {
  const table = tables[locale];
  if (count !== undefined) {
    const variant = `${key}.${pluralCategory(count, locale)}`;
    // A message whose wording does not change with the count has no variants.
    return table[variant] ?? table[`${key}.other`] ?? table[key] ?? tables.en[`${key}.other`] ?? tables.en[key] ?? key;
  }
  return table[key] ?? tables.en[key] ?? key;
}

export function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, locale);
  if ('percent' in value) return formatPercent(value.percent, locale);
  if ('date' in value) return formatIsoDate(value.date, locale);
  if ('text' in value) return pick(value.text, locale);
  if ('list' in value) return formatList(value.list.map((item) => (typeof item === 'string' ? item : pick(item, locale))), locale);
  return renderMessage(value.message, locale);
}

export function renderMessage(msg: Message, locale: Locale): string {
  const params = msg.params ? Object.fromEntries(Object.entries(msg.params).map(([name, value]) => [name, renderParam(value, locale)])) : undefined;
  return format(template(msg.key, msg.count, locale), params);
}

/** Both languages of a message, for code that keeps bilingual Text (instrument definitions). */
export function renderText(msg: Message): Text {
  return { en: renderMessage(msg, 'en'), nl: renderMessage(msg, 'nl') };
}
