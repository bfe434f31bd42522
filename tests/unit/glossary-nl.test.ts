import { describe, expect, it } from 'vitest';
import { MODULES, PROMPTS, STEPS, TEMPLATES } from '../../lib/curriculum';
import { BUNDLES } from '../../lib/i18n';

/**
 * docs/GLOSSARY-nl.md: every Dutch UI, estimate and note text uses one word per concept and the
 * formal "u". A word from the glossary's "not" column in any bundle fails here, with its key.
 */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/(?<![\p{L}-])(je|jij|jouw|jullie|jezelf)(?![\p{L}])/iu, 'formal "u", not "je"'],
  [/bijeenkomst/iu, '"sessie", not "bijeenkomst"'],
  [/herstelwerkdoel|herstelgericht doel/iu, '"hersteldoel"'],
  [/oefening voor thuis|huiswerk/iu, '"thuisopdracht"'],
  [/(?<![\p{L}])outreach(?![\p{L}])/iu, 'no English "outreach" in Dutch'],
  [/(?<![\p{L}])begeleider(?![\p{L}])/iu, '"trainer"'],
];

describe('Dutch glossary', () => {
  it('holds for every Dutch string in the message bundles', () => {
    const problems: string[] = [];
    for (const bundle of BUNDLES) {
      for (const [key, text] of Object.entries(bundle.nl as Record<string, string>)) {
        for (const [pattern, rule] of FORBIDDEN) if (pattern.test(text)) problems.push(`${key}: ${rule} — ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds for the terms in the built-in curriculum (its form of address is not yet in line)', () => {
    const dutch: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'nl' && typeof v === 'string') dutch.push(v);
          else collect(v);
        }
      }
    };
    collect([MODULES, PROMPTS, STEPS, TEMPLATES]);
    expect(dutch.length).toBeGreaterThan(500);
    const terms = FORBIDDEN.slice(1);
    expect(dutch.flatMap((text) => terms.filter(([p]) => p.test(text)).map(([, rule]) => `${rule} — ${text}`))).toEqual([]);
  });

  it('does not flag words that merely contain the letters', () => {
    expect(FORBIDDEN[0]![0].test('Jezus, jeugd en jenever')).toBe(false);
    expect(FORBIDDEN[0]![0].test('voordat je het plakt')).toBe(true);
  });
});
