/**
 * The two fidelity instruments as data: the IMR Fidelity Scale (13 programme-level items) and the
 * IMR Treatment Integrity Scale (IT-IS, 16 session-level items), with their anchors, cut-points and
 * score bands. Texts are the product's own paraphrases (McHugo et al. 2007; McGuire et al. 2012), never the manuals'
 * wording. Scoring lives in scoring.ts and itis.ts; this module holds only definitions and banding.
 */
import type { FidelityScaleItemId, ItisItemId } from '../curriculum/types';
import { message, renderText } from '../i18n/render';
import type { Text } from '../i18n/text';

/** A rating on either instrument: every item of both scales is rated 1..5. */
export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/**
 * How an item's rating follows from data:
 * - 'count': largest number of participants in a session (item 1);
 * - 'topics': number of curriculum topic areas covered (item 3);
 * - 'share': percentage of participants for whom something holds;
 * - 'sessions-share': percentage of sessions in which a strategy was used (items 8-10).
 */
export type FidelityRule = 'count' | 'topics' | 'share' | 'sessions-share';

/**
 * Four ascending percentages; a share >= cuts[i] earns rating i + 2. The defaults reproduce the
 * bands the reference gives for items 2 and 4 (< 20, 20-39, 40-69, 70-89, >= 90).
 */
export type Cuts = readonly [number, number, number, number];
export const DEFAULT_SHARE_CUTS: Cuts = [20, 40, 70, 90];

/** Programme-edited cut-points per item; only honoured for items whose anchors are unverified. */
export type CutOverrides = Partial<Record<FidelityScaleItemId, Cuts>>;

export interface FidelityScaleItem {
  id: FidelityScaleItemId;
  /** 1..13, the item's number on the scale. */
  number: number;
  title: Text;
  description: Text;
  /** What each rating means, with the default cut-points for share items. */
  anchors: Readonly<Record<Rating, Text>>;
  /**
   * False where the reference could not confirm the anchors (items 5-13): the UI shows a marker and
   * a programme may edit the cut-points.
   */
  anchorsVerified: boolean;
  rule: FidelityRule;
  /** Default cut-points for 'share' and 'sessions-share' items; null for the others. */
  defaultCuts: Cuts | null;
  /** Whether a programme may replace `defaultCuts` (share items with unverified anchors). */
  cutsEditable: boolean;
  /** For share items: what is counted, used to word the anchors for any set of cut-points. */
  shareSubject: Text | null;
}

const t = (en: string, nl: string): Text => ({ en, nl });

/** Anchor texts for a share item under the given cut-points ("subject: range", from the fidelity bundle). */
export function shareAnchors(subject: Text, cuts: Cuts = DEFAULT_SHARE_CUTS): Record<Rating, Text> {
  // "subject: range" keeps both languages grammatical whatever the subject is.
  const params = { subject: { text: subject }, c1: { percent: cuts[0] }, c2: { percent: cuts[1] }, c3: { percent: cuts[2] }, c4: { percent: cuts[3] } };
  return {
    1: renderText(message('fidelity.anchor.share.1', params)),
    2: renderText(message('fidelity.anchor.share.2', params)),
    3: renderText(message('fidelity.anchor.share.3', params)),
    4: renderText(message('fidelity.anchor.share.4', params)),
    5: renderText(message('fidelity.anchor.share.5', params)),
  };
}

function shareItem(
  id: FidelityScaleItemId,
  number: number,
  title: Text,
  description: Text,
  subject: Text,
  anchorsVerified: boolean,
  rule: 'share' | 'sessions-share' = 'share',
): FidelityScaleItem {
  return {
    id,
    number,
    title,
    description,
    anchors: shareAnchors(subject),
    anchorsVerified,
    rule,
    defaultCuts: DEFAULT_SHARE_CUTS,
    cutsEditable: !anchorsVerified,
    shareSubject: subject,
  };
}

