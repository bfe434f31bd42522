/**
 * IT-IS ratings, kept fresh as other pages write: one session's, or all of them. Re-read on any
 * change to the ratings store and on lock changes ('meta'), which change what can be read.
 */
import { useApp } from '../state/app-store';
import { useLiveRead } from '../common/useLiveRead';
import type { ItisRating } from '../../lib/fidelity/itis';
import type { StoreName } from '../../lib/db/schema';

const WATCHED: readonly StoreName[] = ['itisRatings', 'meta'];

/** Oldest first; null until the first read lands. */
export function useRatings(sessionId?: string): ItisRating[] | null {
  const app = useApp();
  return useLiveRead(async () => (await app.repo.listItisRatings(sessionId)).sort((a, b) => a.ratedAt - b.ratedAt), WATCHED, [sessionId]);
}
