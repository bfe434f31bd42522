/**
 * The review page's views over the sessions: the sessions list filters (practitioner with
 * co-facilitators, group, module, dates, estimate band, missed key prompts), the estimate band a
 * session's group or practitioner has, and the summaries the group and practitioner views show.
 * Everything here is linear in the number of sessions: per-session values come from
 * sessionFacts (memoised per session object), and the facilitator index is built once per list
 * of groups, so a filter change never costs sessions × groups.
 * Pure: callers pass today's date.
 */
import type { FidelityScaleItemId, Prompt } from '../curriculum/types';
import type { Group, Session } from '../model';
import type { FidelityBand } from './instruments';
import type { KeyedFidelityEstimate } from './scoring';
import { inPeriod, newestFirst, type ReviewFilter } from './trend';
import { sessionFacts, type ItemCell, type LengthKind } from './session-facts';

/** A band, or 'none' for a group or practitioner whose estimate has no band (fewer than 13 items). */
export type BandChoice = FidelityBand | 'none';
export const BAND_CHOICES: readonly BandChoice[] = ['high', 'moderate', 'low', 'none'];

export type MissedKeyChoice = 'any' | 'some' | 'none';
export const MISSED_KEY_CHOICES: readonly MissedKeyChoice[] = ['any', 'some', 'none'];

export interface ViewFilter extends ReviewFilter {
  /** Null: every module. */
  moduleId: string | null;
  /** ISO dates, inclusive; null for no bound. Applied with the period. */
  from: string | null;
  to: string | null;
  /** Null: any band. Judged by the estimate's grouping (per group or per practitioner). */
  band: BandChoice | null;
  /** 'some': sessions with at least one key prompt offered and missed; 'none': without. */
  missedKey: MissedKeyChoice;
}

export const NO_VIEW_FILTER: ViewFilter = { groupId: null, practitioner: null, period: 'all', moduleId: null, from: null, to: null, band: null, missedKey: 'any' };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Practitioner -> groups they facilitate (lead or co-facilitator). Build once per groups array. */
export function facilitatorIndex(groups: readonly Group[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const name of group.facilitators) {
      if (name === '') continue;
      let set = index.get(name);
      if (!set) index.set(name, (set = new Set()));
      set.add(group.id);
    }
  }
  return index;
}

/**
 * Practitioners to choose from: those who led an ended session and every facilitator of a group
 * (a co-facilitator may never be recorded as a session's lead), alphabetically; '' (not recorded) last.
 */
export function practitionerChoices(sessions: readonly Session[], index: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const names = new Set<string>(index.keys());
  let unrecorded = false;
  for (const s of sessions) {
    if (s.status !== 'ended') continue;
    if (s.practitioner === '') unrecorded = true;
    else names.add(s.practitioner);
  }
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  return unrecorded ? [...sorted, ''] : sorted;
}

/** How a practitioner took part in a session: ran it (the lead), co-facilitates its group, or not at all. */
export function roleIn(session: Session, practitioner: string, index: ReadonlyMap<string, ReadonlySet<string>>): 'lead' | 'co' | null {
  if (session.practitioner === practitioner) return 'lead';
  if (practitioner !== '' && index.get(practitioner)?.has(session.groupId)) return 'co';
  return null;
}

