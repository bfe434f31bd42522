import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick, type Locale, type Translate } from '../../lib/i18n';
import {
  FIDELITY_BAND_LABELS,
  FIDELITY_SCALE,
  SELF_REPORTED_LABEL,
  UNVERIFIED_ANCHORS_LABEL,
  fidelityItem,
} from '../../lib/fidelity/instruments';
import type { FidelityEstimate, FidelitySummary, KeyedFidelityEstimate } from '../../lib/fidelity/scoring';
import { evidenceFor } from '../../lib/fidelity/evidence';
import type { FidelityScaleItemId, Prompt } from '../../lib/curriculum/types';
import { formatMean, formatNumber, formatPercent } from '../../lib/i18n/numbers';
import { message, renderMessage } from '../../lib/i18n/render';

export type EstimateGrouping = 'group' | 'practitioner';

interface Props {
  grouping: EstimateGrouping;
  onGrouping: (grouping: EstimateGrouping) => void;
  keyed: readonly KeyedFidelityEstimate[];
  keyLabel: (key: string) => string;
}

/** The figure a rating follows from: largest session, topic areas, or a percentage. */
export function estimateValueText(estimate: FidelityEstimate, t: Translate, locale: Locale): string | null {
  if (estimate.value === null) return null;
  const rule = fidelityItem(estimate.itemId).rule;
  if (rule === 'count') return t('review.estimate.largest', { n: estimate.value });
  if (rule === 'topics') return t('review.estimate.topics', { n: estimate.value });
  return formatPercent(estimate.value, locale);
}

/** "—" for no data, visible, with the words for screen readers. */
function NoData() {
  const t = useT();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{t('review.estimate.noData')}</span>
    </>
  );
}

/** Text marker for items whose anchors the reference could not confirm (explained in the legend). */
export function UnverifiedMarker() {
  const t = useT();
  return (
    <span class="review-marker">
      <span aria-hidden="true">†</span>
      <span class="visually-hidden"> ({t('review.unverified')})</span>
    </span>
  );
}

/** The prompts and record fields that feed an item (lib/fidelity/evidence.ts), in the reader's language. */
export function FedBy({ itemId }: { itemId: FidelityScaleItemId }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const evidence = evidenceFor(itemId);
  const library = new Map<string, Prompt>(app.curriculum.value.prompts.map((p) => [p.id, p]));
  const prompts = evidence.prompts.flatMap((id) => {
    const prompt = library.get(id);
    return prompt ? [prompt.text] : [];
  });
  return (
    <div class="review-fed-by">
      <p class="muted">
        <strong>{t('fidelity.fedBy')}:</strong>{' '}
        {prompts.length > 0 && renderMessage(message('fidelity.fedBy.prompts', { list: { list: prompts } }), locale)}{' '}
        {evidence.fields.length > 0 &&
          renderMessage(
            message('fidelity.fedBy.fields', { list: { list: evidence.fields.map((f) => t(`fidelity.field.${f}`)) } }),
            locale,
          )}
      </p>
    </div>
  );
}

/**
 * The band, only for a complete estimate. A mean over fewer than 13 items is not comparable with
 * an official total, so instead of a band the cell says how many items the mean covers and why the
 * others are missing.
 */
function BandCell({ summary }: { summary: FidelitySummary }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  if (summary.band !== null) {
    return (
      <td>
        <span class={`review-band band-${summary.band}`}>{pick(FIDELITY_BAND_LABELS[summary.band], locale)}</span>
      </td>
    );
  }
  if (summary.ratedItems === 0) {
    return (
      <td>
        <span class="muted">{t('review.estimate.noBand')}</span>
      </td>
    );
  }
  return (
    <td class="review-no-band">
      <span>{t('review.estimate.noBandPartial', { n: summary.ratedItems })}</span>
      <details class="review-basis">
        <summary>{renderMessage(message('review.estimate.missing', { n: summary.missing.length }, summary.missing.length), locale)}</summary>
        <ul>
          {summary.missing.map((m) => (
            <li key={m.itemId}>
              <strong>
                {fidelityItem(m.itemId).number}. {pick(fidelityItem(m.itemId).title, locale)}
              </strong>
              : {renderMessage(m.reason, locale)}
            </li>
          ))}
        </ul>
      </details>
    </td>
  );
}

