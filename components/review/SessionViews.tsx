/**
 * The parts of the sessions list and the session detail that show how a session went: its length
 * against the plan (short, ended early, not timed or over time said in words and marked with a
 * symbol, never by colour alone), attendance, whether it counts in the estimates (one click to
 * exclude or include again), and in the detail the planned and actual timeline, the prompts and
 * notes by step, and who attended. Figures come from lib/fidelity/session-facts.ts and
 * lib/session/summary.ts; this renders.
 */
import { useMemo } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { formatIsoDate, pick } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n/numbers';
import { message, renderMessage } from '../../lib/i18n/render';
import { getStep } from '../../lib/curriculum';
import type { Prompt } from '../../lib/curriculum/types';
import type { SessionFacts } from '../../lib/fidelity/session-facts';
import type { ExclusionReason, SessionExclusion } from '../../lib/fidelity/exclusions';
import type { Participant, PromptStatus, Session } from '../../lib/model';
import { summariseSession } from '../../lib/session/summary';

const minutes = (sec: number) => Math.round(sec / 60);

/** "52 of 90 min", and a flag in words (with a symbol) when the session was short, ended early, not timed or over. */
export function LengthCell({ facts }: { facts: SessionFacts }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { kind, plannedSec, actualSec, stepsNotReached } = facts.length;
  const flag =
    kind === 'short'
      ? { symbol: '▼', text: t('views.flag.short') }
      : kind === 'aborted'
        ? {
            symbol: '■',
            text: `${t('views.flag.aborted')}: ${renderMessage(message('views.flag.stepsNotReached', { n: stepsNotReached }, stepsNotReached), locale)}`,
          }
        : kind === 'not-timed'
          ? { symbol: '○', text: t('views.flag.notTimed') }
          : kind === 'over'
            ? { symbol: '▲', text: t('views.flag.over') }
            : null;
  return (
    <>
      <span class="review-num">
        {kind === 'not-timed'
          ? t('views.length.notTimed')
          : t('views.length.value', { actual: formatNumber(minutes(actualSec), locale), planned: formatNumber(minutes(plannedSec), locale) })}
      </span>
      {flag && (
        <span class={`review-flag review-flag-${kind}`}>
          <span aria-hidden="true">{flag.symbol} </span>
          {flag.text}
        </span>
      )}
    </>
  );
}

export function AttendanceCell({ facts }: { facts: SessionFacts }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { present, recorded, unrecorded, total } = facts.attendance;
  if (total === 0) return <span class="muted">{t('views.attendance.none')}</span>;
  return (
    <>
      <span class="review-num">{t('views.attendance.value', { present: formatNumber(present, locale), recorded: formatNumber(recorded, locale) })}</span>
      {unrecorded > 0 && (
        <span class="review-flag review-flag-unrecorded">
          <span aria-hidden="true">? </span>
          {t('views.attendance.unrecorded', { n: formatNumber(unrecorded, locale) })}
        </span>
      )}
    </>
  );
}

interface ExclusionProps {
  session: Session;
  exclusion: SessionExclusion | undefined;
  reason: ExclusionReason;
  onExclude: (session: Session, reason: ExclusionReason) => void;
  onInclude: (session: Session) => void;
}

/** Counted, with "Exclude"; or excluded with its reason, with "Include again". */
export function ExclusionCell({ session, exclusion, reason, onExclude, onInclude }: ExclusionProps) {
  const app = useApp();
  const t = useT();
  const date = formatIsoDate(session.date, app.locale.value);
  if (exclusion) {
    return (
      <div class="review-exclusion">
        <span class="review-excluded-label">
          <span aria-hidden="true">⊘ </span>
          {t('views.excluded', { reason: t(`views.reason.${exclusion.reason}`) })}
        </span>
        <button type="button" onClick={() => onInclude(session)}>
          {t('views.include')}
          <span class="visually-hidden"> {t('views.include.context', { date })}</span>
        </button>
      </div>
    );
  }
  return (
    <div class="review-exclusion">
      <span class="muted">{t('views.counted')}</span>
      <button type="button" onClick={() => onExclude(session, reason)}>
        {t('views.exclude')}
        <span class="visually-hidden"> {t('views.exclude.context', { date })}</span>
      </button>
    </div>
  );
}

