/**
 * The review page's charts, in plain SVG (no chart library: two small charts do not need one, and
 * plain SVG styled by the theme's CSS variables follows light, dark and print without extra code).
 * Meaning is never carried by colour alone: bars carry their value as a label and cells a mark
 * (✓ done, ✗ offered but not done, · not offered), with a hatched pattern for "not done" that
 * survives a black-and-white printer. Each chart is hidden from screen readers because its table
 * holds the same data: the trend's table is always shown; the heat map's is one click away and
 * always in the accessibility tree.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { formatDate, formatIsoDate, pick } from '../../lib/i18n';
import { formatNumber, formatPercent } from '../../lib/i18n/numbers';
import type { FidelityScaleItemId, Prompt } from '../../lib/curriculum/types';
import { fidelityItem } from '../../lib/fidelity/instruments';
import { itemsServedByPrompts, type MonthCoverage } from '../../lib/fidelity/trend';
import { heatMapColumns } from '../../lib/fidelity/views';
import type { ItemCell } from '../../lib/fidelity/session-facts';
import type { Session } from '../../lib/model';

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** The monthly share for one item as bars, labelled with their percentage. */
export function TrendChart({ rows }: { rows: readonly MonthCoverage[] }) {
  const app = useApp();
  const locale = app.locale.value;
  if (rows.length === 0) return null;
  const slot = 44;
  const left = 44;
  const top = 22;
  const height = 140;
  const bottom = 36;
  const width = left + rows.length * slot + 8;
  // With many months, label every nth so labels never overlap.
  const every = Math.max(1, Math.ceil(rows.length / 18));
  const y = (percent: number) => top + height - (percent / 100) * height;
  return (
    <div class="review-chart-wrap">
      <svg class="review-chart" viewBox={`0 0 ${width} ${top + height + bottom}`} width={width} height={top + height + bottom} aria-hidden="true" focusable="false">
        {[0, 50, 100].map((p) => (
          <g key={p}>
            <line class="chart-grid" x1={left} x2={width - 4} y1={y(p)} y2={y(p)} />
            <text class="chart-axis" x={left - 6} y={y(p) + 4} text-anchor="end">
              {formatPercent(p, locale)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const x = left + i * slot + 6;
          const w = slot - 12;
          return (
            <g key={row.month}>
              {row.percent === null ? (
                <text class="chart-none" x={x + w / 2} y={y(0) - 4} text-anchor="middle">
                  –
                </text>
              ) : (
                <>
                  <rect class="chart-bar" x={x} y={y(row.percent)} width={w} height={Math.max(0.5, y(0) - y(row.percent))} />
                  <text class="chart-value" x={x + w / 2} y={y(row.percent) - 4} text-anchor="middle">
                    {formatPercent(row.percent, locale)}
                  </text>
                </>
              )}
              {i % every === 0 && (
                <text class="chart-axis" x={x + w / 2} y={top + height + 16} text-anchor="middle">
                  {formatDate(monthDate(row.month), locale, { month: 'short', timeZone: 'UTC' })}
                  <tspan x={x + w / 2} dy="13">
                    {formatDate(monthDate(row.month), locale, { year: 'numeric', timeZone: 'UTC' })}
                  </tspan>
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Sessions per page of the heat map. */
export const HEAT_PAGE = 20;

const MARK: Record<ItemCell, string> = { done: '✓', missed: '✗', 'not-offered': '·' };
const CELL_KEY = { done: 'views.heat.done', missed: 'views.heat.missed', 'not-offered': 'views.heat.notOffered' } as const;

/** Items (rows) by session (columns), a page of sessions at a time, with its table. */
export function ItemHeatMap({ sessions, prompts }: { sessions: readonly Session[]; prompts: readonly Prompt[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [page, setPage] = useState(0);
  const [showTable, setShowTable] = useState(false);
  const items: FidelityScaleItemId[] = useMemo(() => itemsServedByPrompts(prompts), [prompts]);
  const pages = Math.max(1, Math.ceil(sessions.length / HEAT_PAGE));
  const current = Math.min(page, pages - 1);
  // `sessions` is newest first: page 0 holds the newest; within a page, oldest on the left.
  const start = current * HEAT_PAGE;
  const columns = useMemo(() => heatMapColumns(sessions.slice(start, start + HEAT_PAGE).reverse(), prompts), [sessions, start, prompts]);
  if (items.length === 0 || columns.length === 0) return null;

  const left = 250;
  const cell = 28;
  const top = 50;
  const width = left + columns.length * cell + 4;
  const height = top + items.length * cell + 4;
  const shortDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(new Date(`${iso}T00:00:00Z`), locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }) : iso);
  const itemLabel = (id: FidelityScaleItemId) => {
    const item = fidelityItem(id);
    return `${item.number}. ${pick(item.title, locale)}`;
  };
  const caption = t('views.heat.caption', {
    from: formatNumber(sessions.length - (start + columns.length) + 1, locale),
    to: formatNumber(sessions.length - start, locale),
    total: formatNumber(sessions.length, locale),
  });

  return (
    <div class="stack">
      <p>{t('views.heat.intro')}</p>
      <ul class="review-legend-row plain" aria-hidden="true">
        {(['done', 'missed', 'not-offered'] as const).map((c) => (
          <li key={c}>
            <span class={`heat-swatch heat-swatch-${c}`}>{MARK[c]}</span> {t(CELL_KEY[c])}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {t('views.heat.older')}
        </button>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('views.heat.newer')}
        </button>
        <button type="button" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
          {t(showTable ? 'views.heat.hideTable' : 'views.heat.showTable')}
        </button>
      </div>
      <div class="review-chart-wrap">
        <svg class="review-chart review-heat" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
          <defs>
            <pattern id="heat-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="heat-hatch-bg" width="6" height="6" />
              <line class="heat-hatch-line" x1="0" y1="0" x2="0" y2="6" />
            </pattern>
          </defs>
          {columns.map((col, c) => (
            <text key={col.session.id} class="chart-axis" transform={`translate(${left + c * cell + cell / 2 + 4} ${top - 6}) rotate(-60)`}>
              {shortDate(col.session.date)}
            </text>
          ))}
          {items.map((id, r) => (
            <g key={id}>
              <text class="chart-axis chart-item" x={left - 8} y={top + r * cell + cell / 2 + 4} text-anchor="end">
                {itemLabel(id)}
              </text>
              {columns.map((col, c) => {
                const value = col.cells[id];
                const x = left + c * cell;
                const y = top + r * cell;
                return (
                  <g key={col.session.id}>
                    <rect class={`heat-cell heat-${value}`} x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} rx="3" fill={value === 'missed' ? 'url(#heat-hatch)' : undefined} />
                    <text class={`heat-mark heat-mark-${value}`} x={x + cell / 2} y={y + cell / 2 + 5} text-anchor="middle">
                      {MARK[value]}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <div class={showTable ? 'review-scroll' : 'visually-hidden'}>
        <table class="review-heat-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.heat.item')}</th>
              {columns.map((col) => (
                <th key={col.session.id} scope="col">
                  {formatIsoDate(col.session.date, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((id) => (
              <tr key={id}>
                <th scope="row">{itemLabel(id)}</th>
                {columns.map((col) => (
                  <td key={col.session.id}>
                    <span aria-hidden="true">{MARK[col.cells[id]]} </span>
                    {t(CELL_KEY[col.cells[id]])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
