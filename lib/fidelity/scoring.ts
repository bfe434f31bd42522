/**
 * Self-reported fidelity estimates: the IMR Fidelity Scale items that the practitioner's own session
 * records can support, computed from stored groups, participants and sessions. Every figure is a
 * self-reported estimate, not an official rating, and carries the data it rests on.
 *
 * Which prompts and fields feed each item, and the thresholds, are data in evidence.ts (and the
 * table in README.md); this file applies them. Explanations are messages (bundle key + raw values,
 * lib/i18n/render.ts), never sentences built here.
 * Pure: no browser, no clock (callers pass `now`), so reports are reproducible in tests.
 */
import { promptsForSession } from '../session/prompts';
import type { FidelityScaleItemId, ItisItemId, Module, Prompt, SessionFormat, TopicArea } from '../curriculum/types';
import { message, type Message } from '../i18n/render';
import type { Text } from '../i18n/text';
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

import {
  COPING_PRACTICE,
  GOAL_REVIEW_SHARE,
  PROGRAMME_LENGTH,
  SUPPORTER_WINDOW_DAYS,
  TAILORING_PRACTICE,
  evidenceFor,
  type RepeatedPractice,
} from './evidence';

const DAY_MS = 86_400_000;

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
  /** Epoch milliseconds, for "in the programme for 26 weeks by now". */
  now: number;
  /** A programme's cut-points for items with unverified anchors. */
  cuts?: CutOverrides;
}

