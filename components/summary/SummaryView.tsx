/**
 * The end-of-session screen: planned against actual time per step, prompts covered and missed by
 * fidelity item, attendance, and the draft progress note to copy into the EHR. Notes are the main
 * data source for fidelity ratings, so the note is the point of this screen; the rest helps the
 * practitioner check it before pasting.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT, type AppStore } from '../state/app-store';
import { useLiveState } from '../common/useLiveRead';
import { pick } from '../../lib/i18n';
import { message, renderMessage } from '../../lib/i18n/render';
import type { Locale, Translate } from '../../lib/i18n';
import { getStep } from '../../lib/curriculum';
import { FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import { formatSpan } from '../../lib/i18n/durations';
import { summariseSession, type OfferedPrompt, type SessionSummary, type TimelineRow } from '../../lib/session/summary';
import { draftProgressNote, type ProgressNote } from '../../lib/session/progress-note';
import type { Group, NoteFormat, Participant, Session } from '../../lib/model';
import type { ChangeNotice } from '../../lib/db/changes';
import type { FidelityScaleItemId } from '../../lib/curriculum/types';
import { SessionFeedback } from '../itis/SessionFeedback';
import { Corrections } from './Corrections';
import { ModalityChoice, NameFlags } from './RecordReady';
import './summary.css';

const NOTE_FORMATS: NoteFormat[] = ['imr', 'dap', 'soap'];

interface Loaded {
  session: Session | null;
  group: Group | null;
  participants: Participant[];
}

async function readLoaded(app: AppStore, sessionId: string): Promise<Loaded> {
  const session = (await app.repo.getSession(sessionId)) ?? null;
  const group = session ? ((await app.repo.getGroup(session.groupId)) ?? null) : null;
  const participants = session ? await app.repo.listParticipants(session.groupId) : [];
  return { session, group, participants };
}

/**
 * A change to this session, its group or participants: notes or entries edited in another page
 * (review tab, background shortcut) show up here too. Changes to other sessions are ignored.
 */
function concernsSession(notice: ChangeNotice, sessionId: string): boolean {
  const { stores, ids } = notice;
  if (!stores.includes('sessions') && !stores.includes('participants') && !stores.includes('groups')) return false;
  return !ids || ids.includes(sessionId) || !stores.includes('sessions');
}

export function SummaryView({ sessionId }: { sessionId: string }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const curriculum = app.curriculum.value;
  const [data, setData] = useLiveState(() => readLoaded(app, sessionId), (notice) => concernsSession(notice, sessionId), [sessionId]);
  const [status, setStatus] = useState('');

  const session = data?.session ?? null;
  const summary = useMemo(
    () => (session ? summariseSession({ session, participants: data?.participants ?? [], prompts: curriculum.prompts, now: app.now() }) : null),
    [session, data?.participants, curriculum.prompts],
  );

  if (data === null) return <p>{t('app.loading')}</p>;
  if (!session || !summary) {
    return (
      <section class="stack summary">
        <h2>{t('summary.title')}</h2>
        <p class="notice error">{t('summary.notFound')}</p>
        <HomeButton />
      </section>
    );
  }

  const module = curriculum.modules.find((m) => m.id === session.moduleId);
  const moduleSession = module?.sessions.find((s) => s.number === session.sessionNumber);
  const moduleTitle = module ? pick(module.title, locale) : session.moduleId;

  async function changeFormat(noteFormat: NoteFormat) {
    if (!session) return;
    setData((d) => (d && d.session ? { ...d, session: { ...d.session, noteFormat } } : d));
    try {
      await app.repo.updateSession(session.id, (s) => ({ ...s, noteFormat }));
      setStatus(t('summary.formatSaved'));
    } catch (e) {
      app.report(e);
    }
  }

  return (
    <section aria-labelledby="summary-title" class="stack summary">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <p class="muted">
        {t('summary.subtitle', { group: data.group?.name ?? '', module: moduleTitle, n: session.sessionNumber, date: session.date })}
        {moduleSession ? ` · ${pick(moduleSession.title, locale)}` : ''}
      </p>
      {session.status === 'running' && (
        <div class="notice warn row">
          <span>{t('summary.stillRunning')}</span>
          <button type="button" onClick={() => app.navigate({ name: 'run', sessionId: session.id })}>
            {t('summary.backToSession')}
          </button>
        </div>
      )}

      <Corrections session={session} />
      <Timeline summary={summary} />
      <Prompts summary={summary} />
      <AttendanceSection summary={summary} />
      <SessionFeedback session={session} />
      <NoteSection
        session={session}
        participants={data.participants}
        note={draftProgressNote({
          session,
          group: data.group,
          participants: data.participants,
          module,
          sessionTitle: moduleSession ? pick(moduleSession.title, locale) : '',
          summary,
          format: session.noteFormat,
          locale,
        })}
        onFormat={(f) => void changeFormat(f)}
        onStatus={setStatus}
      />

      <p role="status" class="summary-status">
        {status}
      </p>
      <HomeButton />
    </section>
  );
}

