/**
 * The IT-IS rating form for one session: the 16 items in the scale's order, each a group of
 * radios from 1 to 5 labelled with the score's band, plus "Not rated", and a comment per item;
 * group-only items are marked not applicable for an individual session, and the three optional
 * items say they are rated only when that part of the curriculum was delivered (unrated by
 * default, like every item: the rater chooses). Saving writes a new rating, or edits the rating
 * this rater already made of the session.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { NOTE_LINE_MAX, NOTE_MAX, SHORT_TEXT_MAX } from '../../lib/limits';
import { ITIS_BAND_LABELS, ITIS_CATEGORY_LABELS, ITIS_ITEMS, itisBand, RATINGS, type ItisCategory, type Rating } from '../../lib/fidelity/instruments';
import { itisItemApplies, itisSessionScore, ownRatingBy, type ItisRating } from '../../lib/fidelity/itis';
import type { ItisItemId } from '../../lib/curriculum/types';
import type { Session } from '../../lib/model';
import { basisText, ratedByText, scoreText } from './text';

const CATEGORIES: readonly ItisCategory[] = ['core', 'group', 'optional'];
const NUMBER = new Map(ITIS_ITEMS.map((item, i) => [item.id, i + 1]));

interface Props {
  session: Pick<Session, 'id' | 'format'>;
  /** The session's ratings on this profile, to find the rater's own. */
  ratings: readonly ItisRating[];
  /** Called after a save (with the rating) or on cancel (without). */
  onClose: (saved?: ItisRating) => void;
}

interface Draft {
  scores: Partial<Record<ItisItemId, Rating>>;
  itemComments: Partial<Record<ItisItemId, string>>;
  comment: string;
}

const EMPTY: Draft = { scores: {}, itemComments: {}, comment: '' };

function draftOf(rating: ItisRating | undefined): Draft {
  if (!rating) return EMPTY;
  return { scores: { ...rating.scores }, itemComments: { ...(rating.itemComments ?? {}) }, comment: rating.comment };
}

