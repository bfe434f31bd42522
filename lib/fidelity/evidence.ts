/**
 * What feeds each IMR Fidelity Scale estimate, as data: the rule, the prompts whose "done" mark
 * counts, the record fields read, and the thresholds and windows. The scorer (scoring.ts) reads its
 * prompt lists and numbers from here and nowhere else, the review page shows the same table under
 * "Basis", and lib/fidelity/README.md describes it for a programme leader (a test keeps the two in step).
 *
 * Why each choice is made (issue 10):
 * - Items 8-10 count only the item's *defining* techniques. Praise, peer coaching and solving
 *   barriers are good practice, but a session where they were the only thing ticked is not a
 *   session that used cognitive-behavioural techniques; counting them gave the ceiling effect the
 *   Dutch IMR study reported for these items.
 * - Items 11 and 13 ask for systematic training, so one tick in a year does not count.
 * - Item 5 needs contact in the last month, or home practice with a supporter that was then done;
 *   a plan alone is not involvement.
 *
 * Numbers marked `choice` are the product's, not the scale's: the scale says "routinely" or
 * "systematically" without a figure.
 */
import type { FidelityScaleItemId } from '../curriculum/types';

/** A field of a record that an estimate reads; labelled in the fidelity bundle (fidelity.field.*). */
export type EvidenceField =
  | 'session.date'
  | 'session.format'
  | 'session.module'
  | 'entry.attendance'
  | 'entry.handoutGiven'
  | 'entry.supporterInvolved'
  | 'entry.nextHomePracticeWithSupporter'
  | 'entry.homePractice'
  | 'entry.goalReviewed'
  | 'entry.copingSkillPractised'
  | 'entry.behaviouralTailoring'
  | 'participant.status'
  | 'participant.goal'
  | 'participant.goalSteps'
  | 'participant.relapsePlan'
  | 'participant.takesMedication';

export type EvidenceRule =
  /** Item 1: the largest number of participants present in one session. */
  | 'largest-session'
  /** Item 2: a stretch of attended sessions long and frequent enough. */
  | 'programme-length'
  /** Item 3: topic areas of modules with an ended session, if handouts were available. */
  | 'topic-areas'
  /** Share of participants for whom the record shows the item. */
  | 'participant-share'
  /** Items 8-10: share of ended sessions in which a defining technique was marked done. */
  | 'session-share';

export interface ItemEvidence {
  itemId: FidelityScaleItemId;
  rule: EvidenceRule;
  /** Prompts whose "done" mark counts toward the item, by id (built-in prompts). */
  prompts: readonly string[];
  fields: readonly EvidenceField[];
}

/** Item 2: "at least six months of weekly sessions, or the equivalent (fortnightly for a year)". */
export const PROGRAMME_LENGTH = {
  /** Sessions in the stretch: 26 weekly sessions make six months, 26 fortnightly ones a year. */
  sessions: 26,
  /** The stretch covers at least 26 weeks from its first to its last session (25 weekly gaps). */
  minDays: 175,
  /** And sessions came at least fortnightly on average, so 26 sessions spread over two years do not count. */
  maxAverageGapDays: 14,
} as const;

/** Item 5: "at least one IMR-related contact with a supporter in the last month". */
export const SUPPORTER_WINDOW_DAYS = 30;

/**
 * Item 7: share of attended sessions in which the goal was reviewed for follow-up to be routine.
 * `choice`: most sessions, allowing for a session given over to a crisis or a long exercise.
 */
export const GOAL_REVIEW_SHARE = 0.75;

/** Items 11 and 13: what "systematic" means for a participant. All `choice`. */
export interface RepeatedPractice {
  /** Attended sessions in which it was done. */
  minSessions: number;
  /** Share of the participant's attended sessions in which it was done. */
  minShare: number;
  /** Days from the first to the last of those sessions: practice and follow-up, not one sitting. */
  minSpanDays: number;
}

