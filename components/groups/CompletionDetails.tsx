/**
 * Read-only completion details of one participant: attendance per session, the goal chart and, in
 * rolling groups, the modules missed before joining. Every mark is a shape plus a text
 * alternative, never colour alone.
 */
import { formatIsoDate, pick, type Locale, type Translate } from '../../lib/i18n';
import type { AttendanceRecord, GoalMark } from '../../lib/completion';
import type { Module } from '../../lib/curriculum/types';
import { attendanceMarkView, goalMarkView, type MarkView } from './marks';

interface MarkListProps {
  label: string;
  legend: string;
  marks: { key: string; class: string; date: string; view: MarkView }[];
  locale: Locale;
  t: Translate;
}

/** One mark per session, oldest first; the legend repeats the symbols' meaning for sighted readers only. */
function MarkList({ label, legend, marks, locale, t }: MarkListProps) {
  return (
    <>
      <ol class="plain groups-marks" aria-label={label}>
        {marks.map((m) => {
          const line = t('groups.markLine', { date: formatIsoDate(m.date, locale), state: t(m.view.key) });
          return (
            <li key={m.key} class={m.class} title={line}>
              <span aria-hidden="true">{m.view.symbol}</span>
              <span class="visually-hidden">{line}</span>
            </li>
          );
        })}
      </ol>
      <p class="muted groups-legend" aria-hidden="true">
        {legend}
      </p>
    </>
  );
}

interface AttendanceDetailsProps {
  records: AttendanceRecord[];
  summary: { held: number; recorded: number; attended: number; notRecorded: number; percent: number | null };
  locale: Locale;
  t: Translate;
}

export function AttendanceDetails({ records, summary, locale, t }: AttendanceDetailsProps) {
  return (
    <>
      <h4>{t('groups.attendance')}</h4>
      {summary.held === 0 ? (
        <p class="muted">{t('groups.attendanceNone')}</p>
      ) : (
        <>
          <p>
            {summary.recorded > 0 && t('groups.attendanceSummary', { attended: summary.attended, held: summary.recorded, percent: summary.percent ?? 0 })}
            {summary.notRecorded > 0 && ` ${t('groups.notRecorded', { n: summary.notRecorded })}`}
          </p>
          <MarkList
            label={t('groups.historyLabel')}
            legend={t('groups.historyLegend')}
            marks={records.map((r) => ({ key: r.sessionId, class: `groups-mark groups-mark-${r.mark}`, date: r.date, view: attendanceMarkView(r) }))}
            locale={locale}
            t={t}
          />
        </>
      )}
    </>
  );
}

export function GoalChart({ marks, locale, t }: { marks: GoalMark[]; locale: Locale; t: Translate }) {
  return (
    <>
      <h4>{t('groups.goalChart')}</h4>
      {marks.length === 0 ? (
        <p class="muted">{t('groups.goalChartEmpty')}</p>
      ) : (
        <MarkList
          label={t('groups.goalChartLabel')}
          legend={t('groups.goalChartLegend')}
          marks={marks.map((m) => ({ key: m.sessionId, class: 'groups-mark groups-goal-mark', date: m.date, view: goalMarkView(m) }))}
          locale={locale}
          t={t}
        />
      )}
    </>
  );
}

export function MissedModules({
  ids,
  modules,
  locale,
  t,
  caughtUp = [],
  onCaughtUp,
}: {
  ids: string[];
  modules: readonly Module[];
  locale: Locale;
  t: Translate;
  /** Modules marked caught up (issue 9), shown with a way to take the mark back. */
  caughtUp?: readonly string[];
  onCaughtUp?: (moduleId: string, caught: boolean) => void;
}) {
  const name = (mid: string) => {
    const m = modules.find((x) => x.id === mid);
    return m ? `${m.number}. ${pick(m.title, locale)}` : mid;
  };
  return (
    <>
      <h4>{t('groups.missed')}</h4>
      {ids.length === 0 ? (
        <p class="muted">{t('groups.missedNone')}</p>
      ) : (
        <>
          <p class="muted groups-hint">{t('groups.missedHint')}</p>
          <ul class="groups-missed">
            {ids.map((mid) => (
              <li key={mid}>
                {name(mid)}{' '}
                {onCaughtUp && (
                  <button type="button" onClick={() => onCaughtUp(mid, true)}>
                    {t('groups.markCaughtUp')}
                    <span class="visually-hidden"> ({name(mid)})</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {caughtUp.length > 0 && (
        <>
          <h4>{t('groups.caughtUp')}</h4>
          <ul class="groups-missed">
            {caughtUp.map((mid) => (
              <li key={mid}>
                {name(mid)}{' '}
                {onCaughtUp && (
                  <button type="button" onClick={() => onCaughtUp(mid, false)}>
                    {t('groups.unmarkCaughtUp')}
                    <span class="visually-hidden"> ({name(mid)})</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