function EstimateCell({ estimate }: { estimate: FidelityEstimate | undefined }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  if (!estimate) {
    return (
      <td>
        <NoData />
      </td>
    );
  }
  const value = estimateValueText(estimate, t, locale);
  return (
    <td class="review-estimate">
      <span class="review-rating">
        {estimate.rating === null ? (
          <NoData />
        ) : (
          <>
            {estimate.rating}
            <span class="visually-hidden"> {t('review.estimate.outOf')}</span>
          </>
        )}
      </span>
      {value !== null && <span class="review-value">{value}</span>}
      <details class="review-basis">
        <summary>{t('review.estimate.basis')}</summary>
        <p>{renderMessage(estimate.basis.description, locale)}</p>
        <FedBy itemId={estimate.itemId} />
        <p class="muted">
          {t('review.estimate.basisCounts', { sessions: estimate.basis.sessions, participants: estimate.basis.participants })}
        </p>
        {estimate.cuts && (
          <p class="muted">{t('review.estimate.cuts', { cuts: estimate.cuts.map((c) => formatPercent(c, locale)).join(' · ') })}</p>
        )}
      </details>
    </td>
  );
}

/** Fidelity Scale estimate per group or per practitioner: items as rows, one column per key. */
/**
 * Columns shown at once. A programme with 250 groups would otherwise get a table of 250 columns:
 * unreadable, and slow to draw on every change of selection.
 */
export const COLUMNS_PAGE = 12;

export function FidelityEstimateTable({ grouping, onGrouping, keyed: allKeyed, keyLabel }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [start, setStart] = useState(0);
  const first = allKeyed.length === 0 ? 0 : Math.min(start, Math.floor((allKeyed.length - 1) / COLUMNS_PAGE) * COLUMNS_PAGE);
  const keyed = allKeyed.slice(first, first + COLUMNS_PAGE);
  const caption = `${t(grouping === 'group' ? 'review.estimate.captionGroup' : 'review.estimate.captionPractitioner')} · ${pick(SELF_REPORTED_LABEL, locale)}`;
  const incomplete = keyed.some((k) => k.summary.mean !== null && !k.summary.complete);

  return (
    <>
      <div class="row" role="group" aria-label={t('review.estimate.show')}>
        <button type="button" aria-pressed={grouping === 'group'} onClick={() => onGrouping('group')}>
          {t('review.estimate.byGroup')}
        </button>
        <button type="button" aria-pressed={grouping === 'practitioner'} onClick={() => onGrouping('practitioner')}>
          {t('review.estimate.byPractitioner')}
        </button>
      </div>
      {keyed.length === 0 ? (
        <p>{t('review.estimate.empty')}</p>
      ) : (
        <>
          {allKeyed.length > COLUMNS_PAGE && (
            <div class="row" role="group" aria-label={t('review.columns.label')}>
              <button type="button" disabled={first === 0} onClick={() => setStart(Math.max(0, first - COLUMNS_PAGE))}>
                {t('review.columns.previous')}
              </button>
              <span>
                {t('review.columns.shown', {
                  from: formatNumber(first + 1, locale),
                  to: formatNumber(first + keyed.length, locale),
                  total: formatNumber(allKeyed.length, locale),
                })}
              </span>
              <button type="button" disabled={first + COLUMNS_PAGE >= allKeyed.length} onClick={() => setStart(first + COLUMNS_PAGE)}>
                {t('review.columns.next')}
              </button>
            </div>
          )}
          {/* Focusable so keyboard users can scroll a table wider than the window. */}
          <div class="review-scroll" role="region" aria-label={caption} tabIndex={0}>
            <table class="review-estimates">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.estimate.item')}</th>
                  {keyed.map((k) => (
                    <th scope="col" key={k.key}>
                      {keyLabel(k.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {FIDELITY_SCALE.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <span class="review-item-number">{item.number}.</span> {pick(item.title, locale)}
                      {!item.anchorsVerified && <UnverifiedMarker />}
                    </th>
                    {keyed.map((k) => (
                      <EstimateCell key={k.key} estimate={k.estimates.find((e) => e.itemId === item.id)} />
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('review.estimate.mean')}</th>
                  {keyed.map((k) => (
                    <td key={k.key} class="review-mean">
                      {k.summary.mean === null ? (
                        <NoData />
                      ) : k.summary.complete ? (
                        formatMean(k.summary.mean, locale)
                      ) : (
                        t('review.estimate.meanPartial', { mean: formatMean(k.summary.mean, locale), n: k.summary.ratedItems })
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('review.estimate.band')}</th>
                  {keyed.map((k) => (
                    <BandCell key={k.key} summary={k.summary} />
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('review.estimate.rated')}</th>
                  {keyed.map((k) => (
                    <td key={k.key}>{t('review.estimate.ratedCount', { n: k.summary.ratedItems })}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <ul class="review-legend muted">
            <li>{t('review.estimate.legendNoData')}</li>
            <li>
              <span aria-hidden="true">† </span>
              {pick(UNVERIFIED_ANCHORS_LABEL, locale)}
            </li>
            <li>{t('review.estimate.legendBands')}</li>
            {incomplete && <li>{t('review.estimate.legendIncomplete')}</li>}
          </ul>
        </>
      )}
    </>
  );
}
