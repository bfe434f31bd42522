/**
 * Self-reported fidelity estimates: the IMR Fidelity Scale items that the practitioner's own session
 * records can support, computed from stored groups, participants and sessions. Every figure is a
 * self-reported estimate, not an official rating, and carries the data it
 * rests on. Pure: no browser, no clock (callers pass `now`), so reports are reproducible in tests.
 */
import { promptsForSession } from '../session/prompts';
import type { FidelityScaleItemId, ItisItemId, Module, Prompt, SessionFormat, TopicArea } from '../curriculum/types';
import type { Locale, Text } from '../i18n/text';
import { attended, type Group, type Participant, type ParticipantEntry, type Session } from '../model';
import {
  DEFAULT_SHARE_CUTS,
  FIDELITY_SCALE,
  ITIS_ITEMS,
  SELF_REPORTED_LABEL,
  fidelityBand,
  fidelityItem,
  resolveCuts,
  round2,
  type CutOverrides,
  type Cuts,
  type FidelityBand,
  type Rating,
} from './instruments';

/** Six months, the scale's minimum programme length, in days (26 weeks). */
export const PROGRAMME_LENGTH_DAYS = 182;
/** "In the last month" of the significant-others item, counted back from the last attended session. */
export const SUPPORTER_WINDOW_DAYS = 30;
/**
 * Share of attended sessions in which a participant's goal must be reviewed for goal follow-up to
 * count as routine. The scale says "routinely" without a number; 75 % is this product's choice: most
 * sessions, while allowing for a session given over to a crisis or a long module exercise.
 */
export const GOAL_REVIEW_THRESHOLD = 0.75;

const DAY_MS = 86_400_000;
const t = (en: string, nl: string): Text => ({ en, nl });

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

// ---------------------------------------------------------------------------------------------
// Anchor rules

/** Item 1: the largest session decides. Individual sessions always earn full credit. */
export function ratingForCount(maxParticipants: number, format: SessionFormat = 'group'): Rating {
  assertFinite(maxParticipants, 'Participant count');
  if (format === 'individual') return 5;
  if (maxParticipants <= 8) return 5;
  if (maxParticipants <= 10) return 4;
  if (maxParticipants <= 12) return 3;
  if (maxParticipants <= 15) return 2;
  return 1;
}

/**
 * Share items: each cut-point reached adds one to the rating. The 1e-9 slack absorbs float noise in
 * callers' percentages (0.57 * 100 is 56.99999999999999) without moving any real value across a cut.
 */
export function ratingForShare(percent: number, cuts: Cuts = DEFAULT_SHARE_CUTS): Rating {
  assertFinite(percent, 'Percentage');
  let rating = 1;
  for (const cut of cuts) if (percent >= cut - 1e-9) rating += 1;
  return rating as Rating;
}

/** Item 3: topic areas covered; none counts as the lowest anchor, like one. */
export function ratingForTopics(n: number): Rating {
  assertFinite(n, 'Topic count');
  if (n <= 1) return 1;
  if (n <= 3) return 2;
  if (n <= 5) return 3;
  if (n <= 7) return 4;
  return 5;
}

// ---------------------------------------------------------------------------------------------
// Prompt coverage of one session

export interface PromptTally {
  offered: number;
  done: number;
  notDone: number;
  na: number;
  unanswered: number;
}

export interface SessionPromptCoverage {
  sessionId: string;
  /** All prompts the session offered. */
  total: PromptTally;
  byFidelityItem: Record<FidelityScaleItemId, PromptTally>;
  byItisItem: Record<ItisItemId, PromptTally>;
  /** Key prompts offered but not marked done or not applicable, in library order. */
  missedKeyPrompts: Prompt[];
}

const emptyTally = (): PromptTally => ({ offered: 0, done: 0, notDone: 0, na: 0, unanswered: 0 });

/** Prompts the session showed: step in the plan, module-wide or for this module, and format allowed. */

