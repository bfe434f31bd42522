/**
 * FHIR R4 export of the sessions a supervisor selected: one Bundle (type `collection`) holding
 * - a Questionnaire for the IT-IS: its 16 items in three groups (core, group sessions only,
 *   optional), each a choice of 1 to 5 labelled with its band (1 Unsatisfactory … 5 Excellent) and
 *   carrying the standard ordinalValue extension, so a receiver can score it;
 * - a Questionnaire for the prompt checklist: the prompt library in use (built-in prompts with the
 *   programme's adaptation: its own prompts and wording), one group per session step, each prompt
 *   a choice of done / not done / not applicable, coded with the Fidelity Scale items it serves;
 * - per ended session an Encounter (date, start and end, active minutes, practitioner) and a
 *   QuestionnaireResponse with the prompt statuses, and per stored IT-IS rating of that session a
 *   QuestionnaireResponse with its scores, both pointing at the session's Encounter.
 *
 * No participant is in the bundle: no Patient resource, no `subject` anywhere (a session is about a
 * group, and the fidelity of the practitioner's work is what is recorded), no participant codes,
 * and no free text at all (session and prompt notes, rating comments), since free text can name
 * people. Practitioners and raters are staff and appear by name as `display`, as on the review page.
 *
 * Ids: every resource id is a UUID derived from the record's id (name-based, RFC 9562 version 8),
 * so exporting the same sessions twice gives the same ids and a receiver can update in place.
 * The questionnaires' canonical URLs are fixed `urn:uuid:` URIs; the prompt checklist's version
 * changes whenever the prompt library in use changes, and each response names the version it
 * answers (`url|version`).
 *
 * Pure: the caller passes the records, the curriculum in use, the language and the time.
 * Usage:
 *   const bundle = fhirBundle({ sessions, prompts, modules, ratings, locale: 'en', now: Date.now() });
 *   const text = JSON.stringify(bundle, null, 2);
 */
import { CONTENT_VERSION, STEP_IDS, getStep } from '../curriculum';
import type { Module, Prompt } from '../curriculum/types';
import { FIDELITY_SCALE, ITIS_CATEGORY_LABELS, ITIS_ITEMS, ITIS_BAND_LABELS, RATINGS, itisBand, type ItisCategory, type Rating } from '../fidelity/instruments';
import type { ItisRating } from '../fidelity/itis';
import { translator, type MessageKey } from '../i18n';
import { pick, type Locale } from '../i18n/text';
import { deriveClock } from '../session/clock';
import type { PromptStatus, Session } from '../model';

// Fixed identities of what this product defines. They are URNs, not web addresses, because there
// is no server that publishes these definitions; they never change, so files stay comparable.
export const ITIS_QUESTIONNAIRE_URL = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a01';
export const PROMPT_QUESTIONNAIRE_URL = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a02';
/** Code system of the three prompt statuses (done, not-done, na). */
export const PROMPT_STATUS_SYSTEM = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a03';
/** Code system of the IMR Fidelity Scale items (fs1-participants … fs13-behavioural-tailoring). */
export const FIDELITY_ITEM_SYSTEM = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a04';
/** Code system of the IT-IS ratings 1-5. */
export const ITIS_RATING_SYSTEM = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a05';
/** Identifier system of session ids (Encounter.identifier). */
export const SESSION_ID_SYSTEM = 'urn:uuid:6f1d3c1e-2b57-4a51-9a0e-5d1f0c7e8a06';
export const ITIS_QUESTIONNAIRE_VERSION = '1';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

// ---------------------------------------------------------------------------------------------
// The few FHIR R4 shapes written here (only the elements used).

