import { useT } from '../state/app-store';
import { REVIEW_PERIODS, type ReviewFilter, type ReviewPeriod } from '../../lib/fidelity/trend';
import type { Group } from '../../lib/model';

interface Props {
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
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

/** Group, practitioner and period: plain labelled selects that narrow every part of the page. */
export function ReviewFilters({ filter, onChange, groups, practitioners, practitionerLabel, selectedCount }: Props) {
  const t = useT();
  const value = (e: Event): string => (e.currentTarget as HTMLSelectElement).value;
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
      </div>
      <p role="status" class="review-selected muted">
        {t('review.selected', { count: selectedCount })}
      </p>
    </fieldset>
  );
}