export function sessionPromptCoverage(session: Session, prompts: readonly Prompt[]): SessionPromptCoverage {
  const total = emptyTally();
  const byFidelityItem = Object.fromEntries(FIDELITY_SCALE.map((i) => [i.id, emptyTally()])) as Record<
    FidelityScaleItemId,
    PromptTally
  >;
  const byItisItem = Object.fromEntries(ITIS_ITEMS.map((i) => [i.id, emptyTally()])) as Record<ItisItemId, PromptTally>;
  const missedKeyPrompts: Prompt[] = [];

  for (const prompt of promptsForSession(prompts, session)) {
    const status = session.prompts[prompt.id]?.status ?? null;
    // Anything but the three known statuses (e.g. from an older export) counts as unanswered.
    const field: keyof PromptTally =
      status === 'done' ? 'done' : status === 'not-done' ? 'notDone' : status === 'na' ? 'na' : 'unanswered';
    const tallies = [
      total,
      ...prompt.fidelityItems.map((id) => byFidelityItem[id]),
      ...prompt.itisItems.map((id) => byItisItem[id]),
    ];
    for (const tally of tallies) {
      if (!tally) continue; // an item id outside the scale (bad content) must not crash a report
      tally.offered += 1;
      tally[field] += 1;
    }
    if (prompt.key && (field === 'notDone' || field === 'unanswered')) missedKeyPrompts.push(prompt);
  }
  return { sessionId: session.id, total, byFidelityItem, byItisItem, missedKeyPrompts };
}

// ---------------------------------------------------------------------------------------------
// Fidelity Scale estimates

export interface FidelityInput {
  /** Groups in scope; estimateBy('group') lists these even when they have no ended session yet. */
  groups: readonly Group[];
  participants: readonly Participant[];
  /** Running sessions may be passed; only ended ones count. */
  sessions: readonly Session[];
  modules: readonly Module[];
  prompts: readonly Prompt[];
  /** Epoch milliseconds, for "joined at least six months ago". */
  now: number;
  /** A programme's cut-points for items with unverified anchors. */
  cuts?: CutOverrides;
}

export interface FidelityBasis {
  /** Ended sessions the estimate looked at. */
  sessions: number;
  /** Participants the share is taken over (or, for session-based items, distinct attendees). */
  participants: number;
  description: Text;
}

export interface FidelityEstimate {
  itemId: FidelityScaleItemId;
  /** Null when the data cannot support a rating; never a guess. */
  rating: Rating | null;
  /** Largest session (item 1), topic areas (item 3) or percentage (share items); null without data. */
  value: number | null;
  basis: FidelityBasis;
  selfReported: true;
  anchorsVerified: boolean;
  /** Cut-points used for share items, so a report can show them; null for other items. */
  cuts: Cuts | null;
}