function HomeButton() {
  const app = useApp();
  const t = useT();
  return (
    <div class="row">
      <button type="button" class="primary" onClick={() => app.navigate({ name: 'home' })}>
        {t('summary.home')}
      </button>
    </div>
  );
}

function stepTitle(stepId: string, locale: Locale): string {
  const step = getStep(stepId);
  return step ? pick(step.title, locale) : stepId;
}

function Timeline({ summary }: { summary: SessionSummary }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { totals, timeline } = summary;
  // One scale for every row, so bar lengths compare across steps.
  const scale = Math.max(1, ...timeline.map((r) => Math.max(r.plannedSec + r.extendedSec, r.actualSec)));
  const diff = totals.differenceSec;
  return (
    <section aria-labelledby="summary-time" class="stack">
      <h3 id="summary-time">{t('summary.time')}</h3>
      <p>
        {t('summary.timeTotals', { planned: formatSpan(totals.plannedSec, locale), actual: formatSpan(totals.actualSec, locale) })}{' '}
        {Math.abs(diff) < 60 ? t('summary.onPlan') : diff > 0 ? t('summary.over', { time: formatSpan(diff, locale) }) : t('summary.under', { time: formatSpan(-diff, locale) })}
        {totals.extendedSec > 0 && <> {t('summary.extendedTotal', { time: formatSpan(totals.extendedSec, locale) })}</>}
        {totals.skippedSteps > 0 && <> {renderMessage(message('summary.skippedTotal', { n: totals.skippedSteps }, totals.skippedSteps), app.locale.value)}</>}
      </p>
      <p class="summary-legend muted" aria-hidden="true">
        <span class="summary-swatch planned" /> {t('summary.legendPlanned')} <span class="summary-swatch actual" /> {t('summary.legendActual')}
      </p>
      <ol class="plain summary-timeline">
        {timeline.map((row) => (
          <TimelineItem key={row.index} row={row} title={stepTitle(row.stepId, locale)} scale={scale} t={t} locale={locale} />
        ))}
      </ol>
    </section>
  );
}

function TimelineItem({ row, title, scale, t, locale }: { row: TimelineRow; title: string; scale: number; t: Translate; locale: Locale }) {
  const planned = formatSpan(row.plannedSec + row.extendedSec, locale);
  const actual = formatSpan(row.actualSec, locale);
  const pct = (sec: number) => `${Math.min(100, (sec / scale) * 100).toFixed(1)}%`;
  const within = Math.min(row.actualSec, row.plannedSec + row.extendedSec);
  const extras = [
    row.extendedSec > 0 ? t('summary.stepExtended', { time: formatSpan(row.extendedSec, locale) }) : null,
    row.overrunSec > 0 ? t('summary.stepOverrun', { time: formatSpan(row.overrunSec, locale) }) : null,
    row.skipped ? t('summary.stepSkipped') : null,
  ].filter((x): x is string => x !== null);
  return (
    <li class={`summary-step${row.skipped ? ' skipped' : ''}${row.overrunSec > 0 ? ' over' : ''}`} data-step={row.stepId}>
      <div class="summary-step-head">
        <span class="summary-step-title">{title}</span>
        <span class="summary-step-numbers">
          {t('summary.stepNumbers', { planned, actual })}
          {extras.length > 0 && ` · ${extras.join(' · ')}`}
        </span>
      </div>
      <div class="summary-bars" role="img" aria-label={[t('summary.stepBar', { step: title, planned, actual }), ...extras].join(', ')}>
        <div class="summary-bar planned" style={{ width: pct(row.plannedSec + row.extendedSec) }} />
        <div class="summary-bar actual">
          <span class="within" style={{ width: pct(within) }} />
          {row.overrunSec > 0 && <span class="overrun" style={{ width: pct(row.overrunSec) }} />}
        </div>
      </div>
    </li>
  );
}