/** Coping skills: practised in at least 3 sessions, one in five of those attended, over at least a week. */
export const COPING_PRACTICE: RepeatedPractice = { minSessions: 3, minShare: 0.2, minSpanDays: 7 };
/** Behavioural tailoring: worked on in at least 2 sessions at least a week apart (made, then checked). */
export const TAILORING_PRACTICE: RepeatedPractice = { minSessions: 2, minShare: 0, minSpanDays: 7 };

/** The table, in scale order. */
export const EVIDENCE: readonly ItemEvidence[] = [
  { itemId: 'fs1-participants', rule: 'largest-session', prompts: [], fields: ['entry.attendance', 'session.format'] },
  {
    itemId: 'fs2-program-length',
    rule: 'programme-length',
    prompts: [],
    fields: ['entry.attendance', 'session.date', 'participant.status'],
  },
  {
    itemId: 'fs3-comprehensiveness',
    rule: 'topic-areas',
    // Handouts count as available when one was given or a handout prompt was done in scope.
    prompts: ['teach-handout-together', 'plan-handouts-home'],
    fields: ['session.module', 'entry.handoutGiven'],
  },
  {
    itemId: 'fs4-handouts',
    rule: 'participant-share',
    prompts: [],
    // Given a handout in every module in which the participant attended a session.
    fields: ['entry.handoutGiven', 'entry.attendance', 'session.module'],
  },
  {
    itemId: 'fs5-significant-others',
    rule: 'participant-share',
    prompts: [],
    fields: ['entry.supporterInvolved', 'entry.nextHomePracticeWithSupporter', 'entry.homePractice', 'session.date'],
  },
  { itemId: 'fs6-goal-setting', rule: 'participant-share', prompts: [], fields: ['participant.goal', 'participant.goalSteps'] },
  { itemId: 'fs7-goal-follow-up', rule: 'participant-share', prompts: [], fields: ['entry.goalReviewed', 'entry.attendance'] },
  {
    itemId: 'fs8-motivational',
    rule: 'session-share',
    // Linking the material to personal goals; weighing pros and cons of change.
    prompts: ['teach-link-to-goals', 'm6-sobriety-plan'],
    fields: [],
  },
  {
    itemId: 'fs9-educational',
    rule: 'session-share',
    // Interactive teaching: handout worked through together, understanding checked, summed up in own words.
    prompts: ['teach-handout-together', 'teach-check-understanding', 'summary-own-words'],
    fields: [],
  },
  {
    itemId: 'fs10-cognitive-behavioural',
    rule: 'session-share',
    // Modelling and role play, cognitive restructuring, relaxation, behavioural rehearsal, shaping.
    // Not praise (apr-reinforce-effort), peer coaching (teach-members-coach) or solving barriers.
    prompts: [
      'teach-model-role-play',
      'teach-examine-unhelpful-thoughts',
      'goal-smaller-step',
      'm4-role-play-conversation',
      'm6-refusal-role-play',
      'm7-rehearse-plan',
      'm8-practise-coping',
      'm9-practise-coping',
      'm10-self-advocacy',
    ],
    fields: [],
  },
  { itemId: 'fs11-coping-skills', rule: 'participant-share', prompts: [], fields: ['entry.copingSkillPractised', 'entry.attendance', 'session.date'] },
  { itemId: 'fs12-relapse-prevention', rule: 'participant-share', prompts: [], fields: ['participant.relapsePlan'] },
  {
    itemId: 'fs13-behavioural-tailoring',
    rule: 'participant-share',
    prompts: [],
    fields: ['participant.takesMedication', 'entry.behaviouralTailoring', 'entry.attendance', 'session.date'],
  },
];

const BY_ID = new Map(EVIDENCE.map((e) => [e.itemId, e]));

export function evidenceFor(itemId: FidelityScaleItemId): ItemEvidence {
  const evidence = BY_ID.get(itemId);
  if (!evidence) throw new RangeError(`No evidence rule for fidelity item ${itemId}`);
  return evidence;
}