export interface FidelityBasis {
  /** Ended sessions the estimate looked at. */
  sessions: number;
  /** Participants the share is taken over (or, for session-based items, distinct attendees). */
  participants: number;
  /** What was counted, as a message the page renders in the reader's language. */
  description: Message;
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

const NO_SESSIONS = message('fidelity.basis.noSessions');
const NO_PARTICIPANTS = message('fidelity.basis.noParticipants');

/** One ended session as one participant's record shows it. */
interface Visit {
  /** Day number, NaN for a session without a valid date. */
  day: number;
  moduleId: string;
  attended: boolean;
  entry: ParticipantEntry;
}

/** What the records say about one participant across the ended sessions in scope. */
interface History {
  participant: Participant;
  /** Every ended session with an entry for this participant, in date order (undated last). */
  visits: Visit[];
  attendedSessions: number;
  /** Day numbers of attended sessions with a valid date, ascending. */
  attendedDays: number[];
  /** NaN when no attended session has a valid date. */
  lastAttendedDay: number;
}

function collectHistories(participants: readonly Participant[], ended: readonly Session[]): History[] {
  const byId = new Map<string, History>();
  for (const participant of participants) {
    byId.set(participant.id, { participant, visits: [], attendedSessions: 0, attendedDays: [], lastAttendedDay: Number.NaN });
  }
  for (const session of ended) {
    const day = dayNumber(session.date);
    for (const [participantId, entry] of Object.entries(session.participants) as [string, ParticipantEntry][]) {
      const h = byId.get(participantId);
      if (!h) continue;
      h.visits.push({ day, moduleId: session.moduleId, attended: attended(entry), entry });
    }
  }
  const order = (a: number, b: number): number => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b);
  for (const h of byId.values()) {
    h.visits.sort((a, b) => order(a.day, b.day));
    const attendedVisits = h.visits.filter((v) => v.attended);
    h.attendedSessions = attendedVisits.length;
    h.attendedDays = attendedVisits.map((v) => v.day).filter(Number.isFinite);
    h.lastAttendedDay = h.attendedDays.length > 0 ? (h.attendedDays[h.attendedDays.length - 1] as number) : Number.NaN;
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
  description: Message,
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

/**
 * A share item over participants. `key` names the bundle message that explains the count; it
 * receives n (counted), d (over), pct and any `extra` values, and its wording follows d.
 */
function participantShare(
  ctx: Context,
  itemId: FidelityScaleItemId,
  over: History[],
  counts: (h: History) => boolean,
  key: Message['key'],
  empty: Message,
  extra: Readonly<Record<string, number>> = {},
): FidelityEstimate {
  const cuts = resolveCuts(itemId, ctx.input.cuts) ?? DEFAULT_SHARE_CUTS;
  const sessions = ctx.ended.length;
  if (sessions === 0) return estimate(itemId, null, null, 0, 0, NO_SESSIONS, cuts);
  if (ctx.population.length === 0) return estimate(itemId, null, null, sessions, 0, NO_PARTICIPANTS, cuts);
  const d = over.length;
  if (d === 0) return estimate(itemId, null, null, sessions, 0, empty, cuts);
  const n = over.filter(counts).length;
  const percent = (n * 100) / d;
  return estimate(itemId, ratingForShare(percent, cuts), percent, sessions, d, message(key, { n, d, pct: { percent }, ...extra }, d), cuts);
}

function estimateParticipants(ctx: Context): FidelityEstimate {
  const id = 'fs1-participants';
  const s = ctx.ended.length;
  if (s === 0) return estimate(id, null, null, 0, 0, NO_SESSIONS);
  const max = ctx.ended.reduce((m, session) => Math.max(m, Object.values(session.participants).filter(attended).length), 0);
  if (ctx.ended.every((session) => session.format === 'individual')) {
    return estimate(id, 5, max, s, ctx.distinctAttendees, message('fidelity.basis.fs1.individual', { s }, s));
  }
  // Zero attendees everywhere means attendance was not recorded, not that groups were small.
  if (max === 0) return estimate(id, null, null, s, 0, message('fidelity.basis.fs1.noAttendance', { s }, s));
  return estimate(id, ratingForCount(max), max, s, ctx.distinctAttendees, message('fidelity.basis.fs1', { s, max }, s));
}

/**
 * Item 2: whether some stretch of a participant's attended sessions holds at least 26 sessions,
 * covers at least 26 weeks and averages at least one session a fortnight. Counts sessions and their
 * rhythm, so a waiting list, two sessions half a year apart or seven months of fortnightly sessions
 * do not count as six months of weekly IMR.
 */
export function reachedProgrammeLength(attendedDays: readonly number[]): boolean {
  const days = [...attendedDays].filter(Number.isFinite).sort((a, b) => a - b);
  const { sessions, minDays, maxAverageGapDays } = PROGRAMME_LENGTH;
  for (let i = 0; i + sessions - 1 < days.length; i++) {
    for (let j = i + sessions - 1; j < days.length; j++) {
      const span = (days[j] as number) - (days[i] as number);
      if (span >= minDays && span <= (j - i) * maxAverageGapDays) return true;
    }
  }
  return false;
}

function estimateProgrammeLength(ctx: Context): FidelityEstimate {
  const nowDay = ctx.input.now / DAY_MS;
  // Judged: participants who stopped, who reached the length, or whose first attended session is
  // at least 26 weeks ago (enough time for weekly sessions to get there). Someone still taking part
  // and not there by then counts as not (yet) reached, so early leavers cannot inflate the share.
  const eligible = ctx.population.filter((h) => {
    const p = h.participant;
    const stopped = p.status !== 'active' || p.leftOn !== null;
    const first = h.attendedDays[0] ?? Number.NaN;
    return stopped || reachedProgrammeLength(h.attendedDays) || nowDay - first >= PROGRAMME_LENGTH.minDays;
  });
  return participantShare(
    ctx,
    'fs2-program-length',
    eligible,
    (h) => reachedProgrammeLength(h.attendedDays),
    'fidelity.basis.fs2',
    message('fidelity.basis.fs2.notYet'),
    { sessions: PROGRAMME_LENGTH.sessions, weeks: Math.ceil(PROGRAMME_LENGTH.minDays / 7) + 1, gap: PROGRAMME_LENGTH.maxAverageGapDays },
  );
}

/** Whether any handout prompt was done, or any handout recorded as given, in the ended sessions. */
function handoutsAvailable(ctx: Context): boolean {
  const handoutPrompts = new Set(evidenceFor('fs3-comprehensiveness').prompts);
  return ctx.ended.some(
    (session) =>
      Object.values(session.participants).some((entry) => entry.handoutGiven) ||
      Object.entries(session.prompts).some(([id, record]) => handoutPrompts.has(id) && record.status === 'done'),
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
  const titles: Text[] = [...covering].sort((a, b) => a.number - b.number).map((m) => m.title);
  // The anchor's lowest point includes "or no educational handouts are available".
  if (!handoutsAvailable(ctx)) {
    return estimate(id, 1, k, s, ctx.distinctAttendees, message('fidelity.basis.fs3.noHandouts', { k, s }, s));
  }
  const description =
    titles.length === 0 ? message('fidelity.basis.fs3.none', { k }, k) : message('fidelity.basis.fs3', { k, modules: { list: titles } }, k);
  return estimate(id, ratingForTopics(k), k, s, ctx.distinctAttendees, description);
}

type SessionShareItem = 'fs8-motivational' | 'fs9-educational' | 'fs10-cognitive-behavioural';
const SESSION_SHARE_KEYS = {
  'fs8-motivational': 'fidelity.basis.fs8',
  'fs9-educational': 'fidelity.basis.fs9',
  'fs10-cognitive-behavioural': 'fidelity.basis.fs10',
} as const satisfies Record<SessionShareItem, Message['key']>;

function estimateSessionsShare(ctx: Context, id: SessionShareItem): FidelityEstimate {
  const cuts = resolveCuts(id, ctx.input.cuts) ?? DEFAULT_SHARE_CUTS;
  const s = ctx.ended.length;
  if (s === 0) return estimate(id, null, null, 0, 0, NO_SESSIONS, cuts);
  // Only the item's defining techniques count (evidence.ts). Without any of them in the library no
  // session could show the item, and "not used" would be a false claim.
  const defining = new Set(evidenceFor(id).prompts);
  const serving = ctx.input.prompts.filter((p) => defining.has(p.id));
  if (serving.length === 0) return estimate(id, null, null, s, ctx.distinctAttendees, message('fidelity.basis.sessions.noPrompts'), cuts);
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
    message(SESSION_SHARE_KEYS[id], { n, s, pct: { percent } }),
    cuts,
  );
}

/** Item 4: a handout in every module in which the participant attended a session. */
function handoutInEveryModule(h: History): boolean {
  const attendedModules = new Set(h.visits.filter((v) => v.attended).map((v) => v.moduleId));
  // A handout can be sent home to someone who missed the session, so any entry counts.
  const withHandout = new Set(h.visits.filter((v) => v.entry.handoutGiven).map((v) => v.moduleId));
  return attendedModules.size > 0 && [...attendedModules].every((m) => withHandout.has(m));
}

/**
 * Item 5: a supporter took part in a session in the 30 days up to the participant's last attended
 * session, or home practice agreed with a supporter in that window was done (or partly done) by the
 * next attended session. An agreement alone is a plan, not involvement.
 */
function supporterInvolvedLastMonth(h: History): boolean {
  const last = h.lastAttendedDay;
  if (!Number.isFinite(last)) return false;
  const inWindow = (day: number): boolean => Number.isFinite(day) && day <= last && last - day <= SUPPORTER_WINDOW_DAYS;
  return h.visits.some((v, i) => {
    if (!inWindow(v.day)) return false;
    if (v.entry.supporterInvolved) return true;
    if (!v.attended || !v.entry.nextHomePracticeWithSupporter) return false;
    const next = h.visits.slice(i + 1).find((later) => later.attended && later.day > v.day);
    return next !== undefined && (next.entry.homePractice === 'done' || next.entry.homePractice === 'partly');
  });
}

/** Items 11 and 13: done in enough attended sessions, over enough time, to be systematic. */
function practisedSystematically(h: History, done: (entry: ParticipantEntry) => boolean, rule: RepeatedPractice): boolean {
  const visits = h.visits.filter((v) => v.attended && done(v.entry));
  if (visits.length < rule.minSessions || h.attendedSessions === 0) return false;
  if (visits.length < rule.minShare * h.attendedSessions - 1e-9) return false;
  const days = visits.map((v) => v.day).filter(Number.isFinite);
  const span = days.length < 2 ? 0 : Math.max(...days) - Math.min(...days);
  return span >= rule.minSpanDays;
}

const sharePercent = (share: number): number => Math.round(share * 100);

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
    participantShare(ctx, 'fs4-handouts', all, handoutInEveryModule, 'fidelity.basis.fs4', NO_PARTICIPANTS),
    participantShare(ctx, 'fs5-significant-others', all, supporterInvolvedLastMonth, 'fidelity.basis.fs5', NO_PARTICIPANTS, {
      days: SUPPORTER_WINDOW_DAYS,
    }),
    participantShare(
      ctx,
      'fs6-goal-setting',
      all,
      (h) => h.participant.goal.trim() !== '' && h.participant.goalSteps.length > 0,
      'fidelity.basis.fs6',
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs7-goal-follow-up',
      all,
      // Integer comparison (reviewed / attended >= 3/4 by default) so 3 of 4 is never lost to float noise.
      (h) => {
        const reviewed = h.visits.filter((v) => v.attended && v.entry.goalReviewed).length;
        return reviewed * 100 >= h.attendedSessions * sharePercent(GOAL_REVIEW_SHARE);
      },
      'fidelity.basis.fs7',
      NO_PARTICIPANTS,
      { share: sharePercent(GOAL_REVIEW_SHARE) },
    ),
    estimateSessionsShare(ctx, 'fs8-motivational'),
    estimateSessionsShare(ctx, 'fs9-educational'),
    estimateSessionsShare(ctx, 'fs10-cognitive-behavioural'),
    participantShare(
      ctx,
      'fs11-coping-skills',
      all,
      (h) => practisedSystematically(h, (e) => e.copingSkillPractised, COPING_PRACTICE),
      'fidelity.basis.fs11',
      NO_PARTICIPANTS,
      { min: COPING_PRACTICE.minSessions, share: sharePercent(COPING_PRACTICE.minShare), days: COPING_PRACTICE.minSpanDays },
    ),
    participantShare(
      ctx,
      'fs12-relapse-prevention',
      all,
      (h) => h.participant.relapsePlan === 'written' || h.participant.relapsePlan === 'practised',
      'fidelity.basis.fs12',
      NO_PARTICIPANTS,
    ),
    participantShare(
      ctx,
      'fs13-behavioural-tailoring',
      onMedication,
      (h) => practisedSystematically(h, (e) => e.behaviouralTailoring, TAILORING_PRACTICE),
      'fidelity.basis.fs13',
      message('fidelity.basis.fs13.noMedication'),
      { min: TAILORING_PRACTICE.minSessions, days: TAILORING_PRACTICE.minSpanDays },
    ),
  ];
}

