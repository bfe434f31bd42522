/**
 * Supervisor review: fidelity estimates per group or practitioner, one item followed over time, and
 * the ended sessions with their prompt coverage and prompt notes. Everything rests on the
 * practitioners' own prompted notes, so it is labelled a self-reported estimate throughout
 * (they are not official ratings). The logic lives in lib/fidelity (scoring.ts, trend.ts); this renders.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { isoDate } from '../../lib/ids';
import { SELF_REPORTED_EXPLANATION } from '../../lib/fidelity/instruments';
import { estimateBy } from '../../lib/fidelity/scoring';
import { groupsInScope } from '../../lib/fidelity/trend';
import { NO_VIEW_FILTER, bandByKey, facilitatorIndex, inBand, listSessions, practitionerChoices, type ViewFilter } from '../../lib/fidelity/views';
import { DEFAULT_EXCLUSION_REASON, EXCLUSION_REASONS, splitExcluded, type ExclusionReason } from '../../lib/fidelity/exclusions';
import { formatIsoDate } from '../../lib/i18n';
import type { Session } from '../../lib/model';
import { ReviewFilters } from './ReviewFilters';
import type { ReviewData } from './useReviewData';
import { useRemembered } from './useEstimates';
import { FidelityEstimateTable, type EstimateGrouping } from './FidelityEstimateTable';
import { ItemTrend } from './ItemTrend';
import { SessionsTable } from './SessionsTable';
import { RatingsOverTime } from '../itis/RatingsOverTime';
import { ExportFeedback } from '../itis/ExportFeedback';
import { Exports } from './Exports';
import { useExclusions } from './useExclusions';
import { useWarmFacts } from './useWarmFacts';
import { ItemHeatMap } from './charts';
import { GroupView, PractitionerView } from './PeopleViews';

export function ReviewBody({ data }: { data: ReviewData }) {
  const app = useApp();
  const t = useT();
  const curriculum = app.curriculum.value;
  const locale = app.locale.value;
  const [filter, setFilter] = useState<ViewFilter>(NO_VIEW_FILTER);
  const [grouping, setGrouping] = useState<EstimateGrouping>('group');
  const [reason, setReason] = useState<ExclusionReason>(DEFAULT_EXCLUSION_REASON);
  const [announcement, setAnnouncement] = useState('');
  const exclusions = useExclusions();
  useWarmFacts(data.sessions, curriculum.prompts);
  const today = isoDate(data.loadedAt);

  const groupNames = useMemo(() => new Map(data.groups.map((g) => [g.id, g.name])), [data.groups]);
  const groupLabel = (id: string) => groupNames.get(id) ?? t('review.unknownGroup');
  const practitionerLabel = (p: string) => (p === '' ? t('review.noPractitioner') : p);
  // Built once per list of groups and sessions: filters then cost one pass, never sessions × groups.
  const facilitators = useMemo(() => facilitatorIndex(data.groups), [data.groups]);
  const participantsById = useMemo(() => new Map(data.participants.map((p) => [p.id, p])), [data.participants]);
  const practitioners = useMemo(() => practitionerChoices(data.sessions, facilitators), [data.sessions, facilitators]);
  const anyEnded = useMemo(() => data.sessions.some((s) => s.status === 'ended'), [data.sessions]);
  // Every filter but the band, excluded sessions included: the list shows them, marked.
  const listed = useMemo(
    () => listSessions(data.sessions, filter, { today, prompts: curriculum.prompts, facilitators }),
    [data.sessions, filter, today, curriculum.prompts, facilitators],
  );
  const split = useMemo(() => splitExcluded(listed, exclusions.map), [listed, exclusions.map]);
  // The band filter needs the estimates of what the other filters select. Remembered per
  // selection: going back to a group or to all groups answers at once, even with 10,000 sessions.
  const keyedAll = useRemembered(
    `${grouping}|${JSON.stringify({ ...filter, band: null })}`,
    () =>
      estimateBy(grouping, {
        groups: groupsInScope(data.groups, split.included, filter),
        participants: data.participants,
        sessions: split.included,
        modules: curriculum.modules,
        prompts: curriculum.prompts,
        now: data.loadedAt,
      }),
    [data, curriculum, exclusions.map],
  );
  const bands = useMemo(() => bandByKey(keyedAll), [keyedAll]);
  const keyed = useMemo(() => (filter.band === null ? keyedAll : keyedAll.filter((k) => bands.get(k.key) === filter.band)), [keyedAll, bands, filter.band]);
  const selected = useMemo(() => inBand(split.included, bands, grouping, filter.band), [split.included, bands, grouping, filter.band]);
  const excludedListed = useMemo(() => inBand(split.excluded, bands, grouping, filter.band), [split.excluded, bands, grouping, filter.band]);
  const shownList = useMemo(() => (filter.band === null ? listed : inBand(listed, bands, grouping, filter.band)), [listed, bands, grouping, filter.band]);

  const onExclude = (session: Session, why: ExclusionReason) => {
    setAnnouncement(t('views.announce.excluded', { date: formatIsoDate(session.date, locale), reason: t(`views.reason.${why}`) }));
    void exclusions.exclude(session.id, why);
  };
  const onInclude = (session: Session) => {
    setAnnouncement(t('views.announce.included', { date: formatIsoDate(session.date, locale) }));
    void exclusions.include(session.id);
  };
  const emptyText = anyEnded ? t('review.noMatch') : t('review.empty');

  return (
    <>
      <ReviewFilters
        filter={filter}
        onChange={setFilter}
        groups={data.groups}
        practitioners={practitioners}
        practitionerLabel={practitionerLabel}
        selectedCount={selected.length}
        modules={curriculum.modules}
        grouping={grouping}
        excludedCount={excludedListed.length}
      />
      <Exports sessions={selected} groups={data.groups} filter={filter} grouping={grouping} keyed={keyed} />

      <section aria-labelledby="review-estimate-heading" class="stack">
        <h2 id="review-estimate-heading">{t('review.estimate.heading')}</h2>
        <p>{t('review.estimate.intro')}</p>
        <FidelityEstimateTable
          grouping={grouping}
          onGrouping={setGrouping}
          keyed={keyed}
          keyLabel={grouping === 'group' ? groupLabel : practitionerLabel}
        />
      </section>

      <section aria-labelledby="review-trend-heading" class="stack">
        <h2 id="review-trend-heading">{t('review.trend.heading')}</h2>
        {selected.length === 0 ? <p>{emptyText}</p> : <ItemTrend sessions={selected} prompts={curriculum.prompts} />}
      </section>

      <section aria-labelledby="review-heat-heading" class="stack">
        <h2 id="review-heat-heading">{t('views.heat.heading')}</h2>
        {selected.length === 0 ? <p>{emptyText}</p> : <ItemHeatMap sessions={selected} prompts={curriculum.prompts} />}
      </section>

      <section aria-labelledby="review-sessions-heading" class="stack">
        <h2 id="review-sessions-heading">{t('review.sessions')}</h2>
        {shownList.length === 0 ? (
          <p>{emptyText}</p>
        ) : (
          <>
            <div class="row review-exclude-bar">
              <label class="field">
                <span>{t('views.reason.label')}</span>
                <select value={reason} onChange={(e) => setReason(EXCLUSION_REASONS.find((r) => r === (e.currentTarget as HTMLSelectElement).value) ?? DEFAULT_EXCLUSION_REASON)}>
                  {EXCLUSION_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`views.reason.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p class="muted">{t('views.exclude.hint')}</p>
            </div>
            <SessionsTable
              sessions={shownList}
              prompts={curriculum.prompts}
              modules={curriculum.modules}
              groupLabel={groupLabel}
              practitionerLabel={practitionerLabel}
              participants={participantsById}
              exclusion={{ map: exclusions.map, reason, onExclude, onInclude }}
            />
          </>
        )}
        <p role="status" class="review-announce">
          {announcement}
        </p>
      </section>

      <section aria-labelledby="review-group-view-heading" class="stack">
        <h2 id="review-group-view-heading">{t('views.group.heading')}</h2>
        <GroupView
          groups={data.groups}
          participants={data.participants}
          selected={selected}
          excluded={excludedListed}
          prompts={curriculum.prompts}
          modules={curriculum.modules}
          initial={filter.groupId}
        />
      </section>

      <section aria-labelledby="review-practitioner-view-heading" class="stack">
        <h2 id="review-practitioner-view-heading">{t('views.prac.heading')}</h2>
        <PractitionerView
          practitioners={practitioners}
          practitionerLabel={practitionerLabel}
          facilitators={facilitators}
          groupLabel={groupLabel}
          selected={selected}
          excluded={excludedListed}
          prompts={curriculum.prompts}
          modules={curriculum.modules}
          initial={filter.practitioner}
        />
      </section>

      <section aria-labelledby="review-itis-heading" class="stack">
        <h2 id="review-itis-heading">{t('itis.overview.heading')}</h2>
        <p>{t('itis.overview.intro')}</p>
        <RatingsOverTime sessions={selected} modules={curriculum.modules} groupLabel={groupLabel} practitionerLabel={practitionerLabel} />
        <ExportFeedback sessions={data.sessions} />
      </section>
    </>
  );
}

/** The page's reminder that every figure is an estimate from the practitioners' own notes. */
export function SelfReportedBanner() {
  const app = useApp();
  const t = useT();
  return (
    <p class="notice warn review-banner">
      <strong>{t('review.selfReported')}</strong> {pick(SELF_REPORTED_EXPLANATION, app.locale.value)} {t('review.basisHint')}
    </p>
  );
}