function PromptLine({ offered, showStatus }: { offered: OfferedPrompt; showStatus: boolean }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { prompt, outcome, note } = offered;
  return (
    <li class="summary-prompt">
      {prompt.key && <span class="summary-key">{t('summary.key')}</span>}
      <span class="summary-prompt-text">{pick(prompt.text, locale)}</span>
      <span class="muted summary-prompt-meta">
        {stepTitle(prompt.stepId, locale)}
        {showStatus && (outcome === 'not-done' || outcome === 'unanswered') && ` · ${t(outcome === 'not-done' ? 'summary.status.not-done' : 'summary.status.unanswered')}`}
      </span>
      {note.trim() && <span class="summary-prompt-note">{note}</span>}
    </li>
  );
}

function Prompts({ summary }: { summary: SessionSummary }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { counts, missed, byFidelityItem } = summary.prompts;
  const itemTitles = useMemo(() => new Map(FIDELITY_SCALE.map((i) => [i.id, i])), []);
  const itemLabel = (id: FidelityScaleItemId | null) => {
    if (id === null) return t('summary.otherItem');
    const item = itemTitles.get(id);
    return item ? `${item.number}. ${pick(item.title, locale)}` : id;
  };
  return (
    <section aria-labelledby="summary-prompts" class="stack">
      <h3 id="summary-prompts">{t('summary.prompts')}</h3>
      <p>{t('summary.promptCounts', { done: counts.done, offered: counts.offered, na: counts.na, missed: counts.notDone + counts.unanswered })}</p>

      <h4 id="summary-missed">{t('summary.missed')}</h4>
      {missed.length === 0 ? (
        <p class="muted">{t('summary.missedNone')}</p>
      ) : (
        <>
          <p class="muted summary-hint">{t('summary.missedHint')}</p>
          <ul class="plain summary-prompts summary-missed" aria-labelledby="summary-missed">
            {missed.map((o) => (
              <PromptLine key={o.prompt.id} offered={o} showStatus />
            ))}
          </ul>
        </>
      )}

      <h4>{t('summary.byItem')}</h4>
      <p class="muted summary-hint">{t('summary.byItemHint')}</p>
      <div class="summary-items">
        {byFidelityItem.map((group) => {
          const missedHere = [...group.notDone, ...group.unanswered];
          return (
            <details key={group.itemId ?? 'other'} class="summary-item">
              <summary>
                <span class="summary-item-title">{itemLabel(group.itemId)}</span>{' '}
                <span class="muted">{t('summary.itemCounts', { covered: group.covered.length, missed: missedHere.length, na: group.na.length })}</span>
              </summary>
              {([
                ['summary.covered', group.covered],
                ['summary.notCovered', missedHere],
                ['summary.notApplicable', group.na],
              ] as const).map(([label, list]) =>
                list.length > 0 ? (
                  <div key={label}>
                    <h5>{t(label)}</h5>
                    <ul class="plain summary-prompts">
                      {list.map((o) => (
                        <PromptLine key={o.prompt.id} offered={o} showStatus={label === 'summary.notCovered'} />
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
            </details>
          );
        })}
      </div>
    </section>
  );
}

function AttendanceSection({ summary }: { summary: SessionSummary }) {
  const t = useT();
  const { attendance, participants } = summary;
  return (
    <section aria-labelledby="summary-attendance" class="stack">
      <h3 id="summary-attendance">{t('summary.attendance')}</h3>
      {participants.length === 0 ? (
        <p class="muted">{t('summary.noParticipants')}</p>
      ) : (
        <>
          <p>{t('summary.attendanceCounts', { ...attendance })}</p>
          <div class="summary-table-wrap">
            <table class="summary-attendance">
              <thead>
                <tr>
                  <th scope="col">{t('summary.code')}</th>
                  <th scope="col">{t('summary.attendance')}</th>
                  <th scope="col">{t('summary.homePractice')}</th>
                  <th scope="col">{t('summary.goal')}</th>
                </tr>
              </thead>
              <tbody>
                {participants.map(({ participantId, code, entry }) => {
                  const came = entry.attendance !== null && entry.attendance !== 'absent';
                  return (
                    <tr key={participantId}>
                      <th scope="row">{code}</th>
                      <td>{entry.attendance ? t(`summary.attendance.${entry.attendance}`) : t('summary.notRecorded')}</td>
                      <td>{!came ? '–' : entry.homePractice ? t(`summary.homePractice.${entry.homePractice}`) : t('summary.notRecorded')}</td>
                      <td>{!came ? '–' : entry.goalReviewed ? t('summary.goalReviewed') : t('summary.goalNotReviewed')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function NoteSection({
  session,
  participants,
  note,
  onFormat,
  onStatus,
}: {
  session: Session;
  participants: readonly Participant[];
  note: ProgressNote;
  onFormat: (format: NoteFormat) => void;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  const individual = session.format === 'individual';
  return (
    <section aria-labelledby="summary-note" class="stack">
      <h3 id="summary-note">{t('summary.note')}</h3>
      <p class="notice warn">{t('summary.noteHint')}</p>
      <ModalityChoice session={session} />
      <NameFlags session={session} participants={participants} />
      <fieldset class="summary-formats">
        <legend>{t('summary.noteFormat')}</legend>
        {NOTE_FORMATS.map((f) => (
          <label key={f} class="check">
            <input type="radio" name={`note-format-${session.id}`} value={f} checked={session.noteFormat === f} onChange={() => onFormat(f)} />
            {t(`summary.format.${f}`)}
          </label>
        ))}
      </fieldset>
      <NoteText id="summary-group-note" label={individual ? t('summary.individualNote') : t('summary.groupNote')} text={note.groupNote} onStatus={onStatus} />
      {note.addenda.length > 0 && (
        <>
          <h4>{t('summary.addenda')}</h4>
          <p class="muted summary-hint">{t('summary.addendaHint')}</p>
          {note.addenda.map((a) => (
            <NoteText
              key={a.participantId}
              id={`summary-addendum-${a.participantId}`}
              label={t('summary.addendumFor', { code: a.code })}
              text={a.text}
              onStatus={onStatus}
            />
          ))}
        </>
      )}
    </section>
  );
}

function NoteText({ id, label, text, onStatus }: { id: string; label: string; text: string; onStatus: (message: string) => void }) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  const rows = Math.min(24, text.split('\n').length + 1);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      onStatus(t('summary.copied', { what: label }));
    } catch {
      // The clipboard API can be refused (no user activation, permissions); selecting the text
      // still leaves the practitioner one keystroke from copying it.
      const area = ref.current;
      area?.focus();
      area?.select();
      onStatus(t('summary.copySelected', { what: label }));
    }
  }

  return (
    <div class="summary-note">
      <div class="row summary-note-head">
        <label for={id} class="summary-note-label">
          {label}
        </label>
        <button type="button" onClick={() => void copy()}>
          {t('summary.copy')}
          <span class="visually-hidden"> {label}</span>
        </button>
      </div>
      <textarea id={id} ref={ref} readOnly rows={rows} value={text} spellcheck={false} class="summary-note-text" />
    </div>
  );
}