/** An item the summary's mean leaves out, and why (the estimate's own explanation). */
export interface MissingItem {
  itemId: FidelityScaleItemId;
  reason: Message;
}

export interface FidelitySummary {
  /** Mean over the rated items, two decimals; null when no item could be rated. */
  mean: number | null;
  /**
   * Only for a complete estimate: an official total is the mean of all 13 items, so a band for a
   * mean over fewer items would compare things that are not comparable. Null otherwise.
   */
  band: FidelityBand | null;
  ratedItems: number;
  totalItems: 13;
  /** Whether all 13 items were rated. */
  complete: boolean;
  /** Items without a rating, in scale order, with the reason. */
  missing: MissingItem[];
  selfReported: true;
  label: Text;
}

export function summariseFidelity(estimates: readonly FidelityEstimate[]): FidelitySummary {
  const ratings = estimates.flatMap((e) => (e.rating === null ? [] : [e.rating]));
  const rated = new Set(estimates.filter((e) => e.rating !== null).map((e) => e.itemId));
  const missing = FIDELITY_SCALE.filter((item) => !rated.has(item.id)).map((item) => ({
    itemId: item.id,
    reason: estimates.find((e) => e.itemId === item.id)?.basis.description ?? NO_SESSIONS,
  }));
  const complete = missing.length === 0;
  const base = { ratedItems: ratings.length, totalItems: 13 as const, complete, missing, selfReported: true as const, label: SELF_REPORTED_LABEL };
  if (ratings.length === 0) return { mean: null, band: null, ...base };
  const mean = round2(ratings.reduce((a, b) => a + b, 0) / ratings.length);
  return { mean, band: complete ? fidelityBand(mean) : null, ...base };
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