/** Day number of an ISO date (UTC), NaN for anything that is not yyyy-mm-dd. */
function dayNumber(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Number.NaN;
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function formatNumber(value: number, locale: Locale): string {
  const s = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'nl' ? s.replace('.', ',') : s;
}

/**
 * Percentage for display, floored to one decimal so a shown figure never crosses a cut-point the
 * rating did not (19.96 % shows as 19.9 %, not 20 %). Integer arithmetic keeps it exact.
 */
function shownPercent(n: number, d: number, locale: Locale): string {
  return `${formatNumber(Math.floor((n * 1000) / d) / 10, locale)}%`;
}

const NO_SESSIONS = t('No ended sessions yet.', 'Nog geen afgesloten sessies.');
const NO_PARTICIPANTS = t(
  'No participant has attended an ended session yet.',
  'Nog geen deelnemer heeft een afgesloten sessie bijgewoond.',
);

/** What the records say about one participant across the ended sessions in scope. */
interface History {
  participant: Participant;
  attendedSessions: number;
  goalReviewedSessions: number;
  /** Day number of the last attended session with a valid date; NaN when none. */
  lastAttendedDay: number;
  handout: boolean;
  coping: boolean;
  tailoring: boolean;
  homePracticeWithSupporter: boolean;
  /** Day numbers of sessions in which a supporter was involved. */
  supporterDays: number[];
}

function collectHistories(participants: readonly Participant[], ended: readonly Session[]): History[] {
  const byId = new Map<string, History>();
  for (const participant of participants) {
    byId.set(participant.id, {
      participant,
      attendedSessions: 0,
      goalReviewedSessions: 0,
      lastAttendedDay: Number.NaN,
      handout: false,
      coping: false,
      tailoring: false,
      homePracticeWithSupporter: false,
      supporterDays: [],
    });
  }
  for (const session of ended) {
    const day = dayNumber(session.date);
    for (const [participantId, entry] of Object.entries(session.participants) as [string, ParticipantEntry][]) {
      const h = byId.get(participantId);
      if (!h) continue;
      // Flags count whatever the attendance, because a handout can be sent or a supporter seen
      // while the participant was absent; attendance itself only drives who is in the population.
      if (attended(entry)) {
        h.attendedSessions += 1;
        if (entry.goalReviewed) h.goalReviewedSessions += 1;
        if (Number.isFinite(day) && !(day <= h.lastAttendedDay)) h.lastAttendedDay = day;
      }
      if (entry.handoutGiven) h.handout = true;
      if (entry.copingSkillPractised) h.coping = true;
      if (entry.behaviouralTailoring) h.tailoring = true;
      if (entry.nextHomePracticeWithSupporter) h.homePracticeWithSupporter = true;
      if (entry.supporterInvolved && Number.isFinite(day)) h.supporterDays.push(day);
    }
  }
  return [...byId.values()];
}

interface Context {
  ended: Session[];
  /** Participants who attended at least one ended session: the clients the share items are over. */
  population: History[];
  distinctAttendees: number;
  input: FidelityInput;
}

function estimate(
  itemId: FidelityScaleItemId,
  rating: Rating | null,
  value: number | null,
  sessions: number,
  participants: number,
  description: Text,
  cuts: Cuts | null = null,
): FidelityEstimate {
  return {
    itemId,
    rating,
    value,
    basis: { sessions, participants, description },
    selfReported: true,
    anchorsVerified: fidelityItem(itemId).anchorsVerified,
    cuts,
  };
}

/** A share item over participants, with the sentence that explains the count in both languages. */
function participantShare(
  ctx: Context,
  itemId: FidelityScaleItemId,
  over: History[],
  counts: (h: History) => boolean,
  explain: (n: number, d: number, pct: (l: Locale) => string) => Text,
  empty: Text,
): FidelityEstimate {
  const cuts = resolveCuts(itemId, ctx.input.cuts) ?? DEFAULT_SHARE_CUTS;
  const sessions = ctx.ended.length;
  if (sessions === 0) return estimate(itemId, null, null, 0, 0, NO_SESSIONS, cuts);
  if (ctx.population.length === 0) return estimate(itemId, null, null, sessions, 0, NO_PARTICIPANTS, cuts);
  const d = over.length;
  if (d === 0) return estimate(itemId, null, null, sessions, 0, empty, cuts);
  const n = over.filter(counts).length;
  const percent = (n * 100) / d;
  return estimate(
    itemId,
    ratingForShare(percent, cuts),
    percent,
    sessions,
    d,
    explain(n, d, (l) => shownPercent(n, d, l)),
    cuts,
  );
}

function estimateParticipants(ctx: Context): FidelityEstimate {
  const id = 'fs1-participants';
  const s = ctx.ended.length;
  if (s === 0) return estimate(id, null, null, 0, 0, NO_SESSIONS);
  const max = ctx.ended.reduce((m, session) => Math.max(m, Object.values(session.participants).filter(attended).length), 0);
  if (ctx.ended.every((session) => session.format === 'individual')) {
    return estimate(
      id,
      5,
      max,
      s,
      ctx.distinctAttendees,
      t(`All ${s} ended sessions were individual sessions.`, `Alle ${s} afgesloten sessies waren individuele sessies.`),
    );
  }
  // Zero attendees everywhere means attendance was not recorded, not that groups were small.
  if (max === 0) {
    return estimate(
      id,
      null,
      null,
      s,
      0,
      t(
        `No attendance has been recorded in the ${s} ended sessions.`,
        `In de ${s} afgesloten sessies is geen aanwezigheid vastgelegd.`,
      ),
    );
  }
  return estimate(
    id,
    ratingForCount(max),
    max,
    s,
    ctx.distinctAttendees,
    t(
      `Largest number of participants present in one of ${s} ended sessions: ${max}.`,
      `Grootste aantal aanwezige deelnemers in één van ${s} afgesloten sessies: ${max}.`,
    ),
  );
}

function estimateProgrammeLength(ctx: Context): FidelityEstimate {
  const nowDay = ctx.input.now / DAY_MS;
  // Only participants whose outcome is known: in the programme for six months by now, or stopped.
  // Judging people who joined last month would count them as "too short" before they had the chance.
  const eligible = ctx.population.filter((h) => {
    const p = h.participant;
    const stopped = p.status !== 'active' || p.leftOn !== null;
    return stopped || nowDay - dayNumber(p.joinedOn) >= PROGRAMME_LENGTH_DAYS;
  });
  return participantShare(
    ctx,
    'fs2-program-length',
    eligible,
    (h) => h.lastAttendedDay - dayNumber(h.participant.joinedOn) >= PROGRAMME_LENGTH_DAYS,
    (n, d, pct) =>
      t(
        `${n} of ${d} participants took part for at least 26 weeks (182 days), counted from joining to their last attended session (${pct('en')}). Counted are participants who joined at least 26 weeks ago or have stopped (left or completed); more recent participants who are still taking part are not judged yet. How often sessions took place is not checked.`,
        `${n} van ${d} deelnemers deden minstens 26 weken (182 dagen) mee, gerekend van de startdatum tot de laatst bijgewoonde sessie (${pct('nl')}). Meegeteld zijn deelnemers die minstens 26 weken geleden zijn gestart of gestopt zijn (uitgevallen of afgerond); recentere deelnemers die nog meedoen, tellen nog niet mee. Hoe vaak de sessies plaatsvonden, wordt niet gecontroleerd.`,
      ),
    t(
      'No participant has been taking part for 26 weeks yet or has stopped, so programme length cannot be judged yet.',
      'Nog geen deelnemer doet 26 weken mee of is gestopt, dus de programmaduur is nog niet te beoordelen.',
    ),
  );
}

function estimateComprehensiveness(ctx: Context): FidelityEstimate {
  const id = 'fs3-comprehensiveness';
  const s = ctx.ended.length;
  if (s === 0) return estimate(id, null, null, 0, 0, NO_SESSIONS);
  const moduleIds = new Set(ctx.ended.map((session) => session.moduleId));
  const areas = new Set<TopicArea>();
  const covering: Module[] = [];
  for (const module of ctx.input.modules) {
    if (!moduleIds.has(module.id) || module.topicArea === null) continue;
    areas.add(module.topicArea);
    covering.push(module);
  }
  const k = areas.size;
  const list = (l: Locale): string =>
    covering.length === 0 ? '' : `: ${[...covering].sort((a, b) => a.number - b.number).map((m) => m.title[l]).join(', ')}`;
  return estimate(
    id,
    ratingForTopics(k),
    k,
    s,
    ctx.distinctAttendees,
    t(
      `${k} of the 9 topic areas are covered by modules with at least one ended session${list('en')}.`,
      `${k} van de 9 thema’s komen aan bod in modules met minstens één afgesloten sessie${list('nl')}.`,
    ),
  );
}

function estimateSessionsShare(ctx: Context, id: FidelityScaleItemId): FidelityEstimate {
  const cuts = resolveCuts(id, ctx.input.cuts) ?? DEFAULT_SHARE_CUTS;
  const s = ctx.ended.length;
  if (s === 0) return estimate(id, null, null, 0, 0, NO_SESSIONS, cuts);
  // Without any prompt for the item, no session could show it: "not used" would be a false claim.
  const serving = ctx.input.prompts.filter((p) => p.fidelityItems.includes(id));
  if (serving.length === 0) {
    return estimate(
      id,
      null,
      null,
      s,
      ctx.distinctAttendees,
      t(
        'No prompt in the prompt library serves this item, so the session records cannot show it.',
        'Geen enkel aandachtspunt in de bibliotheek hoort bij dit item, dus de sessieverslagen kunnen het niet laten zien.',
      ),
      cuts,
    );
  }
  // Same rule as sessionPromptCoverage (offered and marked done), without building every tally:
  // this runs over every ended session for three items (see `npm run bench`).
  const n = ctx.ended.filter((session) => promptsForSession(serving, session).some((p) => session.prompts[p.id]?.status === 'done')).length;
  const percent = (n * 100) / s;
  return estimate(
    id,
    ratingForShare(percent, cuts),
    percent,
    s,
    ctx.distinctAttendees,
    t(
      `In ${n} of ${s} ended sessions at least one prompt for this item was marked as done (${shownPercent(n, s, 'en')}).`,
      `In ${n} van ${s} afgesloten sessies is minstens één aandachtspunt voor dit item als gedaan aangevinkt (${shownPercent(n, s, 'nl')}).`,
    ),
    cuts,
  );
}

/**
 * Estimates for all 13 items, in scale order. Only ended sessions count. Share items are taken over
 * the participants who attended at least one of those sessions: the records say nothing about anyone
 * else. Items the data cannot support get rating null, never a default.
 */
export function estimateFidelity(input: FidelityInput): FidelityEstimate[] {
  const ended = input.sessions.filter((s) => s.status === 'ended');
  const histories = collectHistories(input.participants, ended);
  const attendees = new Set<string>();
  for (const session of ended) {
    for (const [pid, entry] of Object.entries(session.participants)) if (attended(entry)) attendees.add(pid);
  }
  const ctx: Context = {
    ended,
    population: histories.filter((h) => h.attendedSessions > 0),
    distinctAttendees: attendees.size,
    input,
  };
  const all = ctx.population;
  const onMedication = all.filter((h) => h.participant.takesMedication);

  return [
    estimateParticipants(ctx),
    estimateProgrammeLength(ctx),
    estimateComprehensiveness(ctx),
    participantShare(
      ctx,
      'fs4-handouts',
      all,
      (h) => h.handout,
      (n, d, pct) =>
        t(
          `${n} of ${d} participants were given a handout at least once (${pct('en')}).`,
          `${n} van ${d} deelnemers kregen minstens één keer een hand-out (${pct('nl')}).`,
        ),
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs5-significant-others',
      all,
      (h) =>
        h.homePracticeWithSupporter ||
        h.supporterDays.some((day) => day <= h.lastAttendedDay && h.lastAttendedDay - day <= SUPPORTER_WINDOW_DAYS),
      (n, d, pct) =>
        t(
          `${n} of ${d} participants had a supporter involved in a session in the 30 days up to their last attended session, or agreed home practice to do with a supporter (${pct('en')}).`,
          `Bij ${n} van ${d} deelnemers was een naastbetrokkene betrokken bij een sessie in de 30 dagen tot en met hun laatst bijgewoonde sessie, of werd een thuisopdracht afgesproken om samen met een naaste te doen (${pct('nl')}).`,
        ),
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs6-goal-setting',
      all,
      (h) => h.participant.goal.trim() !== '' && h.participant.goalSteps.length > 0,
      (n, d, pct) =>
        t(
          `${n} of ${d} participants have a recorded goal with at least one step (${pct('en')}).`,
          `${n} van ${d} deelnemers hebben een vastgelegd doel met minstens één stap (${pct('nl')}).`,
        ),
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs7-goal-follow-up',
      all,
      // Integer comparison (reviewed / attended >= 3/4) so 3 of 4 is never lost to float noise.
      (h) => h.goalReviewedSessions * 4 >= h.attendedSessions * 3,
      (n, d, pct) =>
        t(
          `${n} of ${d} participants had their goal reviewed in at least 75% of the sessions they attended (${pct('en')}). The scale asks for routine follow-up without a number; 75% is this product's choice.`,
          `Bij ${n} van ${d} deelnemers werd het doel besproken in minstens 75% van de sessies die zij bijwoonden (${pct('nl')}). De schaal vraagt om vaste opvolging zonder een getal te noemen; 75% is een keuze van dit product.`,
        ),
      NO_PARTICIPANTS,
    ),
    estimateSessionsShare(ctx, 'fs8-motivational'),
    estimateSessionsShare(ctx, 'fs9-educational'),
    estimateSessionsShare(ctx, 'fs10-cognitive-behavioural'),
    participantShare(
      ctx,
      'fs11-coping-skills',
      all,
      (h) => h.coping,
      (n, d, pct) =>
        t(
          `${n} of ${d} participants practised a coping skill in at least one session (${pct('en')}).`,
          `${n} van ${d} deelnemers oefenden in minstens één sessie een copingvaardigheid (${pct('nl')}).`,
        ),
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs12-relapse-prevention',
      all,
      (h) => h.participant.relapsePlan === 'written' || h.participant.relapsePlan === 'practised',
      (n, d, pct) =>
        t(
          `${n} of ${d} participants have a written or practised relapse-prevention plan (${pct('en')}).`,
          `${n} van ${d} deelnemers hebben een uitgeschreven of geoefend signaleringsplan (${pct('nl')}).`,
        ),
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs13-behavioural-tailoring',
      onMedication,
      (h) => h.tailoring,
      (n, d, pct) =>
        t(
          `${n} of ${d} participants who take medication worked at least once on fitting it into their daily routine (${pct('en')}).`,
          `${n} van ${d} deelnemers die medicatie gebruiken, werkten minstens één keer aan het inpassen ervan in hun dagritme (${pct('nl')}).`,
        ),
      t(
        'None of the participants in these sessions takes medication, so this item is not rated.',
        'Geen van de deelnemers in deze sessies gebruikt medicatie, dus dit item wordt niet beoordeeld.',
      ),
    ),
  ];
}

export interface FidelitySummary {
  /** Mean over the rated items, two decimals; null when no item could be rated. */
  mean: number | null;
  band: FidelityBand | null;
  ratedItems: number;
  totalItems: 13;
  /**
   * Whether all 13 items were rated. An official total is the mean of all 13; a mean over fewer
   * items is not comparable to it and should be shown as such.
   */
  complete: boolean;
  selfReported: true;
  label: Text;
}

export function summariseFidelity(estimates: readonly FidelityEstimate[]): FidelitySummary {
  const ratings = estimates.flatMap((e) => (e.rating === null ? [] : [e.rating]));
  const base = { ratedItems: ratings.length, totalItems: 13 as const, complete: ratings.length === 13, selfReported: true as const, label: SELF_REPORTED_LABEL };
  if (ratings.length === 0) return { mean: null, band: null, ...base };
  const mean = round2(ratings.reduce((a, b) => a + b, 0) / ratings.length);
  return { mean, band: fidelityBand(mean), ...base };
}

export interface KeyedFidelityEstimate {
  /** Group id or practitioner, depending on the grouping. */
  key: string;
  estimates: FidelityEstimate[];
  summary: FidelitySummary;
}

/**
 * Estimates per group or per practitioner (Session.practitioner), for supervision. Each key sees only
 * its own sessions, so participant items describe what happened in those sessions: with co-trainers
 * who alternate, a participant's history is split between them. Groups without ended sessions are
 * still listed (all ratings null) so a report shows them; practitioners come from ended sessions.
 */
export function estimateBy(key: 'group' | 'practitioner', input: FidelityInput): KeyedFidelityEstimate[] {
  const ended = input.sessions.filter((s) => s.status === 'ended');
  const keyOf = (s: Session): string => (key === 'group' ? s.groupId : s.practitioner);
  const keys: string[] = [];
  const seen = new Set<string>();
  const add = (k: string): void => {
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  };
  if (key === 'group') input.groups.forEach((g) => add(g.id));
  [...new Set(ended.map(keyOf))].sort((a, b) => a.localeCompare(b)).forEach(add);

  return keys.map((k) => {
    const sessions = ended.filter((s) => keyOf(s) === k);
    const groupIds = key === 'group' ? new Set([k]) : new Set(sessions.map((s) => s.groupId));
    const estimates = estimateFidelity({ ...input, sessions, groups: input.groups.filter((g) => groupIds.has(g.id)) });
    return { key: k, estimates, summary: summariseFidelity(estimates) };
  });
}