export interface ListContext {
  today: string;
  prompts: readonly Prompt[];
  facilitators: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Ended sessions the filter selects, newest first, before the band filter (which needs the
 * estimates of this very list: see inBand). Excluded sessions are listed too; the caller splits them.
 */
export function listSessions(sessions: readonly Session[], filter: ViewFilter, ctx: ListContext): Session[] {
  const from = filter.from !== null && ISO_DAY.test(filter.from) ? filter.from : null;
  const to = filter.to !== null && ISO_DAY.test(filter.to) ? filter.to : null;
  return sessions
    .filter((s) => {
      if (s.status !== 'ended') return false;
      if (filter.groupId !== null && s.groupId !== filter.groupId) return false;
      if (filter.moduleId !== null && s.moduleId !== filter.moduleId) return false;
      if (filter.practitioner !== null && roleIn(s, filter.practitioner, ctx.facilitators) === null) return false;
      if (!inPeriod(s.date, filter.period, ctx.today)) return false;
      // ISO dates compare correctly as strings; a session without a valid date has no place in a range.
      if ((from !== null || to !== null) && !ISO_DAY.test(s.date)) return false;
      if (from !== null && s.date < from) return false;
      if (to !== null && s.date > to) return false;
      if (filter.missedKey !== 'any') {
        const missed = sessionFacts(s, ctx.prompts).coverage.missedKeyPrompts.length > 0;
        if (missed !== (filter.missedKey === 'some')) return false;
      }
      return true;
    })
    .sort(newestFirst);
}

/** The band of each key's estimate ('none' without a band). */
export function bandByKey(keyed: readonly KeyedFidelityEstimate[]): Map<string, BandChoice> {
  return new Map(keyed.map((k) => [k.key, k.summary.band ?? 'none']));
}

/** Sessions whose group (or practitioner, by the estimate's grouping) has the chosen band. */
export function inBand<S extends Pick<Session, 'groupId' | 'practitioner'>>(
  sessions: readonly S[],
  bands: ReadonlyMap<string, BandChoice>,
  grouping: 'group' | 'practitioner',
  band: BandChoice | null,
): S[] {
  if (band === null) return [...sessions];
  return sessions.filter((s) => bands.get(grouping === 'group' ? s.groupId : s.practitioner) === band);
}

// ---------------------------------------------------------------------------------------------
// Summaries for the group and practitioner views

export interface SessionsSummary {
  sessions: number;
  /** Sessions of each length kind. */
  lengths: Record<LengthKind, number>;
  plannedSec: number;
  actualSec: number;
  /** Mean participants present per session; null without sessions. */
  meanPresent: number | null;
  /** Participant entries whose attendance was not recorded. */
  unrecorded: number;
  /** Sessions with at least one key prompt missed. */
  withMissedKey: number;
  /** Prompts done / offered over all sessions. */
  promptsDone: number;
  promptsOffered: number;
  /** Module ids in the order first met (oldest session first). */
  modules: string[];
  /** Newest session date (ISO), or null. */
  latest: string | null;
}

export function summariseSessions(sessions: readonly Session[], prompts: readonly Prompt[]): SessionsSummary {
  const lengths: Record<LengthKind, number> = { 'not-timed': 0, aborted: 0, short: 0, over: 0, 'on-plan': 0 };
  let plannedSec = 0;
  let actualSec = 0;
  let present = 0;
  let unrecorded = 0;
  let withMissedKey = 0;
  let promptsDone = 0;
  let promptsOffered = 0;
  let latest: string | null = null;
  const firstSeen = new Map<string, string>();
  for (const s of sessions) {
    const facts = sessionFacts(s, prompts);
    lengths[facts.length.kind] += 1;
    plannedSec += facts.length.plannedSec;
    actualSec += facts.length.actualSec;
    present += facts.attendance.present;
    unrecorded += facts.attendance.unrecorded;
    if (facts.coverage.missedKeyPrompts.length > 0) withMissedKey += 1;
    promptsDone += facts.coverage.total.done;
    promptsOffered += facts.coverage.total.offered;
    if (latest === null || s.date > latest) latest = s.date;
    const seen = firstSeen.get(s.moduleId);
    if (seen === undefined || s.date < seen) firstSeen.set(s.moduleId, s.date);
  }
  const modules = [...firstSeen.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([id]) => id);
  return {
    sessions: sessions.length,
    lengths,
    plannedSec,
    actualSec,
    meanPresent: sessions.length === 0 ? null : present / sessions.length,
    unrecorded,
    withMissedKey,
    promptsDone,
    promptsOffered,
    modules,
    latest,
  };
}

// ---------------------------------------------------------------------------------------------
// Heat map: items by session

export interface HeatMapColumn {
  session: Session;
  cells: Record<FidelityScaleItemId, ItemCell>;
}

/** One column per session (in the order given), with each item's cell from the memoised facts. */
export function heatMapColumns(sessions: readonly Session[], prompts: readonly Prompt[]): HeatMapColumn[] {
  return sessions.map((session) => ({ session, cells: sessionFacts(session, prompts).items }));
}