/** The IMR Fidelity Scale, items 1..13 in order. */
export const FIDELITY_SCALE: readonly FidelityScaleItem[] = [
  {
    id: 'fs1-participants',
    number: 1,
    title: t('Participants per session', 'Aantal deelnemers per sessie'),
    description: t(
      'How large the sessions are: in a small group every participant gets time for their own goals.',
      'Hoe groot de sessies zijn: in een kleine groep krijgt iedere deelnemer tijd voor de eigen doelen.',
    ),
    anchors: {
      1: t('Some sessions have more than 15 participants', 'Sommige sessies hebben meer dan 15 deelnemers'),
      2: t('The largest sessions have 13 to 15 participants', 'De grootste sessies hebben 13 tot en met 15 deelnemers'),
      3: t('The largest sessions have 11 or 12 participants', 'De grootste sessies hebben 11 of 12 deelnemers'),
      4: t('The largest sessions have 9 or 10 participants', 'De grootste sessies hebben 9 of 10 deelnemers'),
      5: t(
        'All sessions are individual or have at most 8 participants',
        'Alle sessies zijn individueel of hebben hoogstens 8 deelnemers',
      ),
    },
    anchorsVerified: true,
    rule: 'count',
    defaultCuts: null,
    cutsEditable: false,
    shareSubject: null,
  },
  shareItem(
    'fs2-program-length',
    2,
    t('Programme length', 'Programmaduur'),
    t(
      'Participants receive at least six months of weekly IMR, or an equal amount spread out further (for example a year of fortnightly sessions).',
      'Deelnemers krijgen minstens zes maanden wekelijks IMR, of evenveel over een langere periode verspreid (bijvoorbeeld een jaar lang om de week).',
    ),
    t('Participants who take part for six months or more', 'Deelnemers die zes maanden of langer meedoen'),
    true,
  ),
  {
    id: 'fs3-comprehensiveness',
    number: 3,
    title: t('Comprehensiveness of the curriculum', 'Volledigheid van het curriculum'),
    description: t(
      'How many of the nine core topic areas of IMR are taught: recovery strategies, facts about mental illness, the stress-vulnerability model, social support, medication, relapse prevention, coping with stress, coping with persistent symptoms and the mental health system.',
      'Hoeveel van de negen kernthema’s van IMR aan bod komen: herstelstrategieën, feiten over psychische aandoeningen, het stress-kwetsbaarheidsmodel, sociale steun, medicatie, terugvalpreventie, omgaan met stress, omgaan met aanhoudende klachten en de weg in de zorg.',
    ),
    anchors: {
      1: t('At most 1 of the 9 topic areas is covered', 'Hoogstens 1 van de 9 thema’s komt aan bod'),
      2: t('2 or 3 of the 9 topic areas are covered', '2 of 3 van de 9 thema’s komen aan bod'),
      3: t('4 or 5 of the 9 topic areas are covered', '4 of 5 van de 9 thema’s komen aan bod'),
      4: t('6 or 7 of the 9 topic areas are covered', '6 of 7 van de 9 thema’s komen aan bod'),
      5: t('8 or 9 of the 9 topic areas are covered', '8 of 9 van de 9 thema’s komen aan bod'),
    },
    anchorsVerified: true,
    rule: 'topics',
    defaultCuts: null,
    cutsEditable: false,
    shareSubject: null,
  },
  shareItem(
    'fs4-handouts',
    4,
    t('Educational handouts', 'Uitreiken van hand-outs'),
    t(
      'Participants receive the written IMR handouts, to use in sessions and to read at home or with a supporter.',
      'Deelnemers krijgen de schriftelijke IMR-hand-outs, om in de sessies te gebruiken en thuis of samen met een naaste te lezen.',
    ),
    t('Participants given handouts', 'Deelnemers die hand-outs hebben gekregen'),
    true,
  ),
  shareItem(
    'fs5-significant-others',
    5,
    t('Involvement of significant others', 'Betrekken van naastbetrokkenen'),
    t(
      'A family member, friend or other supporter takes part in the participant’s IMR: there was contact with them about IMR in the past month, or they help with the goal or home practice.',
      'Een familielid, vriend of andere naastbetrokkene is betrokken bij de IMR van de deelnemer: er was in de afgelopen maand contact over IMR, of de naaste helpt bij het doel of de thuisopdrachten.',
    ),
    t('Participants with a supporter involved', 'Deelnemers bij wie een naastbetrokkene betrokken is'),
    false,
  ),
  shareItem(
    'fs6-goal-setting',
    6,
    t('Goal setting', 'Doelen stellen'),
    t(
      'Each participant has a personal, concrete recovery goal that is broken down into steps and written down.',
      'Iedere deelnemer heeft een persoonlijk, concreet hersteldoel dat in stappen is opgedeeld en is vastgelegd.',
    ),
    t('Participants with a personal goal broken into steps', 'Deelnemers met een persoonlijk doel in stappen'),
    false,
  ),
  shareItem(
    'fs7-goal-follow-up',
    7,
    t('Goal follow-up', 'Opvolgen van doelen'),
    t(
      'Progress toward each participant’s goal is looked at routinely in sessions and recorded.',
      'De voortgang op het doel van iedere deelnemer wordt in de sessies vast besproken en vastgelegd.',
    ),
    t('Participants whose goal is reviewed routinely', 'Deelnemers van wie het doel vast wordt besproken'),
    false,
  ),
  shareItem(
    'fs8-motivational',
    8,
    t('Motivation-based strategies', 'Motiverende strategieën'),
    t(
      'The practitioner links the material to what participants want from life, weighs pros and cons with them and strengthens their confidence that change is possible.',
      'De trainer verbindt de stof met wat deelnemers in hun leven willen bereiken, weegt samen met hen voor- en nadelen af en versterkt het vertrouwen dat verandering mogelijk is.',
    ),
    t('Sessions using motivation-based strategies', 'Sessies waarin motiverende strategieën zijn ingezet'),
    false,
    'sessions-share',
  ),
  shareItem(
    'fs9-educational',
    9,
    t('Educational techniques', 'Educatieve technieken'),
    t(
      'Information is taught interactively: handouts are worked through together, understanding is checked and the material is tied to participants’ own experience.',
      'Informatie wordt interactief overgebracht: hand-outs worden samen doorgenomen, begrip wordt nagegaan en de stof wordt verbonden met eigen ervaringen van deelnemers.',
    ),
    t('Sessions using educational techniques', 'Sessies waarin educatieve technieken zijn ingezet'),
    false,
    'sessions-share',
  ),
  shareItem(
    'fs10-cognitive-behavioural',
    10,
    t('Cognitive-behavioural techniques', 'Cognitief-gedragstherapeutische technieken'),
    t(
      'Skills are built with reinforcement, shaping, modelling, role play, cognitive restructuring and relaxation.',
      'Vaardigheden worden opgebouwd met bekrachtigen, shaping, voordoen (modeling), rollenspel, cognitieve herstructurering en ontspanning.',
    ),
    t('Sessions using cognitive-behavioural techniques', 'Sessies waarin cognitief-gedragstherapeutische technieken zijn ingezet'),
    false,
    'sessions-share',
  ),
  shareItem(
    'fs11-coping-skills',
    11,
    t('Coping skills training', 'Training in copingvaardigheden'),
    t(
      'Participants practise concrete ways to deal with stress and persistent symptoms, in the session and in daily life.',
      'Deelnemers oefenen concrete manieren om met stress en aanhoudende klachten om te gaan, in de sessie en in het dagelijks leven.',
    ),
    t('Participants who practised coping skills', 'Deelnemers die copingvaardigheden hebben geoefend'),
    false,
  ),
  shareItem(
    'fs12-relapse-prevention',
    12,
    t('Relapse prevention training', 'Terugvalpreventie'),
    t(
      'Each participant makes a personal relapse-prevention plan: triggers, early warning signs, what to do and who can help.',
      'Iedere deelnemer maakt een persoonlijk signaleringsplan: uitlokkende situaties, vroege signalen, wat te doen en wie kan helpen.',
    ),
    t('Participants with a personal relapse-prevention plan', 'Deelnemers met een persoonlijk signaleringsplan'),
    false,
  ),
  shareItem(
    'fs13-behavioural-tailoring',
    13,
    t('Behavioural tailoring for medication', 'Medicatie inpassen in het dagelijks leven'),
    t(
      'Participants who take medication work out how to build it into their daily routine, so taking it becomes a habit.',
      'Deelnemers die medicatie gebruiken, zoeken uit hoe ze die inbouwen in hun dagelijkse routine, zodat innemen een gewoonte wordt.',
    ),
    t(
      'Participants taking medication who worked on fitting it into their routine',
      'Deelnemers met medicatie die hebben gewerkt aan het inpassen ervan in hun dagritme',
    ),
    false,
  ),
];

