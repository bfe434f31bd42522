import { describe, expect, it } from 'vitest';
import { BUNDLES, detectLocale, translator, type MessageKey } from '../../lib/i18n';
import { formatDate, formatIsoDate } from '../../lib/i18n/dates';
import { format, placeholders } from '../../lib/i18n/define';
import { buildManifest } from '../../lib/platform/manifest';
import enMessages from '../../public/_locales/en/messages.json';
import nlMessages from '../../public/_locales/nl/messages.json';

const keysOf = (table: Record<string, string>) => Object.keys(table).sort();

/**
 * Keys whose Dutch text may equal the English one although it has 3+ words, because the words
 * are the same in both languages (product names, international terms). Keep this list short.
 */
const SAME_IN_BOTH: readonly string[] = [];

/** Words of running text: placeholders and punctuation-only tokens (·, –) do not count. */
const wordCount = (s: string) =>
  s
    .replace(/\{\w+\}/g, ' ')
    .split(/\s+/)
    .filter((token) => /\p{L}/u.test(token)).length;

describe('UI string bundles', () => {
  it('has at least one bundle, each with strings', () => {
    expect(BUNDLES.length).toBeGreaterThan(0);
    for (const bundle of BUNDLES) expect(Object.keys(bundle.en).length).toBeGreaterThan(0);
  });

  it.each(BUNDLES.map((b, i) => [i, b] as const))('bundle %i has exactly the same keys in en and nl', (_i, bundle) => {
    expect(keysOf(bundle.nl)).toEqual(keysOf(bundle.en));
  });

  it('no key appears in two bundles', () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    BUNDLES.forEach((bundle, i) => {
      for (const key of Object.keys(bundle.en)) {
        if (seen.has(key)) duplicates.push(`${key} (bundles ${seen.get(key)} and ${i})`);
        seen.set(key, i);
      }
    });
    expect(duplicates).toEqual([]);
  });

  it('every key uses the same placeholders in en and nl', () => {
    const mismatches: string[] = [];
    for (const bundle of BUNDLES) {
      const en = bundle.en as Record<string, string>;
      const nl = bundle.nl as Record<string, string>;
      for (const key of Object.keys(en)) {
        const a = placeholders(en[key] ?? '');
        const b = placeholders(nl[key] ?? '');
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${key}: en {${a.join(',')}} nl {${b.join(',')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('no string is empty or only whitespace, in either language', () => {
    const empty: string[] = [];
    for (const bundle of BUNDLES) {
      for (const [locale, table] of Object.entries(bundle) as [string, Record<string, string>][]) {
        for (const [key, value] of Object.entries(table)) if (typeof value !== 'string' || value.trim() === '') empty.push(`${locale}:${key}`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('Dutch differs from English for every string of three or more words', () => {
    const untranslated: string[] = [];
    for (const bundle of BUNDLES) {
      const en = bundle.en as Record<string, string>;
      const nl = bundle.nl as Record<string, string>;
      for (const [key, text] of Object.entries(en)) {
        if (SAME_IN_BOTH.includes(key)) continue;
        if (wordCount(text) >= 3 && nl[key]?.trim() === text.trim()) untranslated.push(`${key}: ${text}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('the exception list names only keys that exist and are in fact identical', () => {
    const en: Record<string, string> = Object.assign({}, ...BUNDLES.map((b) => b.en));
    const nl: Record<string, string> = Object.assign({}, ...BUNDLES.map((b) => b.nl));
    for (const key of SAME_IN_BOTH) expect(nl[key]).toBe(en[key]);
  });
});

describe('translator', () => {
  it('translates and fills placeholders', () => {
    expect(translator('en')('app.error', { message: 'disk full' })).toBe('Something went wrong: disk full');
    const nl = translator('nl')('app.error', { message: 'schijf vol' });
    expect(nl).toContain('schijf vol');
    expect(nl).not.toContain('{message}');
    expect(nl).not.toBe(translator('en')('app.error', { message: 'schijf vol' }));
  });

  it('fills every placeholder in both languages for every key that has them', () => {
    for (const locale of ['en', 'nl'] as const) {
      const t = translator(locale);
      for (const bundle of BUNDLES) {
        for (const [key, text] of Object.entries(bundle.en as Record<string, string>)) {
          const names = placeholders(text);
          if (names.length === 0) continue;
          const params = Object.fromEntries(names.map((n) => [n, `«${n}»`]));
          const out = t(key as MessageKey, params);
          expect(out, `${locale}:${key}`).not.toMatch(/\{\w+\}/);
          for (const n of names) expect(out, `${locale}:${key}`).toContain(`«${n}»`);
        }
      }
    }
  });

  it('keeps a missing parameter visible rather than dropping it', () => {
    expect(translator('en')('app.error', {})).toBe('Something went wrong: {message}');
    expect(translator('en')('app.error')).toBe('Something went wrong: {message}');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('returns each language’s own text', () => {
    expect(translator('en')('app.title')).toBe('IMR Session Guide');
    expect(translator('nl')('app.title')).toBe('IMR Sessiegids');
  });

  it('falls back to the key itself for an unknown key, in any language', () => {
    expect(translator('en')('no.such.key' as MessageKey)).toBe('no.such.key');
    expect(translator('nl')('no.such.key' as MessageKey)).toBe('no.such.key');
  });

});

describe('detectLocale', () => {
  it.each([
    [['nl-NL'], 'nl'],
    [['nl'], 'nl'],
    [['NL-be'], 'nl'],
    [['en-US', 'nl'], 'en'],
    [['de-DE', 'nl-BE', 'en'], 'nl'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['nld'], 'en'],
    [[''], 'en'],
  ] as [string[], string][])('%j -> %s', (languages, expected) => {
    expect(detectLocale(languages)).toBe(expected);
  });
});

describe('manifest locales (public/_locales)', () => {
  const en = enMessages as Record<string, { message: string }>;
  const nl = nlMessages as Record<string, { message: string }>;

  it('en and nl have the same keys', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty, and Dutch is translated', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.trim(), `en:${key}`).not.toBe('');
      expect(nl[key]?.message.trim(), `nl:${key}`).toBeTruthy();
      if (wordCount(entry.message) >= 3) expect(nl[key]?.message, `nl:${key}`).not.toBe(entry.message);
    }
  });

  it.each(['chrome', 'firefox'])('every __MSG_x__ in the %s manifest exists in en and nl', (browser) => {
    const json = JSON.stringify(buildManifest(browser, undefined));
    const used = [...json.matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1] ?? '');
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const name of used) {
      expect(en, `en is missing ${name}`).toHaveProperty([name, 'message']);
      expect(nl, `nl is missing ${name}`).toHaveProperty([name, 'message']);
    }
  });

  // Chrome: the manifest description is "a plain text string ... no more than 132 characters",
  // locale-specific strings included (developer.chrome.com/docs/extensions/reference/manifest/description).
  it('keeps the English name and description within Chrome’s limits (75 / 132 characters)', () => {
    expect(en.extName?.message.length ?? 0).toBeLessThanOrEqual(75);
    expect(en.extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
  });

  // BUG (public/_locales/nl/messages.json, extDescription): 142 characters, over Chrome's
  // 132-character limit for the manifest description.
  it('keeps the Dutch name and description within Chrome’s limits (75 / 132 characters)', () => {
    expect(nl.extName?.message.length ?? 0).toBeLessThanOrEqual(75);
    expect(nl.extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
  });
});

describe('dates', () => {
  it('formats a date with the given options, British English or Dutch', () => {
    const date = new Date(Date.UTC(2025, 2, 1));
    expect(formatDate(date, 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe('March 2025');
    expect(formatDate(date, 'nl', { month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe('maart 2025');
    // Day before month in English too.
    expect(formatDate(date, 'en', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })).toBe('01/03/2025');
  });

  it('shows an ISO date as day, short month and year, the day as written', () => {
    expect(formatIsoDate('2024-01-08', 'en')).toBe('8 Jan 2024');
    expect(formatIsoDate('2024-01-08', 'nl')).toBe('8 jan 2024');
    expect(formatIsoDate('2024-12-31', 'en')).toBe('31 Dec 2024');
  });

  it('shows an unreadable date as stored rather than hiding it', () => {
    expect(formatIsoDate('', 'en')).toBe('');
    expect(formatIsoDate('08-01-2024', 'nl')).toBe('08-01-2024');
    expect(formatIsoDate('2024-13-01', 'en')).toBe('2024-13-01');
  });
});
