/**
 * One text pipeline (issue 10): every sentence a person reads comes from the message bundles, with
 * numbers, percents, dates and plurals through Intl. This test reads the source of the UI, the
 * fidelity estimates and the progress notes and fails when a user-visible string is built outside
 * the bundles; it then renders every estimate and note phrase in both languages and fails when one
 * has no Dutch counterpart.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODULES, PROMPTS } from '../../lib/curriculum';
import { estimateFidelity } from '../../lib/fidelity/scoring';
import { BUNDLES } from '../../lib/i18n';
import { renderMessage, type Message } from '../../lib/i18n/render';
import { notes } from '../../lib/i18n/messages/notes';
import { fidelity } from '../../lib/i18n/messages/fidelity';
import { makeEntry, makeParticipant, makeSession } from '../factories';

const ROOT = new URL('../..', import.meta.url).pathname;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Domain modules whose output people read: they may name bundle keys but never write a sentence. */
const DOMAIN_TEXT_SOURCES = [
  'lib/fidelity/scoring.ts',
  'lib/fidelity/trend.ts',
  'lib/fidelity/evidence.ts',
  'lib/session/progress-note.ts',
  // The review views' data: what they say is worded in the views bundle.
  'lib/fidelity/views.ts',
  'lib/fidelity/session-facts.ts',
  'lib/fidelity/weak-elements.ts',
  'lib/fidelity/exclusions.ts',
];
const UI_SOURCES = filesUnder('components', /\.tsx$/);

/** Text that is the same in every language: the names of the languages in the language menu. */
const ALLOWED_JSX_TEXT = new Set(['English', 'Nederlands']);
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function insideError(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isThrowStatement(n)) return true;
    // assertFinite(value, 'Participant count'): the words end up in a thrown error.
    if (ts.isCallExpression(n) && /^assert/.test(n.expression.getText())) return true;
    // Logger calls (lib/log.ts) are for developers, not people.
    if (ts.isCallExpression(n) && /^(log|logger|console)\./.test(n.expression.getText())) return true;
  }
  return false;
}

function problems(path: string, domain: boolean, source = readFileSync(join(ROOT, path), 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.getText().trim();
      if (hasWords(text) && !ALLOWED_JSX_TEXT.has(text)) found.push(`${where(node)} JSX text "${text}"`);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (hasWords(node.initializer.text)) found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    if (domain && !insideError(node)) {
      // Inline bilingual text ({ en, nl }) is content's format, not the way domain output is worded.
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map((p) => p.name?.getText());
        if (names.includes('en') && names.includes('nl')) found.push(`${where(node)} inline { en, nl } text`);
      }
      // A sentence in a string or template literal: two words separated by a space.
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\p{L}+ \p{L}+/u.test(node.text)) {
        found.push(`${where(node)} sentence "${node.text}"`);
      }
      if (ts.isTemplateExpression(node)) {
        const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        if (parts.some((p) => /\p{L}{2,}/u.test(p) && !/^[\w.-]*$/.test(p))) found.push(`${where(node)} template "${node.getText()}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('every user-visible string goes through the bundles', () => {
  it('the estimates and the notes write no sentence of their own', () => {
    expect(DOMAIN_TEXT_SOURCES.flatMap((p) => problems(p, true))).toEqual([]);
  });

  it('the UI has no text outside the bundles', () => {
    expect(UI_SOURCES.length).toBeGreaterThan(20);
    expect(UI_SOURCES.flatMap((p) => problems(p, false))).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(problems('probe.tsx', false, 'const a = <p>Hello there</p>;')).toHaveLength(1);
    expect(problems('probe.tsx', false, 'const a = <button aria-label="Close it">x</button>;')).toHaveLength(1);
    expect(problems('probe.tsx', false, 'const a = <p>{t("review.title")}</p>;')).toEqual([]);
    expect(problems('probe.ts', true, "const a = { en: 'Hello', nl: 'Hallo' };")).toHaveLength(1);
    expect(problems('probe.ts', true, 'const a = `${n} of ${d} participants`;')).toHaveLength(1);
    expect(problems('probe.ts', true, "const a = 'Two words';")).toHaveLength(1);
    expect(problems('probe.ts', true, "throw new RangeError(`${what} must be a finite number`);")).toEqual([]);
    expect(problems('probe.ts', true, "const k = `fidelity.basis.${id}`;")).toEqual([]);
  });
});

describe('every estimate and note phrase has English and Dutch', () => {
  const keysOf = (table: Record<string, string>) => Object.keys(table).sort();

  it.each([
    ['fidelity', fidelity],
    ['notes', notes],
  ] as const)('the %s bundle has the same keys in both languages, and Dutch is translated', (_name, bundle) => {
    expect(keysOf(bundle.nl)).toEqual(keysOf(bundle.en));
    for (const [key, en] of Object.entries(bundle.en as Record<string, string>)) {
      const nl = (bundle.nl as Record<string, string>)[key] ?? '';
      expect(nl.trim(), key).not.toBe('');
      if (/\p{L}{3,} \p{L}{3,} \p{L}{3,}/u.test(en)) expect(nl, key).not.toBe(en);
    }
  });

  it('renders every estimate of a varied data set in both languages from bundle keys', () => {
    const participants = [makeParticipant({ id: 'p1', takesMedication: true }), makeParticipant({ id: 'p2', status: 'left', leftOn: '2024-02-01' })];
    const sessions = [
      makeSession({ id: 'a', participants: { p1: makeEntry({ attendance: 'present', handoutGiven: true }), p2: makeEntry({ attendance: 'present' }) } }),
      makeSession({ id: 'b', date: '2024-03-13', format: 'individual', participants: { p1: makeEntry({ attendance: 'late' }) } }),
    ];
    const datasets = [
      { sessions: [], participants: [] },
      { sessions, participants },
      { sessions: sessions.slice(0, 1), participants: [] },
    ];
    const allKeys = new Set(BUNDLES.flatMap((b) => Object.keys(b.en)));
    for (const data of datasets) {
      for (const e of estimateFidelity({ groups: [], modules: MODULES, prompts: PROMPTS, now: Date.parse('2025-07-01'), ...data })) {
        const m: Message = e.basis.description;
        expect(allKeys.has(m.key) || allKeys.has(`${m.key}.other`), `${e.itemId}: ${m.key}`).toBe(true);
        const en = renderMessage(m, 'en');
        const nl = renderMessage(m, 'nl');
        expect(en).not.toMatch(/\{\w+\}|^fidelity\./);
        expect(nl).not.toMatch(/\{\w+\}|^fidelity\./);
        expect(nl, e.itemId).not.toBe(en);
        expect(`${en} ${nl}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
  });
});
