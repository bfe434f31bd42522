/**
 * Wording for IT-IS ratings in the reader's language: a score with its band, who rated and when,
 * and a feedback import's result or problem. Numbers and dates go through Intl (lib/i18n).
 */
import type { Locale, Translate } from '../../lib/i18n';
import { formatDate, pick } from '../../lib/i18n';
import { formatList, formatMean } from '../../lib/i18n/numbers';
import { ITIS_BAND_LABELS, ITIS_ITEMS } from '../../lib/fidelity/instruments';
import type { ItisRating, ItisSessionScore } from '../../lib/fidelity/itis';
import type { ItisItemId } from '../../lib/curriculum/types';
import { fileProblemText } from '../supervision/text';
import type { FeedbackOutcome } from '../../lib/feedback/import';
import { FEEDBACK_VERSION } from '../../lib/feedback/format';
import { plural, type ProblemText } from '../privacy/backup-text';

/** "IT-IS 3.45 · Satisfactory", or that nothing applicable was rated. */
export function scoreText(t: Translate, locale: Locale, score: ItisSessionScore): string {
  if (score.score === null || score.band === null) return t('itis.scoreNone');
  return t('itis.score', { score: formatMean(score.score, locale), band: pick(ITIS_BAND_LABELS[score.band], locale) });
}

/** "Rated by B. Visser on 2 May 2024, 09:30". */
export function ratedByText(t: Translate, locale: Locale, rating: ItisRating): string {
  return t('itis.ratedBy', { rater: rating.rater, date: formatDate(new Date(rating.ratedAt), locale, { dateStyle: 'medium', timeStyle: 'short' }) });
}

const ITEM_NUMBER = new Map(ITIS_ITEMS.map((item, i) => [item.id, { item, number: i + 1 }]));

/** "5. Action plan review": the item's place on the scale and its title. */
export function itemLabel(id: ItisItemId | string, locale: Locale): string {
  const found = ITEM_NUMBER.get(id as ItisItemId);
  return found ? `${found.number}. ${pick(found.item.title, locale)}` : id;
}

/** "12 items rated; not rated: 4. Goal setting and follow-up and 7. Involvement of significant others". */
export function basisText(t: Translate, locale: Locale, score: ItisSessionScore): string {
  const rated = plural(t, locale, { one: 'itis.itemsRated.one', other: 'itis.itemsRated.other' }, score.ratedItems.length);
  if (score.missingItems.length === 0) return rated;
  return `${rated}; ${t('itis.missing', { items: formatList(score.missingItems.map((id) => itemLabel(id, locale)), locale) })}`;
}

type Failure = Extract<FeedbackOutcome, { ok: false }>['problem'];

export function feedbackProblemText(t: Translate, locale: Locale, file: string, problem: Failure): ProblemText {
  return fileProblemText(t, locale, file, problem, { wrongKind: 'itis.problem.wrongKind', supported: FEEDBACK_VERSION });
}

export function feedbackDoneText(t: Translate, locale: Locale, outcome: Extract<FeedbackOutcome, { ok: true }>): string {
  const n = (value: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
  const c = outcome.counts;
  const done = t('itis.import.done', {
    file: outcome.name,
    rater: outcome.rater,
    date: formatDate(new Date(outcome.exportedAt), locale, { dateStyle: 'medium', timeStyle: 'short' }),
    added: n(c.added),
    updated: n(c.updated),
    skipped: n(c.skipped),
  });
  if (c.notHere === 0) return done;
  return `${done} ${plural(t, locale, { one: 'itis.import.notHere.one', other: 'itis.import.notHere.other' }, c.notHere)}`;
}
