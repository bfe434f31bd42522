import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION, MODULES, PROMPTS, STEPS, TEMPLATES, getModule, getTemplate, promptsFor } from '../../lib/curriculum';
import type { Prompt } from '../../lib/curriculum';
import {
  ADAPTATION_FILE_FORMAT,
  adaptationFileName,
  applyAdaptation,
  checkedAdaptationFile,
  createAdaptationFile,
  ownValue,
  parseAdaptationFile,
  serializeAdaptationFile,
} from '../../lib/curriculum/adaptation';
import type { ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { validateCurriculum } from '../../lib/curriculum/validate';
import { makeCustomPrompt } from '../factories';

const BASE = { modules: MODULES, templates: TEMPLATES, prompts: PROMPTS };

const CUSTOM = makeCustomPrompt();

describe('applyAdaptation', () => {
  it('returns the base content unchanged for an empty adaptation', () => {
    const out = applyAdaptation(BASE, {});
    expect(out.modules).toEqual(MODULES);
    expect(out.templates).toEqual(TEMPLATES);
    expect(out.prompts).toEqual(PROMPTS);
  });

  it('drops the last sessions when the count goes down', () => {
    const out = applyAdaptation(BASE, { sessionCounts: { 'social-support': 3 } });
    const m4 = getModule('social-support', out.modules)!;
    expect(m4.sessions).toHaveLength(3);
    expect(m4.sessions).toEqual(getModule('social-support')!.sessions.slice(0, 3));
    expect(getModule('recovery-strategies', out.modules)).toBe(getModule('recovery-strategies'));
  });

  it('adds practice-and-review sessions repeating the last outline when the count goes up', () => {
    const out = applyAdaptation(BASE, { sessionCounts: { 'stress-vulnerability': 5 } });
    const m3 = getModule('stress-vulnerability', out.modules)!;
    const last = getModule('stress-vulnerability')!.sessions[2]!;
    expect(m3.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(m3.sessions[3]!.title).toEqual({
      en: `Practice and review 1: ${last.title.en}`,
      nl: `Oefenen en herhalen 1: ${last.title.nl}`,
    });
    expect(m3.sessions[4]!.title.en).toBe(`Practice and review 2: ${last.title.en}`);
    expect(m3.sessions[4]!.outline).toEqual(last.outline);
    expect(m3.sessions[4]!.handoutIds).toEqual(last.handoutIds);
    expect(m3.sessions[4]!.homePractice.map((h) => h.id)).toEqual(last.homePractice.map((h) => `${h.id}-r5`));
  });

  it('numbers nothing when one session is added', () => {
    const out = applyAdaptation(BASE, { sessionCounts: { 'healthy-lifestyles': 4 } });
    const m11 = getModule('healthy-lifestyles', out.modules)!;
    expect(m11.sessions[3]!.title.en).toBe(`Practice and review: ${m11.sessions[2]!.title.en}`);
  });

  it('keeps adapted content valid', () => {
    const out = applyAdaptation(BASE, {
      sessionCounts: { 'stress-vulnerability': 12, 'social-support': 1 },
      templateMinutes: { 'group-90': { teach: 40.5 } },
      textOverrides: { 'apr-each-participant': { nl: 'Bespreek de oefening voor thuis met ieder groepslid.' } },
      customPrompts: [CUSTOM],
    });
    expect(validateCurriculum({ steps: STEPS, ...out })).toEqual([]);
  });

  it('replaces step minutes and makes the template length their new sum', () => {
    const out = applyAdaptation(BASE, { templateMinutes: { 'group-90': { teach: 30, summary: 6 }, 'individual-45': { teach: 17.5 } } });
    const g90 = getTemplate('group-90', out.templates)!;
    expect(g90.steps.find((s) => s.stepId === 'teach')!.minutes).toBe(30);
    expect(g90.steps.find((s) => s.stepId === 'summary')!.minutes).toBe(6);
    expect(g90.lengthMinutes).toBe(90);
    expect(getTemplate('individual-45', out.templates)!.lengthMinutes).toBe(45.5);
    expect(getTemplate('group-60', out.templates)).toBe(getTemplate('group-60'));
  });

  it('keeps decimal sums free of floating-point noise', () => {
    const steps = Object.fromEntries(TEMPLATES[0]!.steps.map((s) => [s.stepId, 0.1]));
    const out = applyAdaptation(BASE, { templateMinutes: { 'individual-45': steps } });
    expect(getTemplate('individual-45', out.templates)!.lengthMinutes).toBe(0.8);
  });

  it('overrides prompt text per language', () => {
    const out = applyAdaptation(BASE, { textOverrides: { 'apr-each-participant': { nl: 'Eigen tekst.' } } });
    const p = out.prompts.find((x) => x.id === 'apr-each-participant')!;
    const original = PROMPTS.find((x) => x.id === 'apr-each-participant')!;
    expect(p.text).toEqual({ en: original.text.en, nl: 'Eigen tekst.' });
    expect(p.how).toBe(original.how);
  });

  it('appends custom prompts, which promptsFor then offers', () => {
    const out = applyAdaptation(BASE, { customPrompts: [CUSTOM], textOverrides: { 'custom-peer-worker': { en: 'Peer worker opens.' } } });
    expect(out.prompts).toHaveLength(PROMPTS.length + 1);
    const listed = promptsFor('check-in', null, 'individual', out.prompts);
    expect(listed.at(-1)).toEqual({ ...CUSTOM, text: { en: 'Peer worker opens.', nl: CUSTOM.text.nl } });
  });

  it('fills a blank language of a custom prompt from the other', () => {
    const dutchOnly: Prompt = { ...CUSTOM, text: { en: '', nl: 'Alleen Nederlands.' }, how: { en: 'Only English.', nl: ' ' } };
    const out = applyAdaptation(BASE, { customPrompts: [dutchOnly] });
    const p = out.prompts.at(-1)!;
    expect(p.text).toEqual({ en: 'Alleen Nederlands.', nl: 'Alleen Nederlands.' });
    expect(p.how).toEqual({ en: 'Only English.', nl: 'Only English.' });
  });

  it('never mutates the base or the adaptation', () => {
    const adaptation: ProgrammeAdaptation = {
      sessionCounts: { 'stress-vulnerability': 6, 'social-support': 2 },
      templateMinutes: { 'group-90': { teach: 20 } },
      textOverrides: { 'plan-specific-each': { en: 'x y z', nl: 'a b c' } },
      customPrompts: [CUSTOM],
    };
    const before = JSON.stringify({ BASE, adaptation });
    const out = applyAdaptation(BASE, adaptation);
    expect(JSON.stringify({ BASE, adaptation })).toBe(before);
    expect(out.modules).not.toBe(MODULES);
    expect(out.prompts).not.toBe(PROMPTS);
  });
});

describe('adaptation file', () => {
  const adaptation: ProgrammeAdaptation = {
    sessionCounts: { 'social-support': 4, 'reducing-relapses': 6 },
    templateMinutes: { 'group-90': { teach: 30, 'goal-follow-up': 18 } },
    textOverrides: { 'apr-each-participant': { nl: 'Bespreek ieders oefening voor thuis.' }, 'custom-peer-worker': { en: 'Peer opens.' } },
    customPrompts: [CUSTOM, { ...CUSTOM, id: 'custom-two', moduleId: 'social-support', formats: ['group'], key: true }],
  };
  const exportedAt = new Date('2025-03-14T09:30:00.000Z');

  it('serializes to the documented format', () => {
    const text = serializeAdaptationFile({ programmeName: 'FACT Noord', adaptation, contentVersion: CONTENT_VERSION, exportedAt });
    const json = JSON.parse(text);
    expect(json).toEqual({
      format: 'imr-guide/programme-adaptation',
      formatVersion: 1,
      exportedAt: '2025-03-14T09:30:00.000Z',
      contentVersion: 1,
      programmeName: 'FACT Noord',
      adaptation,
    });
  });

  it('round-trips through serialize and parse', () => {
    const text = serializeAdaptationFile({ programmeName: 'FACT Noord', adaptation, contentVersion: CONTENT_VERSION, exportedAt });
    const result = parseAdaptationFile(text, BASE);
    expect(result).toEqual({
      ok: true,
      file: createAdaptationFile({ programmeName: 'FACT Noord', adaptation, contentVersion: CONTENT_VERSION, exportedAt }),
    });
  });

  it('accepts an empty adaptation and stamps the current time by default', () => {
    const result = parseAdaptationFile(serializeAdaptationFile({ programmeName: 'X', adaptation: {}, contentVersion: 1 }), BASE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Date.now() - Date.parse(result.file.exportedAt)).toBeLessThan(60_000);
  });

  const valid = () =>
    JSON.parse(serializeAdaptationFile({ programmeName: 'FACT Noord', adaptation: {}, contentVersion: 1, exportedAt }));
  const errorsFor = (file: unknown): string[] => {
    const result = parseAdaptationFile(typeof file === 'string' ? file : JSON.stringify(file), BASE);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };
  const withAdaptation = (a: unknown) => ({ ...valid(), adaptation: a });

  it('rejects text that is not JSON', () => {
    expect(errorsFor('{ not json')).toEqual([expect.stringMatching(/^The file is not valid JSON/)]);
  });

  it('rejects JSON that is not an object', () => {
    expect(errorsFor([1, 2])).toEqual([expect.stringMatching(/expected a JSON object/)]);
  });

  it('rejects a file of another format', () => {
    expect(errorsFor({ ...valid(), format: 'something-else' })).toEqual([
      `This is not a programme adaptation file: "format" should be "${ADAPTATION_FILE_FORMAT}".`,
    ]);
  });

  it('explains that a newer version made the file', () => {
    expect(errorsFor({ ...valid(), formatVersion: 2, adaptation: { futureField: true } })).toEqual([
      'This file was made by a newer version of the IMR guide (format version 2); this version reads format version 1. Update the extension to open it.',
    ]);
  });

  it('rejects an invalid format version', () => {
    expect(errorsFor({ ...valid(), formatVersion: 0 })).toEqual(['formatVersion: expected 1, got 0']);
  });

  it('rejects missing or malformed top-level fields by name', () => {
    const { programmeName: _omit, ...noName } = valid();
    expect(errorsFor(noName)).toEqual([expect.stringMatching(/^programmeName: /)]);
    expect(errorsFor({ ...valid(), programmeName: '  ' })).toEqual(['programmeName: must not be empty']);
    expect(errorsFor({ ...valid(), exportedAt: 'yesterday' })).toEqual([
      'exportedAt: must be an ISO date-time such as 2025-01-31T12:00:00.000Z',
    ]);
    expect(errorsFor({ ...valid(), contentVersion: 1.5 })).toEqual(['contentVersion: must be a whole number']);
  });

  it('reports wrong value types with their path', () => {
    expect(errorsFor(withAdaptation({ sessionCounts: { 'social-support': 'four' } }))).toEqual([
      expect.stringMatching(/^adaptation\.sessionCounts\.social-support: Invalid type: Expected number/),
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, key: 'yes' }] }))).toEqual([
      expect.stringMatching(/^adaptation\.customPrompts\.0\.key: Invalid type: Expected boolean/),
    ]);
  });

  it('reports unexpected fields instead of ignoring them', () => {
    expect(errorsFor(withAdaptation({ sessionCount: { 'social-support': 4 } }))).toEqual([
      "adaptation: unexpected field 'sessionCount'",
    ]);
    expect(errorsFor(withAdaptation({ textOverrides: { 'apr-each-participant': { de: 'Text' } } }))).toEqual([
      "adaptation.textOverrides.apr-each-participant: unexpected field 'de'",
    ]);
  });

  it('rejects session counts for unknown modules or out of range', () => {
    expect(errorsFor(withAdaptation({ sessionCounts: { 'module-12': 3 } }))).toEqual(["sessionCounts: unknown module 'module-12'"]);
    expect(errorsFor(withAdaptation({ sessionCounts: { 'social-support': 0, 'practical-facts': 13, 'reducing-relapses': 2.5 } }))).toEqual([
      'sessionCounts.social-support: 0 is not allowed; use a whole number from 1 to 12',
      'sessionCounts.practical-facts: 13 is not allowed; use a whole number from 1 to 12',
      'sessionCounts.reducing-relapses: 2.5 is not allowed; use a whole number from 1 to 12',
    ]);
  });

  it('rejects template minutes for unknown templates or steps, or not above zero', () => {
    expect(errorsFor(withAdaptation({ templateMinutes: { 'group-120': { teach: 50 } } }))).toEqual([
      "templateMinutes: unknown template 'group-120'",
    ]);
    expect(errorsFor(withAdaptation({ templateMinutes: { 'group-90': { 'warm-up': 5 } } }))).toEqual([
      "templateMinutes.group-90: unknown step 'warm-up'",
    ]);
    expect(errorsFor(withAdaptation({ templateMinutes: { 'group-90': { teach: 0, summary: -2 } } }))).toEqual([
      'templateMinutes.group-90.teach: 0 minutes is not allowed; minutes must be more than 0',
      'templateMinutes.group-90.summary: -2 minutes is not allowed; minutes must be more than 0',
    ]);
  });

  it('rejects text overrides for unknown prompts, or without text', () => {
    expect(errorsFor(withAdaptation({ textOverrides: { 'no-such-prompt': { en: 'x' } } }))).toEqual([
      "textOverrides: unknown prompt 'no-such-prompt'",
    ]);
    expect(errorsFor(withAdaptation({ textOverrides: { 'apr-each-participant': {} } }))).toEqual([
      'textOverrides.apr-each-participant: give the text in at least one language (en or nl)',
    ]);
    expect(errorsFor(withAdaptation({ textOverrides: { 'apr-each-participant': { en: ' ' } } }))).toEqual([
      'textOverrides.apr-each-participant.en: text must not be empty',
    ]);
  });

  it('rejects custom prompts with a bad id', () => {
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, id: 'my-prompt' }] }))).toEqual([
      "customPrompts[0] ('my-prompt'): id must start with 'custom-' followed by a name",
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, id: 'custom-' }] }))).toEqual([
      "customPrompts[0] ('custom-'): id must start with 'custom-' followed by a name",
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [CUSTOM, CUSTOM] }))).toEqual([
      "customPrompts[1] ('custom-peer-worker'): id is used by more than one custom prompt",
    ]);
  });

  it('rejects custom prompts pointing at unknown steps, modules or fidelity items', () => {
    expect(
      errorsFor(
        withAdaptation({
          customPrompts: [{ ...CUSTOM, stepId: 'warm-up', moduleId: 'module-12', fidelityItems: ['fs14-extra'], itisItems: ['itis-vibes'] }],
        }),
      ),
    ).toEqual([
      "customPrompts[0] ('custom-peer-worker'): unknown step 'warm-up'",
      "customPrompts[0] ('custom-peer-worker'): unknown module 'module-12'",
      "customPrompts[0] ('custom-peer-worker'): unknown fidelity scale item 'fs14-extra'",
      "customPrompts[0] ('custom-peer-worker'): unknown IT-IS item 'itis-vibes'",
    ]);
  });

  it('rejects custom prompts that serve no fidelity item, have empty formats or no text', () => {
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, fidelityItems: [], itisItems: [] }] }))).toEqual([
      "customPrompts[0] ('custom-peer-worker'): must serve at least one fidelity item (fidelityItems or itisItems)",
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, formats: [] }] }))).toEqual([
      "customPrompts[0] ('custom-peer-worker'): formats must not be empty; leave it out to show the prompt in every format",
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, text: { en: '', nl: ' ' } }] }))).toEqual([
      "customPrompts[0] ('custom-peer-worker'): text is empty in both languages",
    ]);
    expect(errorsFor(withAdaptation({ customPrompts: [{ ...CUSTOM, formats: ['online'] }] }))).toEqual([
      expect.stringMatching(/^adaptation\.customPrompts\.0\.formats\.0: Invalid type: Expected \("individual" \| "group"\)/),
    ]);
  });

  it('fills optional custom prompt fields with defaults', () => {
    const { key: _k, moduleId: _m, fidelityItems: _f, ...minimal } = CUSTOM;
    const result = parseAdaptationFile(JSON.stringify(withAdaptation({ customPrompts: [minimal] })), BASE);
    expect(result.ok && result.file.adaptation.customPrompts?.[0]).toEqual(CUSTOM);
  });
});