const FIDELITY_BY_ID = new Map(FIDELITY_SCALE.map((item) => [item.id, item]));

export function fidelityItem(id: FidelityScaleItemId): FidelityScaleItem {
  const item = FIDELITY_BY_ID.get(id);
  if (!item) throw new RangeError(`Unknown fidelity item ${id}`);
  return item;
}

/** Four finite percentages between 0 and 100, strictly ascending (equal cuts would skip a rating). */
export function isValidCuts(cuts: unknown): cuts is Cuts {
  if (!Array.isArray(cuts) || cuts.length !== 4) return false;
  return cuts.every(
    (c, i) => typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 100 && (i === 0 || c > (cuts[i - 1] as number)),
  );
}

/**
 * The cut-points that apply to an item. A programme may only change them for items whose anchors are
 * unverified; invalid overrides fall back to the defaults so a bad setting cannot break a report.
 */
export function resolveCuts(id: FidelityScaleItemId, overrides?: CutOverrides): Cuts | null {
  const item = fidelityItem(id);
  if (!item.defaultCuts) return null;
  const override = overrides?.[id];
  if (item.cutsEditable && override && isValidCuts(override)) return override;
  return item.defaultCuts;
}

/** Anchor texts for an item under a programme's cut-points (non-share items are unaffected). */
export function anchorsFor(id: FidelityScaleItemId, overrides?: CutOverrides): Readonly<Record<Rating, Text>> {
  const item = fidelityItem(id);
  const cuts = resolveCuts(id, overrides);
  return item.shareSubject && cuts ? shareAnchors(item.shareSubject, cuts) : item.anchors;
}

