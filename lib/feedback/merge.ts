/**
 * How a received rating meets what is already here. The same file twice adds nothing; a newer
 * rating (a later `ratedAt`: an edit is stamped when saved) replaces the older copy; a rating of a
 * session that is not on this profile is skipped and counted apart, so the practitioner learns
 * that the file covered sessions they do not have; a rating of another origin (made here, or
 * received from another profile) is never overwritten.
 */
import type { ItisRating } from '../fidelity/itis';
import { count, NO_COUNTS, type Counts, type Decision } from '../supervision/merge';

export interface FeedbackCounts extends Counts {
  /** Ratings of sessions that are not on this profile: nothing was written for them. */
  notHere: number;
}

export const NO_FEEDBACK_COUNTS: FeedbackCounts = { ...NO_COUNTS, notHere: 0 };

export type RatingDecision = Decision | 'not-here';

/** `origin`: the source the incoming rating will carry here (undefined: this profile's own file). */
export function decideRating(
  existing: Pick<ItisRating, 'ratedAt' | 'source'> | undefined,
  incoming: Pick<ItisRating, 'ratedAt'>,
  origin: string | undefined,
  sessionHere: boolean,
): RatingDecision {
  if (!sessionHere) return 'not-here';
  if (!existing) return 'add';
  if (existing.source !== origin) return 'skip';
  return incoming.ratedAt > existing.ratedAt ? 'update' : 'skip';
}

export function countRating(counts: FeedbackCounts, decision: RatingDecision): FeedbackCounts {
  if (decision === 'not-here') return { ...counts, notHere: counts.notHere + 1 };
  return { ...counts, ...count(counts, decision) };
}
