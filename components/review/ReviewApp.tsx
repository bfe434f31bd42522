/**
 * Supervisor review: fidelity estimates per group or practitioner, one item followed over time, and
 * the ended sessions with their prompt coverage and prompt notes. Everything rests on the
 * practitioners' own prompted notes, so it is labelled a self-reported estimate throughout
 * (they are not official ratings). The logic lives in lib/fidelity (scoring.ts, trend.ts); this renders.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { LanguageSelect } from '../common/LanguageSelect';
import { useThemeAndLanguage } from '../common/useThemeAndLanguage';
import { pick } from '../../lib/i18n';
import { isoDate } from '../../lib/ids';
import { SELF_REPORTED_EXPLANATION } from '../../lib/fidelity/instruments';
import { estimateBy } from '../../lib/fidelity/scoring';
import { NO_FILTER, groupsInScope, practitionersOf, selectSessions, type ReviewFilter } from '../../lib/fidelity/trend';
import { ReviewFilters } from './ReviewFilters';
import { useReviewData, type ReviewData } from './useReviewData';
import { FirstPage } from './FirstPage';
import { FidelityEstimateTable, type EstimateGrouping } from './FidelityEstimateTable';
import { ItemTrend } from './ItemTrend';
import { SessionsTable } from './SessionsTable';
import { RatingsOverTime } from '../itis/RatingsOverTime';
import { ExportFeedback } from '../itis/ExportFeedback';
import { LockScreen } from '../privacy/LockScreen';
import { SupervisionImport } from '../supervision/SupervisionImport';
import { ImportedSources } from '../supervision/ImportedSources';
import { EraseEverything } from '../privacy/EraseEverything';
import { useAutoLock } from '../privacy/useAutoLock';
import { Exports } from './Exports';
import './review.css';

function ReviewBody({ data }: { data: ReviewData }) {
  const app = useApp();
  const t = useT();
  const curriculum = app.curriculum.value;
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [grouping, setGrouping] = useState<EstimateGrouping>('group');
  const today = isoDate(data.loadedAt);

  const groupNames = useMemo(() => new Map(data.groups.map((g) => [g.id, g.name])), [data.groups]);
  const groupLabel = (id: string) => groupNames.get(id) ?? t('review.unknownGroup');
  const practitionerLabel = (p: string) => (p === '' ? t('review.noPractitioner') : p);
  const practitioners = useMemo(() => practitionersOf(data.sessions), [data.sessions]);
  const anyEnded = useMemo(() => data.sessions.some((s) => s.status === 'ended'), [data.sessions]);
  const selected = useMemo(() => selectSessions(data.sessions, filter, today), [data.sessions, filter, today]);
  const keyed = useMemo(
    () =>
      estimateBy(grouping, {
        groups: groupsInScope(data.groups, selected, filter),
        participants: data.participants,
        sessions: selected,
        modules: curriculum.modules,
        prompts: curriculum.prompts,
        now: data.loadedAt,
      }),
    [grouping, data, selected, filter, curriculum],
  );
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

      <section aria-labelledby="review-sessions-heading" class="stack">
        <h2 id="review-sessions-heading">{t('review.sessions')}</h2>
        {selected.length === 0 ? (
          <p>{emptyText}</p>
        ) : (
          <SessionsTable
            sessions={selected}
            prompts={curriculum.prompts}
            modules={curriculum.modules}
            groupLabel={groupLabel}
            practitionerLabel={practitionerLabel}
          />
        )}
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

export function ReviewApp() {
  const app = useApp();
  const t = useT();
  useThemeAndLanguage();
  const data = useReviewData();
  const locale = app.locale.value;
  useAutoLock(app);
  const locked = app.vault.value === 'locked';

  return (
    <div class="review">
      <header class="row review-header">
        <h1>{t('review.title')}</h1>
        <LanguageSelect />
        {app.vault.value === 'unlocked' && (
          <button type="button" onClick={() => app.lock()}>
            {t('lock.lockNow')}
          </button>
        )}
      </header>
      <main class="stack">
        <p class="notice warn review-banner">
          <strong>{t('review.selfReported')}</strong> {pick(SELF_REPORTED_EXPLANATION, locale)} {t('review.basisHint')}
        </p>
        {app.error.value && (
          <p role="alert" class="notice error">
            {t('app.error', { message: app.error.value })}
          </p>
        )}
        {locked ? (
          <LockScreen forgotten={<EraseEverything />} />
        ) : (
          <>
            <SupervisionImport title={t('supervision.importTitle')} hint={t('supervision.importHint')} />
            <ImportedSources />
            {data === null ? (
              <p role="status">{t('app.loading')}</p>
            ) : data.complete ? (
              <ReviewBody data={data} />
            ) : (
              <FirstPage data={data} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