describe('ownValue', () => {
  it('reads own properties only, so ids such as constructor never reach the prototype', () => {
    expect(ownValue({ 'social-support': 5 }, 'social-support')).toBe(5);
    expect(ownValue({ 'social-support': 5 }, 'constructor')).toBeUndefined();
    expect(ownValue(Object.create({ inherited: 1 }) as Record<string, number>, 'inherited')).toBeUndefined();
    // JSON.parse makes "__proto__" an own property, and that is what the file said.
    expect(ownValue(JSON.parse('{"__proto__": 3}') as Record<string, number>, '__proto__')).toBe(3);
  });

  it('reads nothing from a missing record', () => {
    expect(ownValue(undefined, 'social-support')).toBeUndefined();
  });
});

describe('checkedAdaptationFile', () => {
  const input = { programmeName: 'FACT Noord', contentVersion: CONTENT_VERSION, exportedAt: new Date('2025-03-14T09:30:00.000Z') };

  it('gives the file text and the validator’s reading of it', () => {
    const adaptation: ProgrammeAdaptation = { sessionCounts: { 'social-support': 4 }, customPrompts: [CUSTOM] };
    const { text, result } = checkedAdaptationFile({ ...input, adaptation }, BASE);
    expect(text).toBe(serializeAdaptationFile({ ...input, adaptation }));
    expect(result).toEqual(parseAdaptationFile(text, BASE));
    expect(result.ok && result.file.adaptation).toEqual(adaptation);
  });

  it('reports what an import would refuse, with the text still given', () => {
    const { text, result } = checkedAdaptationFile({ ...input, programmeName: ' ', adaptation: {} }, BASE);
    expect(JSON.parse(text).programmeName).toBe(' ');
    expect(result).toEqual({ ok: false, errors: ['programmeName: must not be empty'] });
    const counts = checkedAdaptationFile({ ...input, adaptation: { sessionCounts: { 'social-support': 13 } } }, BASE).result;
    expect(counts).toEqual({ ok: false, errors: ['sessionCounts.social-support: 13 is not allowed; use a whole number from 1 to 12'] });
  });

  it('checks against the base it is given', () => {
    const adaptation: ProgrammeAdaptation = { sessionCounts: { 'social-support': 4 } };
    const result = checkedAdaptationFile({ ...input, adaptation }, { ...BASE, modules: [] }).result;
    expect(result).toEqual({ ok: false, errors: ["sessionCounts: unknown module 'social-support'"] });
  });
});

