/**
 * The pure helpers behind the programme adaptation editor (components/programme): the draft and
 * the candidate adaptation read from it, which fields the validator rejects, the export, and the
 * words built from values.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONTENT, getModule, MODULES, TEMPLATES } from '../../lib/curriculum';
import { parseAdaptationFile, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { translator } from '../../lib/i18n';
import { candidateFrom, countId, draftFrom, minutesId, NAME_ID, readNumber, type Draft } from '../../components/programme/draft';
import { problemsOf } from '../../components/programme/problems';
import { prepareExport, validate } from '../../components/programme/adaptation-file';
import { minutesText, textIn } from '../../components/programme/text';
import { makeCustomPrompt } from '../factories';

const t = translator('en');
const AT = new Date(2025, 2, 14, 10, 30);
const CUSTOM = makeCustomPrompt();
const socialSupport = getModule('social-support')!;

function stored(adaptation: ProgrammeAdaptation, programmeName = 'Team Noord'): StoredAdaptation {
  return { id: 'current', programmeName, adaptation, updatedAt: 0 };
}

/** The built-in draft with some inputs typed over. */
function typed(patch: { name?: string; counts?: Record<string, string>; minutes?: Record<string, Record<string, string>> }): Draft {
  const draft = draftFrom(undefined);
  const minutes = { ...draft.minutes };
  for (const [templateId, steps] of Object.entries(patch.minutes ?? {})) minutes[templateId] = { ...minutes[templateId], ...steps };
  return { name: patch.name ?? draft.name, counts: { ...draft.counts, ...patch.counts }, minutes };
}

describe('readNumber', () => {
  it('reads what a number input holds', () => {
    expect(readNumber('5')).toBe(5);
    expect(readNumber(' 7.5 ')).toBe(7.5);
    expect(readNumber('1e1')).toBe(10);
    expect(readNumber('-3')).toBe(-3);
  });

  it('is null for blank text, an unfinished entry or no input at all', () => {
    for (const text of [undefined, '', '   ', 'abc', '7,5', '1e', 'Infinity', 'NaN']) expect(readNumber(text)).toBeNull();
  });
});

describe('draftFrom', () => {
  it('shows the built-in counts and minutes when nothing is stored', () => {
    const draft = draftFrom(undefined);
    expect(draft.name).toBe('');
    expect(draft.counts).toEqual(Object.fromEntries(MODULES.map((m) => [m.id, String(m.sessions.length)])));
    for (const template of TEMPLATES) {
      expect(draft.minutes[template.id]).toEqual(Object.fromEntries(template.steps.map((s) => [s.stepId, String(s.minutes)])));
    }
  });

  it('fills in the built-in value wherever the stored layer sets none', () => {
    const draft = draftFrom(stored({ sessionCounts: { 'social-support': 5 }, templateMinutes: { 'group-90': { teach: 40.5 } } }));
    expect(draft.name).toBe('Team Noord');
    expect(draft.counts['social-support']).toBe('5');
    expect(draft.counts['stress-vulnerability']).toBe('3');
    expect(draft.minutes['group-90']).toMatchObject({ teach: '40.5', summary: '3' });
  });
});

describe('candidateFrom', () => {
  it('reads a stored adaptation back from its draft unchanged', () => {
    const adaptation: ProgrammeAdaptation = {
      sessionCounts: { 'social-support': 5, 'stress-vulnerability': 4 },
      templateMinutes: { 'group-90': { teach: 30, summary: 6 }, 'individual-45': { 'check-in': 2.5 } },
      textOverrides: { 'checkin-welcome-each': { en: 'Greet each participant by name.' } },
      customPrompts: [CUSTOM],
    };
    expect(candidateFrom(draftFrom(stored(adaptation)), adaptation)).toEqual({ adaptation, unreadable: new Set() });
  });

  it('keeps only values that differ from the built-in ones', () => {
    const draft = typed({ counts: { 'social-support': '7', 'stress-vulnerability': '4' }, minutes: { 'group-90': { teach: '33', summary: '4' } } });
    expect(candidateFrom(draft, {}).adaptation).toEqual({
      sessionCounts: { 'stress-vulnerability': 4 },
      templateMinutes: { 'group-90': { summary: 4 } },
    });
    expect(candidateFrom(draftFrom(undefined), {})).toEqual({ adaptation: {}, unreadable: new Set() });
  });

  it('keeps out-of-range numbers for the validator to judge, and marks text that is no number', () => {
    const draft = typed({ counts: { 'social-support': '13', 'stress-vulnerability': '' }, minutes: { 'group-90': { teach: '0', summary: 'x' } } });
    const candidate = candidateFrom(draft, {});
    expect(candidate.adaptation).toEqual({ sessionCounts: { 'social-support': 13 }, templateMinutes: { 'group-90': { teach: 0 } } });
    expect(candidate.unreadable).toEqual(new Set([countId('stress-vulnerability'), minutesId('group-90', 'summary')]));
  });

  it('carries the part that came by file, and nothing else of the carried layer', () => {
    const carried: ProgrammeAdaptation = {
      sessionCounts: { 'social-support': 5 },
      textOverrides: { 'checkin-welcome-each': { nl: 'Welkom.' } },
      customPrompts: [CUSTOM],
    };
    expect(candidateFrom(draftFrom(undefined), carried).adaptation).toEqual({
      textOverrides: carried.textOverrides,
      customPrompts: carried.customPrompts,
    });
  });
});

