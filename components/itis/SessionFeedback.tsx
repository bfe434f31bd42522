/**
 * What the practitioner sees of supervisors' IT-IS ratings of their sessions:
 * - `SessionFeedback`, in the session summary: every rating in full (score, band, items, comments);
 * - `FeedbackLine`, on the group page's session list: each rating's score and band and who rated.
 */
import { useMemo } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { itisSessionScore, type ItisRating } from '../../lib/fidelity/itis';
import type { Session } from '../../lib/model';
import { RatingDetails } from './RatingDetails';
import { scoreText } from './text';
import { useRatings } from './useRatings';
import './itis.css';

export function SessionFeedback({ session }: { session: Pick<Session, 'id' | 'format'> }) {
  const t = useT();
  const ratings = useRatings(session.id);
  if (!ratings || ratings.length === 0) return null;
  return (
    <section aria-labelledby="summary-feedback" class="stack itis-feedback">
      <h3 id="summary-feedback">{t('itis.feedback.heading')}</h3>
      {ratings.map((rating) => (
        <RatingDetails key={rating.id} rating={rating} format={session.format} />
      ))}
    </section>
  );
}

/** Every rating on this profile, by session id: one read for a whole list of sessions. */
export function useRatingsBySession(): ReadonlyMap<string, ItisRating[]> {
  const ratings = useRatings();
  return useMemo(() => {
    const out = new Map<string, ItisRating[]>();
    for (const rating of ratings ?? []) out.set(rating.sessionId, [...(out.get(rating.sessionId) ?? []), rating]);
    return out;
  }, [ratings]);
}

export function FeedbackLine({ session, ratings }: { session: Pick<Session, 'format'>; ratings: readonly ItisRating[] | undefined }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  if (!ratings || ratings.length === 0) return null;
  return (
    <span class="itis-line">
      {ratings.map((rating) => (
        <span key={rating.id} class="itis-badge">
          {t('itis.feedback.line', { score: scoreText(t, locale, itisSessionScore(rating, session.format)), rater: rating.rater })}
        </span>
      ))}
    </span>
  );
}