export interface Coding {
  system?: string;
  code: string;
  display?: string;
}
interface Extension {
  url: string;
  valueDecimal: number;
}
interface AnswerOption {
  valueCoding: Coding;
  extension?: Extension[];
}
export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'choice';
  prefix?: string;
  code?: Coding[];
  required?: boolean;
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: Locale;
  description: string;
  item: QuestionnaireItem[];
}
export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: { valueCoding: Coding }[];
  item?: ResponseItem[];
}
interface Reference {
  reference?: string;
  display?: string;
}
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  encounter: Reference;
  authored: string;
  author?: Reference;
  /** Absent when nothing was answered: FHIR allows no empty arrays. */
  item?: ResponseItem[];
}
export interface Encounter {
  resourceType: 'Encounter';
  id: string;
  identifier: { system: string; value: string }[];
  status: 'finished';
  class: Coding;
  serviceType: { text: string };
  period?: { start: string; end?: string };
  length?: { value: number; unit: string; system: string; code: string };
  participant?: { individual: Reference }[];
}
export type Resource = Questionnaire | QuestionnaireResponse | Encounter;
export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
}

// ---------------------------------------------------------------------------------------------
// Ids

/** FNV-1a over UTF-16 code units from a given start value: fast, and enough to spread names. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A UUID (RFC 9562 version 8, "custom") derived from a name, so the same record always gets the
 * same resource id. Not a security boundary: record ids are random already; this only shapes them.
 */
export function nameUuid(name: string): string {
  const words = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995].map((seed, i) => fnv1a(`${i}:${name}`, seed));
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;
const uuidOf = (url: string) => url.slice('urn:uuid:'.length);

// ---------------------------------------------------------------------------------------------
// Questionnaires

const STATUSES: readonly PromptStatus[] = ['done', 'not-done', 'na'];

function statusCoding(status: PromptStatus, locale: Locale): Coding {
  return { system: PROMPT_STATUS_SYSTEM, code: status, display: translator(locale)(`exports.fhir.status.${status}` as MessageKey) };
}

function ratingCoding(rating: Rating, locale: Locale): Coding {
  return { system: ITIS_RATING_SYSTEM, code: String(rating), display: `${rating} ${pick(ITIS_BAND_LABELS[itisBand(rating)], locale)}` };
}

const STEP_LINK = (stepId: string) => `step:${stepId}`;
const ITIS_GROUP_LINK = (category: ItisCategory) => `itis-group:${category}`;
const ITIS_CATEGORIES: readonly ItisCategory[] = ['core', 'group', 'optional'];

export function itisQuestionnaire(locale: Locale): Questionnaire {
  const t = translator(locale);
  return {
    resourceType: 'Questionnaire',
    id: uuidOf(ITIS_QUESTIONNAIRE_URL),
    url: ITIS_QUESTIONNAIRE_URL,
    version: ITIS_QUESTIONNAIRE_VERSION,
    name: 'IMRTreatmentIntegrityScale',
    title: t('exports.fhir.itisTitle'),
    status: 'active',
    language: locale,
    description: t('exports.fhir.itisDescription'),
    item: ITIS_CATEGORIES.map((category) => ({
      linkId: ITIS_GROUP_LINK(category),
      text: pick(ITIS_CATEGORY_LABELS[category], locale),
      type: 'group' as const,
      item: ITIS_ITEMS.filter((i) => i.category === category).map((item) => ({
        linkId: item.id,
        prefix: String(ITIS_ITEMS.indexOf(item) + 1),
        text: pick(item.title, locale),
        type: 'choice' as const,
        // Core items are expected in every rating, but a rating with a few left open is still kept.
        required: false,
        answerOption: RATINGS.map((r) => ({ valueCoding: ratingCoding(r, locale), extension: [{ url: ORDINAL_VALUE, valueDecimal: r }] })),
      })),
    })),
  };
}

/**
 * A short fingerprint of what the checklist asks (ids, steps, wording in this language, items), so
 * its version changes when an adaptation changes a prompt and responses name the list they answer.
 */
export function promptChecklistVersion(prompts: readonly Prompt[], locale: Locale): string {
  const content = prompts.map((p) => [p.id, p.stepId, p.moduleId ?? '', p.key, pick(p.text, locale), p.fidelityItems.join(',')].join('\u001f')).join('\u001e');
  return `${CONTENT_VERSION}.${fnv1a(content, 0x811c9dc5).toString(16).padStart(8, '0')}`;
}

