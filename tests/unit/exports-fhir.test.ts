import { describe, expect, it } from 'vitest';
import { MODULES, PROMPTS, getTemplate } from '../../lib/curriculum';
import { applyAdaptation } from '../../lib/curriculum/adaptation';
import { BUILT_IN_CONTENT } from '../../lib/curriculum';
import { createDemoData } from '../../lib/demo';
import { ITIS_ITEMS } from '../../lib/fidelity/instruments';
import type { ItisRating } from '../../lib/fidelity/itis';
import {
  ITIS_QUESTIONNAIRE_URL,
  PROMPT_QUESTIONNAIRE_URL,
  fhirBundle,
  itisQuestionnaire,
  nameUuid,
  promptChecklistVersion,
  promptQuestionnaire,
  type Bundle,
  type Encounter,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
} from '../../lib/exports/fhir';
import { T0, makeCustomPrompt, makeSession } from '../factories';
import { fhirProblems, schemaProblems, structureProblems } from '../fhir-validate';

const demo = createDemoData({ now: T0, locale: 'en', practitioner: 'A. Jansen', module: MODULES[0]!, template: getTemplate('group-90')!, prompts: PROMPTS });
const sessions = demo.sessions;
const ratings: ItisRating[] = [
  {
    id: 'itis_1',
    sessionId: sessions[0]!.id,
    rater: 'S. de Vries',
    ratedAt: T0 + 1000,
    scores: { 'itis-relationship': 5, 'itis-goals': 3, 'itis-involving-all': 4, 'itis-coping-skills': 2 },
    comment: 'P03 spoke about her sister', // free text: must not reach the bundle
  },
  { id: 'itis_empty', sessionId: sessions[0]!.id, rater: 'S. de Vries', ratedAt: T0, scores: {}, comment: '' },
  { id: 'itis_other', sessionId: 'not-selected', rater: 'X', ratedAt: T0, scores: { 'itis-goals': 1 }, comment: '' },
];

function build(over: Partial<Parameters<typeof fhirBundle>[0]> = {}): Bundle {
  return fhirBundle({ sessions, prompts: PROMPTS, modules: MODULES, ratings, locale: 'en', now: T0 + 5000, ...over });
}

const leaves = (items: readonly QuestionnaireItem[]): QuestionnaireItem[] => items.flatMap((i) => (i.type === 'group' ? leaves(i.item ?? []) : [i]));
const resources = <T extends Bundle['entry'][number]['resource']['resourceType']>(bundle: Bundle, type: T) =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type) as Extract<Bundle['entry'][number]['resource'], { resourceType: T }>[];