export function RatingForm({ session, ratings, onClose }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [rater, setRater] = useState(app.settings.value.practitioner);
  const existing = ownRatingBy(ratings, session.id, rater);
  // The rater's earlier rating fills the form once, when the form opens.
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const idBase = `itis-${session.id}`;

  useEffect(() => heading.current?.focus(), []);

  const applicable = (id: ItisItemId) => {
    const item = ITIS_ITEMS.find((i) => i.id === id);
    return !!item && itisItemApplies(item, session.format);
  };

  /** Only what applies to this session's format goes into the rating. */
  function toRating(id: string): ItisRating {
    const scores: ItisRating['scores'] = {};
    const itemComments: NonNullable<ItisRating['itemComments']> = {};
    for (const item of ITIS_ITEMS) {
      if (!applicable(item.id)) continue;
      const score = draft.scores[item.id];
      if (score !== undefined) scores[item.id] = score;
      const note = draft.itemComments[item.id]?.trim();
      if (note) itemComments[item.id] = note;
    }
    return { id, sessionId: session.id, rater: rater.trim(), ratedAt: app.now(), scores, comment: draft.comment.trim(), itemComments };
  }

  const preview = useMemo(() => itisSessionScore(toRating('preview'), session.format), [draft, session.format]);

  async function save(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (!rater.trim()) {
      setError(t('itis.form.needRater'));
      return;
    }
    if (preview.ratedItems.length === 0) {
      setError(t('itis.form.needScore'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const rating = toRating(existing?.id ?? newId('itis'));
      await app.repo.putItisRating(rating);
      // A supervisor who never set a name rates under the same one next time.
      if (!app.settings.value.practitioner.trim()) await app.updateSettings({ practitioner: rating.rater });
      onClose(rating);
    } catch (err) {
      app.report(err);
    } finally {
      setBusy(false);
    }
  }

  const setScore = (id: ItisItemId, value: Rating | null) =>
    setDraft((d) => {
      const scores = { ...d.scores };
      if (value === null) delete scores[id];
      else scores[id] = value;
      return { ...d, scores };
    });

  return (
    <form class="itis-form stack" aria-labelledby={`${idBase}-title`} onSubmit={(e) => void save(e)} noValidate>
      <h4 id={`${idBase}-title`} tabIndex={-1} ref={heading}>
        {t('itis.form.title')}
      </h4>
      <p class="muted">{t('itis.form.intro')}</p>
      <label class="field itis-rater">
        {t('itis.form.rater')}
        <input type="text" required maxLength={SHORT_TEXT_MAX} autocomplete="name" value={rater} onInput={(e) => setRater((e.target as HTMLInputElement).value)} />
      </label>
      {existing && <p class="notice">{t('itis.form.editing', { rated: ratedByText(t, locale, existing) })}</p>}

      {CATEGORIES.map((category) => {
        const items = ITIS_ITEMS.filter((item) => item.category === category);
        const notApplicable = category === 'group' && session.format === 'individual';
        return (
          <section key={category} class="stack itis-category" aria-labelledby={`${idBase}-${category}`}>
            <h5 id={`${idBase}-${category}`}>{pick(ITIS_CATEGORY_LABELS[category], locale)}</h5>
            {notApplicable ? (
              <>
                <p class="muted">{t('itis.form.groupOnlyNa')}</p>
                <ul class="itis-na">
                  {items.map((item) => (
                    <li key={item.id}>
                      {NUMBER.get(item.id)}. {pick(item.title, locale)} <span class="muted">({t('itis.form.notApplicable')})</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                {category === 'optional' && <p class="muted">{t('itis.form.optionalHint')}</p>}
                {items.map((item) => {
                  const name = `${idBase}-${item.id}`;
                  const current = draft.scores[item.id] ?? null;
                  return (
                    <fieldset key={item.id} class="itis-item" aria-describedby={`${name}-desc`}>
                      <legend>
                        {NUMBER.get(item.id)}. {pick(item.title, locale)}
                        {category === 'optional' && <span class="itis-optional"> ({t('itis.form.optional')})</span>}
                      </legend>
                      <p id={`${name}-desc`} class="muted itis-description">
                        {pick(item.description, locale)}
                      </p>
                      <div class="itis-scale">
                        <label class="check itis-choice">
                          <input type="radio" name={name} value="" checked={current === null} onChange={() => setScore(item.id, null)} />
                          {t('itis.form.notRated')}
                        </label>
                        {RATINGS.map((value) => (
                          <label key={value} class="check itis-choice">
                            <input type="radio" name={name} value={String(value)} checked={current === value} onChange={() => setScore(item.id, value)} />
                            <span class="itis-value">{value}</span> {pick(ITIS_BAND_LABELS[itisBand(value)], locale)}
                          </label>
                        ))}
                      </div>
                      <label class="field">
                        {t('itis.form.itemComment', { item: pick(item.title, locale) })}
                        <textarea
                          rows={2}
                          maxLength={NOTE_LINE_MAX}
                          value={draft.itemComments[item.id] ?? ''}
                          onInput={(e) => {
                            const value = (e.target as HTMLTextAreaElement).value;
                            setDraft((d) => ({ ...d, itemComments: { ...d.itemComments, [item.id]: value } }));
                          }}
                        />
                      </label>
                    </fieldset>
                  );
                })}
              </>
            )}
          </section>
        );
      })}

      <label class="field">
        {t('itis.form.comment')}
        <textarea rows={4} maxLength={NOTE_MAX} value={draft.comment} onInput={(e) => setDraft((d) => ({ ...d, comment: (e.target as HTMLTextAreaElement).value }))} />
      </label>
      <p class="itis-preview">
        <strong>{scoreText(t, locale, preview)}</strong>
        {preview.ratedItems.length > 0 && <span class="muted"> · {basisText(t, locale, preview)}</span>}
      </p>
      {error && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('itis.form.saving') : t('itis.form.save')}
        </button>
        <button type="button" onClick={() => onClose()}>
          {t('itis.form.cancel')}
        </button>
      </div>
    </form>
  );
}
