/**
 * One IT-IS rating as a supervisor or the practitioner reads it: the score and band, who rated and
 * when, which expected items were left out, each rated item with its comment, and the overall
 * comment. Comments are rendered as text, never as markup.
 */
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { ITIS_BAND_LABELS, ITIS_ITEMS, itisBand } from '../../lib/fidelity/instruments';
import { itisItemApplies, itisSessionScore, type ItisRating } from '../../lib/fidelity/itis';
import type { SessionFormat } from '../../lib/curriculum/types';
import { basisText, itemLabel, ratedByText, scoreText } from './text';

export function RatingDetails({ rating, format, headingLevel = 4 }: { rating: ItisRating; format: SessionFormat; headingLevel?: 3 | 4 | 5 }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const score = itisSessionScore(rating, format);
  const rows = ITIS_ITEMS.filter((item) => itisItemApplies(item, format)).filter(
    (item) => rating.scores[item.id] !== undefined || (rating.itemComments?.[item.id] ?? '').trim() !== '',
  );
  const Heading = `h${headingLevel}` as 'h4';
  return (
    <article class="itis-rating stack">
      <Heading class="itis-score">{scoreText(t, locale, score)}</Heading>
      <p class="muted">
        {ratedByText(t, locale, rating)} · {basisText(t, locale, score)}
      </p>
      {rows.length > 0 && (
        <table class="itis-items">
          <caption class="visually-hidden">{t('itis.itemsCaption', { rater: rating.rater })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('itis.item')}</th>
              <th scope="col">{t('itis.rating')}</th>
              <th scope="col">{t('itis.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => {
              const value = rating.scores[item.id];
              return (
                <tr key={item.id}>
                  <th scope="row">{itemLabel(item.id, locale)}</th>
                  <td class="itis-cell-score">
                    {value === undefined ? <span class="muted">{t('itis.form.notRated')}</span> : `${value} · ${pick(ITIS_BAND_LABELS[itisBand(value)], locale)}`}
                  </td>
                  <td class="itis-comment">{rating.itemComments?.[item.id] ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rating.comment.trim() !== '' && (
        <div>
          <strong>{t('itis.form.comment')}</strong>
          <p class="itis-comment">{rating.comment}</p>
        </div>
      )}
    </article>
  );
}