export type ItisCategory = 'core' | 'group' | 'optional';

export interface ItisItem {
  id: ItisItemId;
  title: Text;
  description: Text;
  /** 'group': rated for group sessions only; 'optional': rated only when that part of the curriculum was delivered. */
  category: ItisCategory;
}

/** The 16 IT-IS items in the order of the scale: 11 core, 2 group-only, 3 optional. */
export const ITIS_ITEMS: readonly ItisItem[] = [
  {
    id: 'itis-relationship',
    category: 'core',
    title: t('Therapeutic relationship', 'Therapeutische relatie'),
    description: t(
      'Warmth, respect and real interest in the participants; the practitioner listens and responds with empathy.',
      'Warmte, respect en oprechte belangstelling voor de deelnemers; de trainer luistert en reageert met empathie.',
    ),
  },
  {
    id: 'itis-recovery-orientation',
    category: 'core',
    title: t('Recovery orientation', 'Herstelgerichtheid'),
    description: t(
      'The session builds on participants’ own hopes and strengths and treats them as the experts on their lives.',
      'De sessie bouwt voort op de eigen wensen en krachten van deelnemers en behandelt hen als deskundige op hun eigen leven.',
    ),
  },
  {
    id: 'itis-structured-curriculum',
    category: 'core',
    title: t('Use of the structured curriculum', 'Gebruik van het gestructureerde curriculum'),
    description: t(
      'The session follows the module material and handouts, adapted to the participants without losing the content.',
      'De sessie volgt de stof en hand-outs van de module, afgestemd op de deelnemers zonder de inhoud te verliezen.',
    ),
  },
  {
    id: 'itis-goals',
    category: 'core',
    title: t('Goal setting and follow-up', 'Doelen stellen en opvolgen'),
    description: t(
      'Participants’ personal goals and their next steps are discussed and progress is followed up.',
      'De persoonlijke doelen van deelnemers en de volgende stappen worden besproken en de voortgang wordt opgevolgd.',
    ),
  },
  {
    id: 'itis-action-plan-review',
    category: 'core',
    title: t('Action plan review', 'Nabespreken van de thuisopdracht'),
    description: t(
      'Last session’s home practice is talked through: what went well, what got in the way, what to try next.',
      'De thuisopdracht van de vorige keer wordt nabesproken: wat ging goed, wat zat in de weg, wat probeer je nu.',
    ),
  },
  {
    id: 'itis-action-planning',
    category: 'core',
    title: t('Weekly action planning', 'Thuisopdracht afspreken'),
    description: t(
      'Each participant leaves with a concrete, feasible home practice, ideally linked to their goal.',
      'Iedere deelnemer gaat weg met een concrete, haalbare thuisopdracht, bij voorkeur gekoppeld aan het eigen doel.',
    ),
  },
  {
    id: 'itis-significant-others',
    category: 'core',
    title: t('Involvement of significant others', 'Betrekken van naastbetrokkenen'),
    description: t(
      'The practitioner encourages involving family, friends or other supporters, for example in home practice.',
      'De trainer moedigt aan om familie, vrienden of andere naasten te betrekken, bijvoorbeeld bij de thuisopdracht.',
    ),
  },
  {
    id: 'itis-educational',
    category: 'core',
    title: t('Educational strategies', 'Educatieve strategieën'),
    description: t(
      'Information is offered in small portions, in an interactive way, with regular checks that it was understood.',
      'Informatie wordt in kleine stukken en interactief aangeboden, met regelmatige controle of het begrepen is.',
    ),
  },
  {
    id: 'itis-motivational',
    category: 'core',
    title: t('Motivational enhancement', 'Motivatie versterken'),
    description: t(
      'The practitioner helps participants see how the material serves their own goals and builds their confidence.',
      'De trainer helpt deelnemers zien hoe de stof bijdraagt aan hun eigen doelen en versterkt hun zelfvertrouwen.',
    ),
  },
  {
    id: 'itis-cognitive-behavioural',
    category: 'core',
    title: t('Cognitive-behavioural techniques', 'Cognitief-gedragstherapeutische technieken'),
    description: t(
      'Skills are practised with techniques such as reinforcement, modelling, role play and cognitive restructuring.',
      'Vaardigheden worden geoefend met technieken als bekrachtigen, voordoen, rollenspel en cognitieve herstructurering.',
    ),
  },
  {
    id: 'itis-structure-time',
    category: 'core',
    title: t('Structure and efficient use of time', 'Structuur en efficiënt gebruik van de tijd'),
    description: t(
      'The session follows the usual order, keeps a good pace and leaves time for every part.',
      'De sessie volgt de vaste opbouw, houdt een goed tempo aan en laat tijd voor ieder onderdeel.',
    ),
  },
  {
    id: 'itis-involving-all',
    category: 'group',
    title: t('Involving all group members', 'Alle groepsleden betrekken'),
    description: t(
      'Every member gets the chance to take part; quieter members are invited in and no one dominates.',
      'Ieder groepslid krijgt de kans om mee te doen; stillere deelnemers worden uitgenodigd en niemand domineert.',
    ),
  },
  {
    id: 'itis-support-between-members',
    category: 'group',
    title: t('Support between group members', 'Onderlinge steun tussen groepsleden'),
    description: t(
      'The practitioner encourages members to help, encourage and give feedback to one another.',
      'De trainer stimuleert groepsleden om elkaar te helpen, aan te moedigen en feedback te geven.',
    ),
  },
  {
    id: 'itis-coping-skills',
    category: 'optional',
    title: t('Coping skills training', 'Training in copingvaardigheden'),
    description: t(
      'When coping is on the programme: participants choose and rehearse ways to handle stress or symptoms.',
      'Als coping op het programma staat: deelnemers kiezen en oefenen manieren om met stress of klachten om te gaan.',
    ),
  },
  {
    id: 'itis-relapse-prevention',
    category: 'optional',
    title: t('Relapse prevention training', 'Terugvalpreventie'),
    description: t(
      'When relapse prevention is on the programme: participants work on their triggers, early warning signs and signalling plan.',
      'Als terugvalpreventie op het programma staat: deelnemers werken aan uitlokkende situaties, vroege signalen en hun signaleringsplan.',
    ),
  },
  {
    id: 'itis-behavioural-tailoring',
    category: 'optional',
    title: t('Behavioural tailoring for medication', 'Medicatie inpassen in het dagelijks leven'),
    description: t(
      'When medication is on the programme: participants find concrete ways to fit taking it into their daily routine.',
      'Als medicatie op het programma staat: deelnemers zoeken concrete manieren om het innemen in te passen in hun dagritme.',
    ),
  },
];

