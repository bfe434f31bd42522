/**
 * IT-IS ratings in a session's detail on the review page: the ratings made so far with their
 * score and band, and "Rate this session", which opens the rating form in place. After saving,
 * focus returns to the button and the saved score is announced.
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { itisSessionScore } from '../../lib/fidelity/itis';
import type { Session } from '../../lib/model';
import { RatingForm } from './RatingForm';
import { RatingDetails } from './RatingDetails';
import { scoreText } from './text';
import { useRatings } from './useRatings';
import './itis.css';

export function SessionRatings({ session }: { session: Pick<Session, 'id' | 'format' | 'status'> }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const ratings = useRatings(session.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);

  return (
    <section class="itis-session stack" aria-labelledby={`itis-heading-${session.id}`}>
      <h3 id={`itis-heading-${session.id}`}>{t('itis.heading')}</h3>
      {ratings === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : ratings.length === 0 ? (
        <p class="muted">{t('itis.noRatings')}</p>
      ) : (
        ratings.map((rating) => <RatingDetails key={rating.id} rating={rating} format={session.format} />)
      )}
      {!open && (
        <div class="row">
          <button
            type="button"
            ref={button}
            onClick={() => {
              setStatus('');
              setOpen(true);
            }}
          >
            {t('itis.rate')}
          </button>
        </div>
      )}
      {open && ratings !== null && (
        <div>
          <RatingForm
            session={session}
            ratings={ratings}
            onClose={(saved) => {
              setOpen(false);
              if (saved) setStatus(t('itis.saved', { score: scoreText(t, locale, itisSessionScore(saved, session.format)) }));
              // The button is back after this render.
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </div>
      )}
      <p role="status" class="itis-status">
        {status}
      </p>
    </section>
  );
}