describe('problemsOf', () => {
  function problems(draft: Draft, carried: ProgrammeAdaptation = {}) {
    return problemsOf(draft, candidateFrom(draft, carried), carried, t, 'en');
  }

  it('finds none in a named draft of built-in values', () => {
    expect(problems(typed({ name: 'Team Noord' }))).toEqual({ fields: [], other: [] });
  });

  it('names each field the validator rejects, worded for the field, in page order', () => {
    const draft = typed({
      name: '  ',
      counts: { 'social-support': '13', 'stress-vulnerability': 'abc' },
      minutes: { 'individual-45': { 'check-in': '0' }, 'group-90': { teach: '' } },
    });
    expect(problems(draft).fields).toEqual([
      { id: NAME_ID, label: 'Programme name', message: 'Enter a programme name.' },
      { id: countId('stress-vulnerability'), label: 'Sessions for module 3: The Stress-Vulnerability Model', message: 'Enter a number.' },
      { id: countId('social-support'), label: `Sessions for module 4: ${socialSupport.title.en}`, message: 'Use a whole number from 1 to 12.' },
      { id: minutesId('individual-45', 'check-in'), label: 'Check-in (Individual, 45 min)', message: 'Minutes must be more than 0.' },
      { id: minutesId('group-90', 'teach'), label: 'New material (Group, 90 min)', message: 'Enter a number.' },
    ]);
  });

  it('accepts whole counts from 1 to 12 and any minutes above 0', () => {
    const draft = typed({ name: 'Team Noord', counts: { 'social-support': '12', 'stress-vulnerability': '1' }, minutes: { 'group-90': { teach: '0.5' } } });
    expect(problems(draft).fields).toEqual([]);
    expect(problems(typed({ name: 'Team Noord', counts: { 'social-support': '4.5' } })).fields.map((f) => f.id)).toEqual([countId('social-support')]);
  });

  it('lists problems in the part that came by file as the validator words them', () => {
    const carried: ProgrammeAdaptation = { textOverrides: { 'no-such-prompt': { en: 'Hello.' } } };
    expect(problems(typed({ name: 'Team Noord' }), carried)).toEqual({ fields: [], other: ["textOverrides: unknown prompt 'no-such-prompt'"] });
  });
});

describe('validate and prepareExport', () => {
  it('validate runs the file format’s validator against the built-in content', () => {
    const adaptation: ProgrammeAdaptation = { sessionCounts: { 'social-support': 5 } };
    const result = validate('Team Noord', adaptation, AT);
    expect(result.ok && result.file).toMatchObject({ programmeName: 'Team Noord', adaptation, exportedAt: AT.toISOString() });
    expect(validate('Team Noord', { sessionCounts: { 'social-support': 0 } }, AT)).toEqual({
      ok: false,
      errors: ['sessionCounts.social-support: 0 is not allowed; use a whole number from 1 to 12'],
    });
  });

  it('exports what is saved as a file that imports again, named by programme and day', () => {
    const saved = stored({ sessionCounts: { 'social-support': 5 }, customPrompts: [CUSTOM] });
    const prepared = prepareExport(saved, AT);
    expect(prepared).toMatchObject({ kind: 'ready', fileName: 'imr-programme-adaptation-team-noord-2025-03-14.json' });
    const parsed = prepared.kind === 'ready' ? parseAdaptationFile(prepared.text, BUILT_IN_CONTENT) : null;
    expect(parsed?.ok && parsed.file.adaptation).toEqual(saved.adaptation);
  });

  it('asks for a name before exporting', () => {
    expect(prepareExport(undefined, AT)).toEqual({ kind: 'needs-name' });
    expect(prepareExport(stored({}, '  '), AT)).toEqual({ kind: 'needs-name' });
  });

  it('refuses to export a saved layer that no longer fits the content', () => {
    expect(prepareExport(stored({ sessionCounts: { 'retired-module': 4 } }), AT)).toEqual({
      kind: 'invalid',
      errors: ["sessionCounts: unknown module 'retired-module'"],
    });
  });
});

describe('words from values', () => {
  it('writes minutes with the reader’s decimal separator, up to two decimals', () => {
    expect(minutesText(t, 'en', 7.5)).toBe('7.5 min');
    expect(minutesText(translator('nl'), 'nl', 7.5)).toBe('7,5 min');
    expect(minutesText(t, 'en', 10)).toBe('10 min');
    expect(minutesText(t, 'en', 1 / 3)).toBe('0.33 min');
  });

  it('picks the reader’s language, else the other one, saying which', () => {
    expect(textIn({ en: 'Hello', nl: 'Hallo' }, 'nl')).toEqual({ value: 'Hallo', lang: 'nl' });
    expect(textIn({ nl: 'Hallo' }, 'en')).toEqual({ value: 'Hallo', lang: 'nl' });
    expect(textIn({ en: 'Hello', nl: '  ' }, 'nl')).toEqual({ value: 'Hello', lang: 'en' });
    expect(textIn({ en: ' ' }, 'en')).toBeNull();
    expect(textIn({}, 'nl')).toBeNull();
  });
});
