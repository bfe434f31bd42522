/**
 * Sessions a supervisor leaves out of the estimates on this profile, with the reason (a test
 * session, a duplicate, ...). An exclusion is this profile's judgement about a record, not part of
 * the record: it lives in its own store (`exclusions`, since database version 5), keyed by the
 * session's id, so a newer import of the same session does not undo it and no export carries it.
 * The reason is a fixed code, worded by the page in the reader's language: no free text, so
 * nothing private is stored outside the vault.
 *
 * Usage:
 *   const { included, excluded } = splitExcluded(sessions, exclusionsById);
 */
import type { Session } from '../model';

export const EXCLUSION_REASONS = ['test', 'duplicate', 'training', 'incomplete', 'other'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
/** What one click records: most sessions left out are practice runs of the product. */
export const DEFAULT_EXCLUSION_REASON: ExclusionReason = 'test';

export interface SessionExclusion {
  sessionId: string;
  reason: ExclusionReason;
  /** Epoch milliseconds. */
  excludedAt: number;
}

export type ExclusionMap = ReadonlyMap<string, SessionExclusion>;

export function isExclusionReason(value: unknown): value is ExclusionReason {
  return typeof value === 'string' && (EXCLUSION_REASONS as readonly string[]).includes(value);
}

/** Stored records, checked: anything unreadable (a hand-edited database) is ignored rather than trusted. */
export function exclusionMap(records: readonly unknown[]): Map<string, SessionExclusion> {
  const map = new Map<string, SessionExclusion>();
  for (const r of records) {
    if (typeof r !== 'object' || r === null) continue;
    const { sessionId, reason, excludedAt } = r as Record<string, unknown>;
    if (typeof sessionId !== 'string' || !isExclusionReason(reason)) continue;
    map.set(sessionId, { sessionId, reason, excludedAt: typeof excludedAt === 'number' ? excludedAt : 0 });
  }
  return map;
}

/** Splits sessions into those the estimates use and those left out; order is kept in both. */
export function splitExcluded<S extends Pick<Session, 'id'>>(sessions: readonly S[], exclusions: ExclusionMap): { included: S[]; excluded: S[] } {
  if (exclusions.size === 0) return { included: [...sessions], excluded: [] };
  const included: S[] = [];
  const excluded: S[] = [];
  for (const s of sessions) (exclusions.has(s.id) ? excluded : included).push(s);
  return { included, excluded };
}