describe('adaptationFileName', () => {
  // Local dates: the file is named by the practitioner's own calendar day.
  const at = new Date(2025, 2, 14, 23, 59);

  it('names the file after the programme and the day', () => {
    expect(adaptationFileName('Team Noord', at)).toBe('imr-programme-adaptation-team-noord-2025-03-14.json');
    expect(adaptationFileName('FACT', new Date(2025, 0, 5, 0, 1))).toBe('imr-programme-adaptation-fact-2025-01-05.json');
  });

  it('keeps letters without their accents and digits, joined by single dashes', () => {
    expect(adaptationFileName('  Équipe Zuid-Oost (2) ', at)).toBe('imr-programme-adaptation-equipe-zuid-oost-2-2025-03-14.json');
  });

  it('shortens a long name to 40 characters without a dash at either end', () => {
    expect(adaptationFileName(`${'a'.repeat(39)} b`, at)).toBe(`imr-programme-adaptation-${'a'.repeat(39)}-2025-03-14.json`);
  });

  it('falls back to "programme" when nothing of the name is left', () => {
    expect(adaptationFileName('***', at)).toBe('imr-programme-adaptation-programme-2025-03-14.json');
    expect(adaptationFileName('Врачи', at)).toBe('imr-programme-adaptation-programme-2025-03-14.json');
  });
});