export const ITIS_CATEGORY_LABELS: Readonly<Record<ItisCategory, Text>> = {
  core: t('Core items', 'Kernitems'),
  group: t('Group sessions only', 'Alleen bij groepssessies'),
  optional: t('Only when that part of the curriculum is delivered', 'Alleen als dat deel van het curriculum aan bod komt'),
};

/**
 * Rounds to two decimals, the precision scores are shown in. Banding the rounded value keeps the band
 * consistent with the number on screen, and absorbs float noise: a mean of 4.0 data computed as
 * 3.9999999 must not be labelled moderate. The tiny offset stops values like 3.995 (stored as
 * 3.99499…) from rounding the wrong way.
 */
export function round2(value: number): number {
  return Math.round(value * 100 + 1e-7) / 100;
}

function assertFinite(value: number, what: string): void {
  // A NaN would silently fall into the lowest band; failing loudly finds the bug instead.
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

export type FidelityBand = 'high' | 'moderate' | 'low';

/** Band for the mean Fidelity Scale rating: >= 4.0 high, 3.0-3.99 moderate, < 3.0 low. */
export function fidelityBand(mean: number): FidelityBand {
  assertFinite(mean, 'Fidelity mean');
  const m = round2(mean);
  if (m >= 4) return 'high';
  if (m >= 3) return 'moderate';
  return 'low';
}

export const FIDELITY_BAND_LABELS: Readonly<Record<FidelityBand, Text>> = {
  high: t('High fidelity', 'Hoge modelgetrouwheid'),
  moderate: t('Moderate fidelity', 'Redelijke modelgetrouwheid'),
  low: t('Low fidelity', 'Lage modelgetrouwheid'),
};

export type ItisBand = 'unsatisfactory' | 'needs-improvement' | 'satisfactory' | 'very-good' | 'excellent';

/** Band for an IT-IS score: 1 to < 2, 2 to < 3, 3 to < 4, 4 to < 5, and 5. */
export function itisBand(score: number): ItisBand {
  assertFinite(score, 'IT-IS score');
  const s = round2(score);
  if (s >= 5) return 'excellent';
  if (s >= 4) return 'very-good';
  if (s >= 3) return 'satisfactory';
  if (s >= 2) return 'needs-improvement';
  return 'unsatisfactory';
}

export const ITIS_BAND_LABELS: Readonly<Record<ItisBand, Text>> = {
  unsatisfactory: t('Unsatisfactory', 'Onvoldoende'),
  'needs-improvement': t('Needs improvement', 'Verbetering nodig'),
  satisfactory: t('Satisfactory', 'Voldoende'),
  'very-good': t('Very good', 'Zeer goed'),
  excellent: t('Excellent', 'Uitstekend'),
};

/** Shown next to every figure computed from the practitioner's own notes. */
export const SELF_REPORTED_LABEL: Text = t('Self-reported estimate', 'Zelfgerapporteerde schatting');
export const SELF_REPORTED_EXPLANATION: Text = t(
  'Estimated from the practitioner’s own session notes in this extension. It is not an official fidelity rating, which assessors make from records, interviews and an observed session.',
  'Geschat op basis van de eigen sessienotities van de trainer in deze extensie. Dit is geen officiële meting van modelgetrouwheid; die doen beoordelaars aan de hand van dossiers, interviews en een geobserveerde sessie.',
);
export const UNVERIFIED_ANCHORS_LABEL: Text = t(
  'Cut-points not confirmed against the scale manual; your programme can adjust them.',
  'Grenswaarden niet bevestigd aan de hand van de handleiding; uw programma kan ze aanpassen.',
);
