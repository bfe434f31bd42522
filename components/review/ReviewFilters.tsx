import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n/numbers';
import { message, renderMessage } from '../../lib/i18n/render';
import { REVIEW_PERIODS, type ReviewPeriod } from '../../lib/fidelity/trend';
import { BAND_CHOICES, MISSED_KEY_CHOICES, type ViewFilter } from '../../lib/fidelity/views';
import type { Module } from '../../lib/curriculum/types';
import type { Group } from '../../lib/model';

interface Props {
  filter: ViewFilter;
  onChange: (filter: ViewFilter) => void;
  modules: readonly Module[];
  /** Whose band the band filter means: each session's group or its practitioner. */
  grouping: 'group' | 'practitioner';
  /** Sessions in the list that are excluded from the estimates. */
  excludedCount: number;
  groups: readonly Group[];
  /** Practitioners of ended sessions; '' stands for "not recorded". */
  practitioners: readonly string[];
  practitionerLabel: (practitioner: string) => string;
  /** Ended sessions the filter selects, announced when it changes. */
  selectedCount: number;
}

// Select values: '' is "all"; a practitioner is prefixed so one whose name was not recorded ('') stays selectable.
const ALL = '';
const practitionerValue = (p: string): string => `p:${p}`;
const asPeriod = (v: string): ReviewPeriod => REVIEW_PERIODS.find((p) => p === v) ?? 'all';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Group, practitioner, period, module, dates, band and missed key prompts: plain labelled fields that narrow every part of the page. */
export function ReviewFilters({ filter, onChange, groups, practitioners, practitionerLabel, selectedCount, modules, grouping, excludedCount }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const value = (e: Event): string => (e.currentTarget as HTMLSelectElement).value;
  const day = (e: Event): string | null => {
    const v = (e.currentTarget as HTMLInputElement).value;
    return ISO_DAY.test(v) ? v : null;
  };
  return (
    <fieldset class="review-filters">
      <legend>{t('review.filters')}</legend>
      <div class="row review-filter-fields">
        <label class="field">
          <span>{t('review.filter.group')}</span>
          <select value={filter.groupId ?? ALL} onChange={(e) => onChange({ ...filter, groupId: value(e) === ALL ? null : value(e) })}>
            <option value={ALL}>{t('review.filter.allGroups')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('review.filter.practitioner')}</span>
          <select
            value={filter.practitioner === null ? ALL : practitionerValue(filter.practitioner)}
            onChange={(e) => {
              const v = value(e);
              onChange({ ...filter, practitioner: v === ALL ? null : v.slice(2) });
            }}
          >
            <option value={ALL}>{t('review.filter.allPractitioners')}</option>
            {practitioners.map((p) => (
              <option key={p} value={practitionerValue(p)}>
                {practitionerLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('review.filter.period')}</span>
          <select value={filter.period} onChange={(e) => onChange({ ...filter, period: asPeriod(value(e)) })}>
            {REVIEW_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`review.period.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('views.filter.module')}</span>
          <select value={filter.moduleId ?? ALL} onChange={(e) => onChange({ ...filter, moduleId: value(e) === ALL ? null : value(e) })}>
            <option value={ALL}>{t('views.filter.allModules')}</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.number}. {pick(m.title, locale)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('views.filter.from')}</span>
          <input type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => onChange({ ...filter, from: day(e) })} />
        </label>
        <label class="field">
          <span>{t('views.filter.to')}</span>
          <input type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => onChange({ ...filter, to: day(e) })} />
        </label>
        <label class="field">
          <span>{t('views.filter.band')}</span>
          <select
            value={filter.band ?? ALL}
            onChange={(e) => onChange({ ...filter, band: BAND_CHOICES.find((b) => b === value(e)) ?? null })}
          >
            <option value={ALL}>{t('views.filter.anyBand')}</option>
            {BAND_CHOICES.map((b) => (
              <option key={b} value={b}>
                {t(`views.band.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('views.filter.missedKey')}</span>
          <select
            value={filter.missedKey}
            onChange={(e) => onChange({ ...filter, missedKey: MISSED_KEY_CHOICES.find((m) => m === value(e)) ?? 'any' })}
          >
            {MISSED_KEY_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t(`views.missedKey.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted review-filter-hint">{t('views.filter.coHint', { grouping: t(`views.grouping.${grouping}`) })}</p>
      <p role="status" class="review-selected muted">
        {t('review.selected', { count: formatNumber(selectedCount, locale) })}
        {excludedCount > 0 && <> {renderMessage(message('views.excludedCount', { n: excludedCount }, excludedCount), locale)}</>}
      </p>
    </fieldset>
  );
}
