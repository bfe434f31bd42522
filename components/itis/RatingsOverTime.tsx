/**
 * IT-IS ratings per practitioner over time, on the review page: for each practitioner a small
 * table (session date, session, rater, score, band), oldest first, and their mean session score.
 * These are observers' ratings, not self-reported estimates. The sessions shown follow the page's
 * filters.
 */
import { useMemo } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { formatIsoDate, pick } from '../../lib/i18n';
import { formatMean } from '../../lib/i18n/numbers';
import { ITIS_BAND_LABELS } from '../../lib/fidelity/instruments';
import { itisSessionScore, itisSummary, type ItisRating } from '../../lib/fidelity/itis';
import type { Module } from '../../lib/curriculum/types';
import type { Session } from '../../lib/model';
import { plural } from '../privacy/backup-text';
import { useRatings } from './useRatings';
import './itis.css';

interface Props {
  sessions: readonly Session[];
  modules: readonly Module[];
  groupLabel: (groupId: string) => string;
  practitionerLabel: (practitioner: string) => string;
}

interface Row {
  rating: ItisRating;
  session: Session;
}

export function RatingsOverTime({ sessions, modules, groupLabel, practitionerLabel }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const ratings = useRatings();
  const moduleById = useMemo(() => new Map(modules.map((m) => [m.id, m])), [modules]);

  const byPractitioner = useMemo(() => {
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const out = new Map<string, Row[]>();
    for (const rating of ratings ?? []) {
      const session = sessionById.get(rating.sessionId);
      if (!session) continue;
      const rows = out.get(session.practitioner) ?? [];
      rows.push({ rating, session });
      out.set(session.practitioner, rows);
    }
    for (const rows of out.values()) rows.sort((a, b) => a.session.date.localeCompare(b.session.date) || a.rating.ratedAt - b.rating.ratedAt);
    return [...out.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [ratings, sessions]);

  if (ratings === null) return <p class="muted">{t('app.loading')}</p>;
  if (byPractitioner.length === 0) return <p class="muted">{t('itis.overview.none')}</p>;

  return (
    <div class="stack">
      {byPractitioner.map(([practitioner, rows]) => {
        const formats = new Map(rows.map((r) => [r.session.id, r.session.format]));
        const summary = itisSummary(
          rows.map((r) => r.rating),
          (id) => formats.get(id),
        );
        const name = practitionerLabel(practitioner);
        return (
          <div key={practitioner} class="review-scroll" role="region" aria-label={t('itis.overview.caption', { practitioner: name })} tabIndex={0}>
            <table class="itis-over-time">
              <caption>{t('itis.overview.caption', { practitioner: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.date')}</th>
                  <th scope="col">{t('itis.overview.session')}</th>
                  <th scope="col">{t('itis.overview.rater')}</th>
                  <th scope="col">{t('itis.overview.score')}</th>
                  <th scope="col">{t('itis.overview.band')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ rating, session }) => {
                  const score = itisSessionScore(rating, session.format);
                  const module = moduleById.get(session.moduleId);
                  return (
                    <tr key={rating.id}>
                      <th scope="row">{formatIsoDate(session.date, locale)}</th>
                      <td>
                        {groupLabel(session.groupId)} ·{' '}
                        {t('review.moduleSession', { module: module ? `${module.number}. ${pick(module.title, locale)}` : session.moduleId, n: session.sessionNumber })}
                      </td>
                      <td>{rating.rater}</td>
                      <td class="review-num">{score.score === null ? '–' : formatMean(score.score, locale)}</td>
                      <td>{score.band === null ? t('itis.scoreNone') : pick(ITIS_BAND_LABELS[score.band], locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
              {summary.mean !== null && summary.band !== null && (
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {plural(t, locale, { one: 'itis.overview.mean.one', other: 'itis.overview.mean.other' }, summary.ratings)}
                    </th>
                    <td class="review-num">{formatMean(summary.mean, locale)}</td>
                    <td>{pick(ITIS_BAND_LABELS[summary.band], locale)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        );
      })}
    </div>
  );
}
