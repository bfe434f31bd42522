/**
 * Selection and time series for the supervisor review page (components/review): which ended
 * sessions a review filter selects (group, practitioner, period), which groups are in scope, and per
 * Fidelity Scale item the monthly share of ended sessions in which the practitioner marked a prompt
 * for that item as done. Everything rests on the practitioner's own prompt records, so every figure
 * derived here is a self-reported estimate.
 * Pure: callers pass today's date, so results are reproducible in tests.
 */
import type { FidelityScaleItemId, Prompt } from '../curriculum/types';
import type { Locale } from '../i18n/text';
import { formatDate } from '../i18n/dates';
import type { Group, Session } from '../model';
import { FIDELITY_SCALE } from './instruments';
import { sessionFacts } from './session-facts';

// ---------------------------------------------------------------------------------------------
// Selecting sessions

export type ReviewPeriod = 'all' | 'last-3-months' | 'last-12-months';
export const REVIEW_PERIODS: readonly ReviewPeriod[] = ['all', 'last-3-months', 'last-12-months'];
const PERIOD_MONTHS: Record<Exclude<ReviewPeriod, 'all'>, number> = { 'last-3-months': 3, 'last-12-months': 12 };

export interface ReviewFilter {
  /** Null: all groups. */
  groupId: string | null;
  /** Null: all practitioners; '' selects sessions where no practitioner was recorded. */
  practitioner: string | null;
  period: ReviewPeriod;
}

export const NO_FILTER: ReviewFilter = { groupId: null, practitioner: null, period: 'all' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The day before a period starts (ISO yyyy-mm-dd): the same day of the month n months before
 * `today`, clamped to the end of a shorter month. A period covers the days after it, up to and
 * including today: on 15 July "last 3 months" is 16 April to 15 July; on 31 May it starts on
 * 1 March (the cutoff 28 or 29 February). Null for 'all' or an unreadable `today`.
 */
export function periodCutoff(period: ReviewPeriod, today: string): string | null {
  if (period === 'all') return null;
  const date = parseIsoDate(today);
  if (!date) return null;
  const months = date.y * 12 + (date.m - 1) - PERIOD_MONTHS[period];
  const y = Math.floor(months / 12);
  const m = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(date.d, lastDay))}`;
}

/** Whether an ISO session date falls in the period. Sessions without a valid date only count for 'all'. */
export function inPeriod(date: string, period: ReviewPeriod, today: string): boolean {
  if (period === 'all') return true;
  const cutoff = periodCutoff(period, today);
  // ISO dates compare correctly as strings.
  return cutoff !== null && parseIsoDate(date) !== null && date > cutoff;
}

/** Newest first: by session date, then by creation time (two sessions on one day). */
export function newestFirst(a: Session, b: Session): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}

/** The ended sessions the filter selects, newest first. Running sessions never count. */
export function selectSessions(sessions: readonly Session[], filter: ReviewFilter, today: string): Session[] {
  return sessions
    .filter(
      (s) =>
        s.status === 'ended' &&
        (filter.groupId === null || s.groupId === filter.groupId) &&
        (filter.practitioner === null || s.practitioner === filter.practitioner) &&
        inPeriod(s.date, filter.period, today),
    )
    .sort(newestFirst);
}

/** Practitioners who ended at least one session, alphabetically; '' (not recorded) last when present. */
export function practitionersOf(sessions: readonly Session[]): string[] {
  const names = new Set(sessions.filter((s) => s.status === 'ended').map((s) => s.practitioner));
  const sorted = [...names].filter((n) => n !== '').sort((a, b) => a.localeCompare(b));
  return names.has('') ? [...sorted, ''] : sorted;
}

/**
 * Groups an estimate per group should list: the chosen group; with a practitioner chosen, the groups
 * they ran a selected session in or facilitate; otherwise every group (those without sessions show
 * "no data", which a supervisor should see too).
 */
export function groupsInScope(groups: readonly Group[], selected: readonly Session[], filter: ReviewFilter): Group[] {
  if (filter.groupId !== null) return groups.filter((g) => g.id === filter.groupId);
  const practitioner = filter.practitioner;
  if (practitioner !== null) {
    const ran = new Set(selected.map((s) => s.groupId));
    return groups.filter((g) => ran.has(g.id) || (practitioner !== '' && g.facilitators.includes(practitioner)));
  }
  return [...groups];
}

// ---------------------------------------------------------------------------------------------
// Per item over time

/** Fidelity Scale items at least one prompt serves, in scale order: the only items a trend can show. */
export function itemsServedByPrompts(prompts: readonly Prompt[]): FidelityScaleItemId[] {
  const served = new Set(prompts.flatMap((p) => p.fidelityItems));
  return FIDELITY_SCALE.filter((item) => served.has(item.id)).map((item) => item.id);
}

export interface MonthCoverage {
  /** yyyy-mm */
  month: string;
  /** Ended sessions dated in this month. */
  sessions: number;
  /** Of those, sessions that offered at least one prompt for the item. */
  offered: number;
  /** Of those, sessions in which at least one prompt for the item was marked done. */
  covered: number;
  /** covered / sessions as a percentage; null for a month without sessions. */
  percent: number | null;
}

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function monthFromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * Per calendar month, oldest first, the share of ended sessions in which at least one prompt serving
 * the item was marked done (the same test estimateFidelity uses for items 8-10). Months between the
 * first and last session that had no session are included with zero sessions, so a gap stays
 * visible. Sessions without a valid date are left out: they belong to no month.
 */
export function monthlyItemCoverage(
  sessions: readonly Session[],
  prompts: readonly Prompt[],
  itemId: FidelityScaleItemId,
): MonthCoverage[] {
  const byMonth = new Map<number, { sessions: number; offered: number; covered: number }>();
  for (const session of sessions) {
    if (session.status !== 'ended' || !parseIsoDate(session.date)) continue;
    const index = monthIndex(session.date.slice(0, 7));
    const tally = byMonth.get(index) ?? { sessions: 0, offered: 0, covered: 0 };
    // The per-session facts are computed once per session and prompt library (session-facts.ts);
    // an item's tally there counts exactly the prompts that serve it.
    const coverage = sessionFacts(session, prompts).coverage.byFidelityItem[itemId];
    tally.sessions += 1;
    if (coverage.offered > 0) tally.offered += 1;
    if (coverage.done > 0) tally.covered += 1;
    byMonth.set(index, tally);
  }
  if (byMonth.size === 0) return [];
  const indexes = [...byMonth.keys()];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const rows: MonthCoverage[] = [];
  for (let i = first; i <= last; i++) {
    const tally = byMonth.get(i) ?? { sessions: 0, offered: 0, covered: 0 };
    rows.push({
      month: monthFromIndex(i),
      ...tally,
      percent: tally.sessions === 0 ? null : (tally.covered * 100) / tally.sessions,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Display

/** "March 2025" / "maart 2025" for a yyyy-mm month. */
export function monthLabel(month: string, locale: Locale): string {
  const index = monthIndex(month);
  if (!Number.isFinite(index)) return month;
  const date = new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
  return formatDate(date, locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

// One percent and one mean formatter for the whole product (lib/i18n/numbers.ts).
export { formatMean, formatPercent } from '../i18n/numbers';
