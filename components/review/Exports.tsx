/**
 * Exports and the printable report on the review page, acting on the sessions the filters select:
 * two CSV files (sessions; prompt responses), a FHIR R4 bundle, and "Print report".
 *
 * The files are built by the pure builders in lib/exports and saved through a Blob URL and
 * <a download>. The report is a separate print-only view, rendered only while printing (from the
 * button or the browser's own Print), so a long selection costs the page nothing until then; exports.css hides everything else in print, so the saved PDF has no
 * buttons or inputs whatever the interactive page shows.
 * (No portal: preact/compat's createPortal would load compat for the whole page and change how
 * every other component's events behave; the print stylesheet lifts the report out instead.)
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { download } from '../privacy/backup-actions';
import { createLogger } from '../../lib/log';
import { formatDate, formatIsoDate, pick } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n/numbers';
import { isoDate } from '../../lib/ids';
import { SELF_REPORTED_EXPLANATION, SELF_REPORTED_LABEL } from '../../lib/fidelity/instruments';
import type { KeyedFidelityEstimate } from '../../lib/fidelity/scoring';
import type { ReviewFilter } from '../../lib/fidelity/trend';
import type { ItisRating } from '../../lib/fidelity/itis';
import type { Group, Session } from '../../lib/model';
import { promptResponsesCsv, sessionRows, sessionsCsv } from '../../lib/exports/csv';
import { fhirBundle } from '../../lib/exports/fhir';
import { FidelityEstimateTable, type EstimateGrouping } from './FidelityEstimateTable';
import './exports.css';

const log = createLogger('exports');

interface Props {
  /** The ended sessions the filters select, newest first. */
  sessions: readonly Session[];
  groups: readonly Group[];
  filter: ReviewFilter;
  grouping: EstimateGrouping;
  /** The estimates the page shows for this selection. */
  keyed: readonly KeyedFidelityEstimate[];
}

type Kind = 'sessions' | 'prompts' | 'fhir';

const FILE: Record<Kind, { name: string; ext: string; type: string }> = {
  sessions: { name: 'imr-sessions', ext: 'csv', type: 'text/csv;charset=utf-8' },
  prompts: { name: 'imr-prompt-responses', ext: 'csv', type: 'text/csv;charset=utf-8' },
  fhir: { name: 'imr-fhir-bundle', ext: 'json', type: 'application/fhir+json' },
};

