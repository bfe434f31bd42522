import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import type { FidelityScaleItemId, Prompt } from '../../lib/curriculum/types';
import { SELF_REPORTED_LABEL, fidelityItem } from '../../lib/fidelity/instruments';
import { formatPercent, itemsServedByPrompts, monthLabel, monthlyItemCoverage } from '../../lib/fidelity/trend';
import type { Session } from '../../lib/model';
import { UnverifiedMarker } from './FidelityEstimateTable';
import { TrendChart } from './charts';

interface Props {
  /** Ended sessions in the selection. */
  sessions: readonly Session[];
  prompts: readonly Prompt[];
}

/** For one chosen Fidelity Scale item, the monthly share of sessions with a prompt for it marked done. */
export function ItemTrend({ sessions, prompts }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const items = useMemo(() => itemsServedByPrompts(prompts), [prompts]);
  const [chosen, setChosen] = useState<FidelityScaleItemId | null>(null);
  const itemId = chosen !== null && items.includes(chosen) ? chosen : (items[0] ?? null);
  const rows = useMemo(() => (itemId ? monthlyItemCoverage(sessions, prompts, itemId) : []), [sessions, prompts, itemId]);

  if (itemId === null) return <p>{t('review.trend.noPrompts')}</p>;
  const item = fidelityItem(itemId);
  const title = `${item.number}. ${pick(item.title, locale)}`;

  return (
    <>
      <p>{t('review.trend.intro')}</p>
      <label class="field review-trend-item">
        <span>{t('review.trend.item')}</span>
        <select
          value={itemId}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            setChosen(items.find((id) => id === value) ?? null);
          }}
        >
          {items.map((id) => {
            const option = fidelityItem(id);
            return (
              <option key={id} value={id}>
                {option.number}. {pick(option.title, locale)}
              </option>
            );
          })}
        </select>
      </label>
      {rows.length > 0 && <TrendChart rows={rows} />}
      {rows.length === 0 ? (
        <p>{t('review.noMatch')}</p>
      ) : (
        <table class="review-trend">
          <caption>
            {t('review.trend.caption', { item: title })} · {pick(SELF_REPORTED_LABEL, locale)}
            {!item.anchorsVerified && <UnverifiedMarker />}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('review.trend.month')}</th>
              <th scope="col">{t('review.trend.sessions')}</th>
              <th scope="col">{t('review.trend.offered')}</th>
              <th scope="col">{t('review.trend.covered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month, locale)}</th>
                <td class="review-num">{row.sessions}</td>
                <td class="review-num">{row.offered}</td>
                <td>
                  {row.percent === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span class="visually-hidden">{t('review.estimate.noData')}</span>
                    </>
                  ) : (
                    <div class="review-covered">
                      <span class="review-num">
                        {t('review.trend.coveredValue', {
                          covered: row.covered,
                          sessions: row.sessions,
                          percent: formatPercent(row.percent, locale),
                        })}
                      </span>
                      <span class="review-bar" aria-hidden="true">
                        <span style={{ width: `${Math.min(100, Math.max(0, row.percent))}%` }} />
                      </span>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