/** Planned and actual time per step, from the clock events (lib/session/summary.ts). */
export function SessionTimeline({ session }: { session: Session }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  // The detail of one session: derived when opened. An ended session's clock does not depend on now.
  const summary = useMemo(() => summariseSession({ session, participants: [], prompts: [], now: session.updatedAt }), [session]);
  const rows = summary.timeline;
  if (rows.length === 0) return null;
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.plannedSec + r.extendedSec, r.actualSec)));
  const min = (sec: number) => t('views.detail.minutes', { n: formatNumber(minutes(sec), locale) });
  const difference = (actual: number, planned: number) => {
    const diff = minutes(actual) - minutes(planned);
    if (diff === 0) return t('views.detail.onPlan');
    return t(diff > 0 ? 'views.detail.over' : 'views.detail.under', { n: formatNumber(Math.abs(diff), locale) });
  };
  const pct = (sec: number) => `${Math.min(100, (sec / scale) * 100).toFixed(1)}%`;
  return (
    <>
      <h3>{t('views.detail.timeline')}</h3>
      <table class="review-timeline">
        <caption class="visually-hidden">{t('views.detail.timelineCaption', { date: formatIsoDate(session.date, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.detail.step')}</th>
            <th scope="col">{t('views.detail.planned')}</th>
            <th scope="col">{t('views.detail.actual')}</th>
            <th scope="col">{t('views.detail.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const step = getStep(row.stepId);
            const planned = row.plannedSec + row.extendedSec;
            return (
              <tr key={row.index} class={row.skipped ? 'review-step-skipped' : undefined}>
                <th scope="row">{step ? pick(step.title, locale) : row.stepId}</th>
                <td class="review-num">{min(row.plannedSec)}</td>
                <td>
                  <span class="review-num">{row.skipped ? t('views.detail.notReached') : min(row.actualSec)}</span>
                  {/* Two bars on one scale: planned (outlined) and actual (filled); the numbers are in the text. */}
                  <span class="review-timebars" aria-hidden="true">
                    <span class="planned" style={{ width: pct(planned) }} />
                    <span class="actual" style={{ width: pct(row.actualSec) }} />
                  </span>
                </td>
                <td>{row.skipped ? t('views.detail.notReached') : difference(row.actualSec, row.plannedSec)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('views.detail.total')}</th>
            <td class="review-num">{min(summary.totals.plannedSec)}</td>
            <td class="review-num">{min(summary.totals.actualSec)}</td>
            <td>{difference(summary.totals.actualSec, summary.totals.plannedSec)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}

/** Every prompt the session offered, under its step, with its status and note; then the session notes. */
export function PromptsByStep({ session, prompts }: { session: Session; prompts: readonly Prompt[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const summary = useMemo(() => summariseSession({ session, participants: [], prompts, now: session.updatedAt }), [session, prompts]);
  const statusText = (status: PromptStatus | null) => t(status === null ? 'review.status.none' : `review.status.${status}`);
  // Folded: the notes also appear in the prompt-notes list below; here they are read in the session's order.
  return (
    <>
      <details class="review-by-step-details">
        <summary>{t('views.detail.byStep')}</summary>
      <ol class="review-by-step">
        {session.plan.map((planned, i) => {
          const step = getStep(planned.stepId);
          const offered = summary.prompts.offered.filter((o) => o.prompt.stepId === planned.stepId);
          return (
            <li key={`${planned.stepId}-${i}`}>
              <span class="review-step-title">{step ? pick(step.title, locale) : planned.stepId}</span>
              {offered.length === 0 ? (
                <p class="muted">{t('views.detail.noPromptsInStep')}</p>
              ) : (
                <ul>
                  {offered.map(({ prompt, note }) => {
                    const status = session.prompts[prompt.id]?.status ?? null;
                    return (
                      <li key={prompt.id}>
                        {prompt.key && <span class="review-key">{t('summary.key')} </span>}
                        {pick(prompt.text, locale)} <span class={status === 'done' ? 'muted' : 'review-status-open'}>({statusText(status)})</span>
                        {note.trim() !== '' && <p class="review-note-text">{note.trim()}</p>}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      </details>
      {session.notes.trim() !== '' && (
        <>
          <h3>{t('views.detail.sessionNotes')}</h3>
          <p class="review-note-text">{session.notes.trim()}</p>
        </>
      )}
    </>
  );
}

/** Who attended, by participant code (never a name). */
export function AttendanceList({ session, participants }: { session: Session; participants: ReadonlyMap<string, Participant> }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const rows = Object.entries(session.participants)
    .map(([id, entry]) => ({ id, code: participants.get(id)?.code || id, attendance: entry?.attendance ?? null }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return (
    <>
      <h3>{t('views.detail.attendance')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t('views.detail.noParticipants')}</p>
      ) : (
        <table class="review-attendance">
          <caption class="visually-hidden">{t('views.detail.attendanceCaption', { date: formatIsoDate(session.date, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.detail.participant')}</th>
              <th scope="col">{t('views.detail.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.code}</th>
                <td class={r.attendance === null ? 'review-status-open' : undefined}>{t(`views.status.${r.attendance ?? 'none'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