export function Exports({ sessions, groups, filter, grouping, keyed }: Props) {
  const app = useApp();
  const t = useT();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [printing, setPrinting] = useState<'button' | 'browser' | null>(null);

  // The browser's own Print (Ctrl+P) gets the report too: rendering on `beforeprint` happens in a
  // microtask, before the browser lays out the pages.
  useEffect(() => {
    const before = () => setPrinting((p) => p ?? 'browser');
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  // "Print report": open the print dialog once the report is in the page.
  useEffect(() => {
    if (printing === 'button') window.print();
  }, [printing]);

  const exportFile = async (kind: Kind) => {
    setOutcome(null);
    try {
      const curriculum = app.curriculum.value;
      const ids = new Set(sessions.map((s) => s.id));
      const ratings: ItisRating[] = kind === 'prompts' ? [] : (await app.repo.listItisRatings()).filter((r) => ids.has(r.sessionId));
      const input = { sessions, groups, prompts: curriculum.prompts, modules: curriculum.modules, ratings };
      const text =
        kind === 'sessions'
          ? sessionsCsv(input)
          : kind === 'prompts'
            ? promptResponsesCsv(input)
            : JSON.stringify(fhirBundle({ ...input, locale: app.locale.value, now: app.now() }), null, 2);
      const file = FILE[kind];
      const fileName = `${file.name}-${isoDate(app.now())}.${file.ext}`;
      download(text, fileName, file.type);
      setOutcome({ ok: true, text: t('exports.written', { file: fileName }) });
    } catch (error) {
      log.error(`export ${kind}`, error);
      setOutcome({ ok: false, text: t('exports.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const none = sessions.length === 0;
  return (
    <section aria-labelledby="exports-heading" class="stack exports">
      <h2 id="exports-heading">{t('exports.heading')}</h2>
      <p>{none ? t('exports.none') : t('exports.intro', { count: sessions.length })}</p>
      <div class="row exports-actions">
        <button type="button" disabled={none} onClick={() => void exportFile('sessions')}>
          {t('exports.csvSessions')}
        </button>
        <button type="button" disabled={none} onClick={() => void exportFile('prompts')}>
          {t('exports.csvPrompts')}
        </button>
        <button type="button" disabled={none} onClick={() => void exportFile('fhir')}>
          {t('exports.fhir')}
        </button>
        <button type="button" onClick={() => setPrinting('button')}>
          {t('exports.print')}
        </button>
      </div>
      <p class="muted">{t('exports.hint')}</p>
      <div role="status">{outcome?.ok && <p class="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" class="notice error">
          {outcome.text}
        </p>
      )}
      {printing !== null && <Report sessions={sessions} groups={groups} filter={filter} grouping={grouping} keyed={keyed} />}
    </section>
  );
}

/** The printed report: title, selection, estimates, sessions; each part on its own page. */
export function Report({ sessions, groups, filter, grouping, keyed }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const curriculum = app.curriculum.value;
  const groupNames = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const groupLabel = (id: string) => groupNames.get(id) ?? t('review.unknownGroup');
  const practitionerLabel = (p: string) => (p === '' ? t('review.noPractitioner') : p);
  const modules = useMemo(() => new Map(curriculum.modules.map((m) => [m.id, m])), [curriculum.modules]);
  // The figures of the sessions CSV, so the report and the file never disagree.
  const rows = useMemo(
    () => new Map(sessionRows({ sessions, groups, prompts: curriculum.prompts, modules: curriculum.modules }).map((r) => [r.session_id, r])),
    [sessions, groups, curriculum],
  );
  const num = (value: string | number | undefined) => (typeof value === 'number' ? formatNumber(value, locale) : '—');
  const dates = sessions.map((s) => s.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const range =
    dates.length === 0 ? '' : ` (${formatIsoDate(dates[0]!, locale)} – ${formatIsoDate(dates[dates.length - 1]!, locale)})`;
  const printedOn = formatDate(new Date(app.now()), locale, { dateStyle: 'long' });

  return (
    <article class="exports-report" lang={locale}>
      <header class="exports-report-part">
        <h1>{t('exports.report.title')}</h1>
        <p>{t('exports.report.printed', { date: printedOn })}</p>
        <h2>{t('exports.report.selection')}</h2>
        <dl class="exports-report-selection">
          <dt>{t('review.filter.group')}</dt>
          <dd>{filter.groupId === null ? t('review.filter.allGroups') : groupLabel(filter.groupId)}</dd>
          <dt>{t('review.filter.practitioner')}</dt>
          <dd>{filter.practitioner === null ? t('review.filter.allPractitioners') : practitionerLabel(filter.practitioner)}</dd>
          <dt>{t('review.filter.period')}</dt>
          <dd>
            {t(`review.period.${filter.period}`)}
            {range}
          </dd>
        </dl>
        <p>{t('exports.report.count', { count: sessions.length })}</p>
        <p class="exports-report-note">
          <strong>{pick(SELF_REPORTED_LABEL, locale)}.</strong> {pick(SELF_REPORTED_EXPLANATION, locale)}
        </p>
      </header>

      <section class="exports-report-part">
        <h2>{t('review.estimate.heading')}</h2>
        <FidelityEstimateTable grouping={grouping} onGrouping={() => undefined} keyed={keyed} keyLabel={grouping === 'group' ? groupLabel : practitionerLabel} />
      </section>

      <section class="exports-report-part">
        <h2>{t('exports.report.sessions')}</h2>
        <table class="exports-report-sessions">
          <caption>{t('exports.report.sessionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.date')}</th>
              <th scope="col">{t('review.group')}</th>
              <th scope="col">{t('review.module')}</th>
              <th scope="col">{t('review.practitioner')}</th>
              <th scope="col">{t('exports.report.minutes')}</th>
              <th scope="col">{t('exports.report.attended')}</th>
              <th scope="col">{t('review.prompts')}</th>
              <th scope="col">{t('review.missedKey')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => {
              const row = rows.get(s.id) ?? {};
              const module = modules.get(s.moduleId);
              return (
                <tr key={s.id}>
                  <td class="exports-report-date">{formatIsoDate(s.date, locale)}</td>
                  <td>{groupLabel(s.groupId)}</td>
                  <td>
                    {t('review.moduleSession', { module: module ? `${module.number}. ${pick(module.title, locale)}` : s.moduleId, n: s.sessionNumber })}
                  </td>
                  <td>{practitionerLabel(s.practitioner)}</td>
                  <td class="review-num">{t('exports.report.minutesValue', { planned: num(row.planned_min), actual: num(row.actual_min) })}</td>
                  <td class="review-num">{t('exports.report.attendedValue', { attended: num(row.n_attended), total: num(row.n_participants) })}</td>
                  <td class="review-num">{t('review.promptsDone', { done: num(row.prompts_done), offered: num(row.prompts_offered) })}</td>
                  <td class="review-num">{num(row.key_prompts_missed)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </article>
  );
}