export function promptQuestionnaire(prompts: readonly Prompt[], modules: readonly Module[], locale: Locale): Questionnaire {
  const t = translator(locale);
  const moduleNumber = new Map(modules.map((m) => [m.id, m.number]));
  const fidelity = new Map(FIDELITY_SCALE.map((item) => [item.id, item]));
  return {
    resourceType: 'Questionnaire',
    id: uuidOf(PROMPT_QUESTIONNAIRE_URL),
    url: PROMPT_QUESTIONNAIRE_URL,
    version: promptChecklistVersion(prompts, locale),
    name: 'IMRSessionPromptChecklist',
    title: t('exports.fhir.promptsTitle'),
    status: 'active',
    language: locale,
    description: t('exports.fhir.promptsDescription'),
    // A group must hold items, so steps without a prompt are left out.
    item: STEP_IDS.filter((stepId) => prompts.some((p) => p.stepId === stepId)).map((stepId) => {
      const step = getStep(stepId);
      return {
        linkId: STEP_LINK(stepId),
        text: step ? pick(step.title, locale) : stepId,
        type: 'group' as const,
        item: prompts
          .filter((p) => p.stepId === stepId)
          .map((p) => {
            const codes = p.fidelityItems.flatMap((id) => {
              const item = fidelity.get(id);
              return item ? [{ system: FIDELITY_ITEM_SYSTEM, code: id, display: `${item.number}. ${pick(item.title, locale)}` }] : [];
            });
            const number = p.moduleId === null ? undefined : moduleNumber.get(p.moduleId);
            return {
              linkId: p.id,
              // Module-specific prompts carry their module's number ("M3"), general ones nothing.
              ...(p.moduleId !== null ? { prefix: number === undefined ? p.moduleId : `M${number}` } : {}),
              text: pick(p.text, locale),
              type: 'choice' as const,
              ...(codes.length > 0 ? { code: codes } : {}),
              required: false,
              answerOption: STATUSES.map((s) => ({ valueCoding: statusCoding(s, locale) })),
            };
          }),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sessions and responses

const iso = (ms: number) => new Date(ms).toISOString();

export function sessionEncounter(session: Session, locale: Locale): Encounter {
  const lastAt = session.events.reduce((max, e) => Math.max(max, e.at), session.updatedAt);
  const clock = deriveClock(session.plan, session.events, lastAt);
  const start = clock.startedAt ?? null;
  return {
    resourceType: 'Encounter',
    id: nameUuid(`encounter:${session.id}`),
    identifier: [{ system: SESSION_ID_SYSTEM, value: session.id }],
    status: 'finished',
    // HL7 v3 ActCode AMB: an outpatient contact, which a group or individual IMR session is.
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    serviceType: { text: translator(locale)('exports.fhir.serviceType') },
    // Without clock events (an unusual import) the session's date is all that is known.
    period: start === null ? { start: session.date } : { start: iso(start), ...(clock.endedAt !== null ? { end: iso(clock.endedAt) } : {}) },
    ...(clock.startedAt !== null
      ? { length: { value: Math.round(clock.elapsedSec / 6) / 10, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' } }
      : {}),
    ...(session.practitioner !== '' ? { participant: [{ individual: { display: session.practitioner } }] } : {}),
  };
}

const isStatus = (value: unknown): value is PromptStatus => STATUSES.includes(value as PromptStatus);

/**
 * The session's prompt statuses, in the checklist's order and groups. Unanswered prompts are left
 * out (a response holds answers), as are recorded prompts the checklist in use no longer has.
 */
export function promptResponse(session: Session, questionnaire: Questionnaire, encounterUrl: string, locale: Locale): QuestionnaireResponse {
  const items: ResponseItem[] = [];
  for (const group of questionnaire.item) {
    const answered = (group.item ?? []).flatMap((q) => {
      const status = session.prompts[q.linkId]?.status;
      return Object.hasOwn(session.prompts, q.linkId) && isStatus(status)
        ? [{ linkId: q.linkId, text: q.text, answer: [{ valueCoding: statusCoding(status, locale) }] }]
        : [];
    });
    if (answered.length > 0) items.push({ linkId: group.linkId, text: group.text, item: answered });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: nameUuid(`prompts:${session.id}`),
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: 'completed',
    encounter: { reference: encounterUrl },
    authored: iso(session.updatedAt),
    ...(session.practitioner !== '' ? { author: { display: session.practitioner } } : {}),
    ...(items.length > 0 ? { item: items } : {}),
  };
}

const isRating = (value: unknown): value is Rating => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** One IT-IS rating as a response; null when it scores no item (nothing to say). */
export function itisResponse(rating: ItisRating, encounterUrl: string, locale: Locale): QuestionnaireResponse | null {
  const items: ResponseItem[] = [];
  for (const category of ITIS_CATEGORIES) {
    const answered = ITIS_ITEMS.filter((i) => i.category === category).flatMap((item) => {
      const value = rating.scores[item.id];
      return isRating(value) ? [{ linkId: item.id, text: pick(item.title, locale), answer: [{ valueCoding: ratingCoding(value, locale) }] }] : [];
    });
    if (answered.length > 0) items.push({ linkId: ITIS_GROUP_LINK(category), text: pick(ITIS_CATEGORY_LABELS[category], locale), item: answered });
  }
  if (items.length === 0) return null;
  return {
    resourceType: 'QuestionnaireResponse',
    id: nameUuid(`itis:${rating.id}`),
    questionnaire: `${ITIS_QUESTIONNAIRE_URL}|${ITIS_QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    encounter: { reference: encounterUrl },
    authored: iso(rating.ratedAt),
    ...(rating.rater.trim() !== '' ? { author: { display: rating.rater } } : {}),
    item: items,
  };
}

export interface FhirInput {
  /** The sessions to export (the review page's selection); only ended sessions are written. */
  sessions: readonly Session[];
  /** The prompt library in use (built-in content with the programme's adaptation). */
  prompts: readonly Prompt[];
  modules: readonly Module[];
  /** Stored IT-IS ratings; those of exported sessions become responses. */
  ratings: readonly ItisRating[];
  /** Language of the questionnaires' texts. */
  locale: Locale;
  /** Export time (ms), the bundle's timestamp. */
  now: number;
}

export function fhirBundle(input: FhirInput): Bundle {
  const { locale } = input;
  const itis = itisQuestionnaire(locale);
  const checklist = promptQuestionnaire(input.prompts, input.modules, locale);
  const entry: Bundle['entry'] = [
    { fullUrl: itis.url, resource: itis },
    { fullUrl: checklist.url, resource: checklist },
  ];
  const ratingsBySession = new Map<string, ItisRating[]>();
  for (const rating of input.ratings) ratingsBySession.set(rating.sessionId, [...(ratingsBySession.get(rating.sessionId) ?? []), rating]);

  for (const session of input.sessions) {
    if (session.status !== 'ended') continue;
    const encounter = sessionEncounter(session, locale);
    const encounterUrl = urn(encounter.id);
    entry.push({ fullUrl: encounterUrl, resource: encounter });
    const prompts = promptResponse(session, checklist, encounterUrl, locale);
    entry.push({ fullUrl: urn(prompts.id), resource: prompts });
    const ratings = [...(ratingsBySession.get(session.id) ?? [])].sort((a, b) => a.ratedAt - b.ratedAt || a.id.localeCompare(b.id));
    for (const rating of ratings) {
      const response = itisResponse(rating, encounterUrl, locale);
      if (response) entry.push({ fullUrl: urn(response.id), resource: response });
    }
  }
  const timestamp = iso(input.now);
  return { resourceType: 'Bundle', id: nameUuid(`bundle:${timestamp}:${entry.length}`), type: 'collection', timestamp, entry };
}