describe('FHIR bundle', () => {
  it('passes the official R4 JSON schema and the StructureDefinition validator, in English and Dutch', () => {
    for (const locale of ['en', 'nl'] as const) {
      const bundle = JSON.parse(JSON.stringify(build({ locale }))) as Bundle;
      expect(schemaProblems(bundle)).toEqual([]);
      expect(structureProblems(bundle)).toEqual([]);
    }
  });

  it('is a collection of the two questionnaires, then per ended session its encounter, prompt response and IT-IS responses', () => {
    const running = makeSession({ id: 'running', status: 'running' });
    const bundle = build({ sessions: [...sessions, running] });
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: new Date(T0 + 5000).toISOString() });
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'Questionnaire',
      'Questionnaire',
      'Encounter',
      'QuestionnaireResponse',
      'QuestionnaireResponse', // the one rating that scores something; the empty one and the other session's are left out
      'Encounter',
      'QuestionnaireResponse',
    ]);
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const e of bundle.entry) expect(e.fullUrl).toBe(e.resource.resourceType === 'Questionnaire' ? (e.resource as Questionnaire).url : `urn:uuid:${e.resource.id}`);
  });

  it('gives the IT-IS questionnaire its 16 items, each a choice of 1 to 5 with the band labels', () => {
    const q = itisQuestionnaire('en');
    const items = leaves(q.item);
    expect(items.map((i) => i.linkId)).toEqual(ITIS_ITEMS.map((i) => i.id));
    expect(items.map((i) => i.prefix)).toEqual(ITIS_ITEMS.map((_, i) => String(i + 1)));
    for (const item of items) {
      expect(item.answerOption?.map((o) => o.valueCoding.display)).toEqual(['1 Unsatisfactory', '2 Needs improvement', '3 Satisfactory', '4 Very good', '5 Excellent']);
      expect(item.answerOption?.map((o) => o.extension?.[0]?.valueDecimal)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(q.item.map((g) => g.text)).toEqual(['Core items', 'Group sessions only', 'Only when that part of the curriculum is delivered']);
    expect(leaves(itisQuestionnaire('nl').item)[0]?.answerOption?.[0]?.valueCoding.display).toBe('1 Onvoldoende');
  });

  it('lists every prompt of the library in use in the checklist, by step, coded with its fidelity items', () => {
    const q = promptQuestionnaire(PROMPTS, MODULES, 'en');
    expect(leaves(q.item).map((i) => i.linkId).sort()).toEqual(PROMPTS.map((p) => p.id).sort());
    const withItems = PROMPTS.find((p) => p.fidelityItems.length > 0)!;
    const item = leaves(q.item).find((i) => i.linkId === withItems.id)!;
    expect(item.code?.map((c) => c.code)).toEqual(withItems.fidelityItems);
    expect(item.answerOption?.map((o) => o.valueCoding.code)).toEqual(['done', 'not-done', 'na']);
    const linkIds = [...q.item.map((g) => g.linkId), ...leaves(q.item).map((i) => i.linkId)];
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  it('follows the adaptation in use: its own prompts and wording, and a new version', () => {
    const custom = makeCustomPrompt();
    const adapted = applyAdaptation(BUILT_IN_CONTENT, {
      customPrompts: [custom],
      textOverrides: { 'checkin-welcome-each': { en: 'Greet everyone by name.' } },
    });
    const q = promptQuestionnaire(adapted.prompts, adapted.modules, 'en');
    const items = leaves(q.item);
    expect(items.find((i) => i.linkId === custom.id)?.text).toBe(custom.text.en);
    expect(items.find((i) => i.linkId === 'checkin-welcome-each')?.text).toBe('Greet everyone by name.');
    expect(q.version).not.toBe(promptChecklistVersion(PROMPTS, 'en'));
    expect(promptChecklistVersion(PROMPTS, 'en')).toBe(promptChecklistVersion([...PROMPTS], 'en'));
    const bundle = build({ prompts: adapted.prompts });
    expect(fhirProblems(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
    expect(resources(bundle, 'QuestionnaireResponse')[0]?.questionnaire).toBe(`${PROMPT_QUESTIONNAIRE_URL}|${q.version}`);
  });

  it('answers each session\'s prompts with their statuses, leaving out unanswered ones', () => {
    const session = sessions[0]!;
    const bundle = build({ sessions: [session] });
    const [response] = resources(bundle, 'QuestionnaireResponse') as QuestionnaireResponse[];
    const answers = new Map((response!.item ?? []).flatMap((g) => g.item ?? []).map((i) => [i.linkId, i.answer?.[0]?.valueCoding.code]));
    const recorded = Object.entries(session.prompts).filter(([, r]) => r.status !== null);
    expect(answers.size).toBe(recorded.length);
    for (const [id, record] of recorded) expect(answers.get(id)).toBe(record.status);
    expect(response).toMatchObject({ status: 'completed', author: { display: 'A. Jansen' } });
    expect(response!.questionnaire.startsWith(`${PROMPT_QUESTIONNAIRE_URL}|`)).toBe(true);

    const empty = build({ sessions: [makeSession({ id: 'nothing' })] });
    const [none] = resources(empty, 'QuestionnaireResponse');
    expect(none?.item).toBeUndefined();
    expect(fhirProblems(JSON.parse(JSON.stringify(empty)))).toEqual([]);
  });

  it('turns a stored IT-IS rating into a response on the IT-IS questionnaire for that session', () => {
    const bundle = build({ sessions: [sessions[0]!] });
    const [encounter] = resources(bundle, 'Encounter') as Encounter[];
    const itis = (resources(bundle, 'QuestionnaireResponse') as QuestionnaireResponse[]).filter((r) => r.questionnaire.startsWith(ITIS_QUESTIONNAIRE_URL));
    expect(itis).toHaveLength(1);
    expect(itis[0]).toMatchObject({ author: { display: 'S. de Vries' }, authored: new Date(T0 + 1000).toISOString(), encounter: { reference: `urn:uuid:${encounter!.id}` } });
    const answers = (itis[0]!.item ?? []).flatMap((g) => g.item ?? []).map((i) => [i.linkId, i.answer?.[0]?.valueCoding.code]);
    expect(answers).toEqual([
      ['itis-relationship', '5'],
      ['itis-goals', '3'],
      ['itis-involving-all', '4'],
      ['itis-coping-skills', '2'],
    ]);
  });

  it('holds no participant: no Patient, no subject, no participant codes and no free text', () => {
    const noted = { ...sessions[0]!, notes: 'P01 talked about his brother', prompts: { ...sessions[0]!.prompts, 'apr-each-participant': { status: 'done' as const, note: 'P02 did the practice', at: T0 } } };
    const text = JSON.stringify(build({ sessions: [noted] }));
    expect(text).not.toMatch(/"subject"|"Patient"/);
    for (const p of demo.participants) {
      expect(text).not.toContain(`"${p.code}"`);
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.goal);
    }
    expect(text).not.toContain('P01 talked');
    expect(text).not.toContain('P02 did');
    expect(text).not.toContain('P03 spoke');
  });

  it('describes each session as a finished encounter with its period, active minutes and practitioner', () => {
    const [encounter] = resources(build({ sessions: [sessions[1]!] }), 'Encounter') as Encounter[];
    const session = sessions[1]!;
    expect(encounter).toMatchObject({
      status: 'finished',
      identifier: [{ value: session.id }],
      period: { start: new Date(session.events[0]!.at).toISOString(), end: new Date(session.events.at(-1)!.at).toISOString() },
      length: { value: 90, code: 'min' },
      participant: [{ individual: { display: 'A. Jansen' } }],
    });
  });

  it('gives the same ids to the same records, as UUIDs', () => {
    expect(nameUuid('encounter:s1')).toBe(nameUuid('encounter:s1'));
    expect(nameUuid('encounter:s1')).not.toBe(nameUuid('encounter:s2'));
    expect(nameUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const a = build().entry.map((e) => e.fullUrl);
    expect(build({ now: T0 + 99_000 }).entry.map((e) => e.fullUrl)).toEqual(a);
  });
});

describe('the validators', () => {
  // A validator that accepts everything would make the first test worthless. The JSON schema cannot
  // require a primitive element (FHIR JSON may carry it as an extension only), so a missing status is
  // the StructureDefinition validator's to find.
  it('each reject a broken bundle', () => {
    const good = JSON.parse(JSON.stringify(build({ sessions: [sessions[0]!] }))) as Record<string, unknown> & { entry: { resource: Record<string, unknown> }[] };
    const breakages: [(b: typeof good) => void, { schema: boolean }][] = [
      [(b) => (b.type = 'pile'), { schema: true }],
      [(b) => delete b.entry[3]!.resource.status, { schema: false }],
      [(b) => (b.entry[3]!.resource.status = 'finished'), { schema: true }],
      [(b) => (b.entry[3]!.resource.subjectCode = 'P01'), { schema: true }],
      [(b) => (b.entry[0]!.resource.item = 'not a list'), { schema: true }],
      [(b) => delete b.entry[2]!.resource.class, { schema: true }],
    ];
    expect(fhirProblems(good)).toEqual([]);
    for (const [breakIt, expected] of breakages) {
      const bad = structuredClone(good);
      breakIt(bad);
      expect(schemaProblems(bad).length > 0, breakIt.toString()).toBe(expected.schema);
      expect(structureProblems(bad), breakIt.toString()).not.toEqual([]);
    }
  });
});
