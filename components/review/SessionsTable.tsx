import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { formatIsoDate, pick } from '../../lib/i18n';
import { isoDate } from '../../lib/ids';
import type { Module, Prompt } from '../../lib/curriculum/types';
import { FIDELITY_SCALE } from '../../lib/fidelity/instruments';
import type { SessionPromptCoverage } from '../../lib/fidelity/scoring';
import { sessionFacts } from '../../lib/fidelity/session-facts';
import type { ExclusionMap, ExclusionReason } from '../../lib/fidelity/exclusions';
import type { Participant, PromptStatus, Session } from '../../lib/model';
import { SessionRatings } from '../itis/SessionRatings';
import { AttendanceCell, AttendanceList, ExclusionCell, LengthCell, PromptsByStep, SessionTimeline } from './SessionViews';

/** Rows rendered at first; more on request, so a large history does not stall the page. */
export const PAGE_SIZE = 50;

interface Props {
  /** Ended sessions in the selection, newest first. */
  sessions: readonly Session[];
  prompts: readonly Prompt[];
  modules: readonly Module[];
  groupLabel: (groupId: string) => string;
  practitionerLabel: (practitioner: string) => string;
  /** Participants by id, for codes in the attendance detail. */
  participants?: ReadonlyMap<string, Participant>;
  /** With these, each row says whether it counts in the estimates and excludes or includes it in one click. */
  exclusion?: {
    map: ExclusionMap;
    reason: ExclusionReason;
    onExclude: (session: Session, reason: ExclusionReason) => void;
    onInclude: (session: Session) => void;
  };
}

const NO_PARTICIPANTS: ReadonlyMap<string, Participant> = new Map();

export interface PromptNote {
  promptId: string;
  /** Null when the prompt is no longer in the library (e.g. removed by an adaptation). */
  prompt: Prompt | null;
  status: PromptStatus | null;
  note: string;
}

/** The notes the practitioner wrote on prompts, in library order; prompts no longer in the library last. */
export function promptNotes(session: Session, prompts: readonly Prompt[]): PromptNote[] {
  const order = new Map(prompts.map((p, i) => [p.id, { prompt: p, index: i }]));
  return Object.entries(session.prompts)
    .filter(([, record]) => typeof record?.note === 'string' && record.note.trim() !== '')
    .map(([promptId, record]) => ({ promptId, prompt: order.get(promptId)?.prompt ?? null, status: record.status, note: record.note.trim() }))
    .sort(
      (a, b) =>
        (order.get(a.promptId)?.index ?? Number.MAX_SAFE_INTEGER) - (order.get(b.promptId)?.index ?? Number.MAX_SAFE_INTEGER) ||
        a.promptId.localeCompare(b.promptId),
    );
}

function SessionDetail({
  session,
  coverage,
  prompts,
  participants,
}: {
  session: Session;
  coverage: SessionPromptCoverage;
  prompts: readonly Prompt[];
  participants: ReadonlyMap<string, Participant>;
}) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const items = FIDELITY_SCALE.filter((item) => coverage.byFidelityItem[item.id].offered > 0);
  const notes = promptNotes(session, prompts);
  const statusText = (status: PromptStatus | null) => t(status === null ? 'review.status.none' : `review.status.${status}`);

  return (
    <div class="review-detail stack">
      <SessionTimeline session={session} />
      <AttendanceList session={session} participants={participants} />
      <h3>{t('review.detail.coverage')}</h3>
      {items.length === 0 ? (
        <p>{t('review.detail.noItems')}</p>
      ) : (
        <table class="review-coverage">
          <caption class="visually-hidden">{t('review.detail.coverageCaption', { date: formatIsoDate(session.date, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.estimate.item')}</th>
              <th scope="col">{t('review.detail.offered')}</th>
              <th scope="col">{t('review.detail.done')}</th>
              <th scope="col">{t('review.detail.notDone')}</th>
              <th scope="col">{t('review.detail.na')}</th>
              <th scope="col">{t('review.detail.unanswered')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const tally = coverage.byFidelityItem[item.id];
              return (
                <tr key={item.id}>
                  <th scope="row">
                    {item.number}. {pick(item.title, locale)}
                  </th>
                  <td class="review-num">{tally.offered}</td>
                  <td class="review-num">{tally.done}</td>
                  <td class="review-num">{tally.notDone}</td>
                  <td class="review-num">{tally.na}</td>
                  <td class="review-num">{tally.unanswered}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {coverage.missedKeyPrompts.length > 0 && (
        <>
          <h3>{t('review.detail.missed')}</h3>
          <ul class="review-missed">
            {coverage.missedKeyPrompts.map((p) => (
              <li key={p.id}>
                {pick(p.text, locale)} <span class="muted">({statusText(session.prompts[p.id]?.status ?? null)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <PromptsByStep session={session} prompts={prompts} />
      <h3>{t('review.detail.notes')}</h3>
      {notes.length === 0 ? (
        <p class="muted">{t('review.detail.noNotes')}</p>
      ) : (
        <ul class="review-notes">
          {notes.map((n) => (
            <li key={n.promptId}>
              <span class="review-note-prompt">
                {n.prompt ? pick(n.prompt.text, locale) : t('review.detail.unknownPrompt', { id: n.promptId })}
              </span>{' '}
              <span class="muted">({statusText(n.status)})</span>
              <p class="review-note-text">{n.note}</p>
            </li>
          ))}
        </ul>
      )}
      <SessionRatings session={session} />
    </div>
  );
}

/** Ended sessions, newest first; each row opens to its prompt coverage and the practitioner's prompt notes. */
export function SessionsTable({ sessions, prompts, modules, groupLabel, practitionerLabel, participants = NO_PARTICIPANTS, exclusion }: Props) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  const moduleById = useMemo(() => new Map(modules.map((m) => [m.id, m])), [modules]);
  const shown = useMemo(() => sessions.slice(0, limit), [sessions, limit]);
  const columns = exclusion ? 9 : 8;

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      {/* Focusable so keyboard users can scroll the table sideways in a narrow window. */}
      <div class="review-scroll" role="region" aria-label={t('review.sessionsTable')} tabIndex={0}>
        <table class="review-sessions">
          <caption>{t('review.sessionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.date')}</th>
              <th scope="col">{t('review.group')}</th>
              <th scope="col">{t('review.module')}</th>
              <th scope="col">{t('review.practitioner')}</th>
              <th scope="col">{t('views.col.length')}</th>
              <th scope="col">{t('views.col.attendance')}</th>
              <th scope="col">{t('review.prompts')}</th>
              <th scope="col">{t('review.missedKey')}</th>
              {exclusion && <th scope="col">{t('views.col.estimates')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => {
              // Derived once per session object (lib/fidelity/session-facts.ts), not on every render.
              const facts = sessionFacts(s, prompts);
              const c = facts.coverage;
              const module = moduleById.get(s.moduleId);
              const isOpen = open.has(s.id);
              const detailId = `review-session-${s.id}`;
              const excluded = exclusion?.map.get(s.id);
              const rowClass = [
                isOpen ? 'review-open' : '',
                excluded ? 'review-excluded' : '',
                facts.length.kind === 'short' || facts.length.kind === 'aborted' || facts.length.kind === 'not-timed' ? 'review-flagged' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <Fragment key={s.id}>
                  <tr class={rowClass || undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        class="review-expand"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? detailId : undefined}
                        onClick={() => toggle(s.id)}
                      >
                        <span aria-hidden="true" class="review-chevron">
                          {isOpen ? '▾' : '▸'}
                        </span>
                        {formatIsoDate(s.date, locale)}
                        <span class="visually-hidden"> {t('review.details')}</span>
                      </button>
                    </th>
                    <td>{groupLabel(s.groupId)}</td>
                    <td>
                      {t('review.moduleSession', {
                        module: module ? `${module.number}. ${pick(module.title, locale)}` : s.moduleId,
                        n: s.sessionNumber,
                      })}
                      {/* A record corrected after the session ended says so (issue 9). */}
                      {s.amendedAt !== undefined && <span class="muted review-amended"> {t('summary.amendedOn', { date: formatIsoDate(isoDate(s.amendedAt), locale) })}</span>}
                    </td>
                    <td>{practitionerLabel(s.practitioner)}</td>
                    <td>
                      <LengthCell facts={facts} />
                    </td>
                    <td>
                      <AttendanceCell facts={facts} />
                    </td>
                    <td class="review-num">{t('review.promptsDone', { done: c.total.done, offered: c.total.offered })}</td>
                    <td class={`review-num${c.missedKeyPrompts.length > 0 ? ' review-missed-count' : ''}`}>{c.missedKeyPrompts.length}</td>
                    {exclusion && (
                      <td>
                        <ExclusionCell
                          session={s}
                          exclusion={excluded}
                          reason={exclusion.reason}
                          onExclude={exclusion.onExclude}
                          onInclude={exclusion.onInclude}
                        />
                      </td>
                    )}
                  </tr>
                  {isOpen && (
                    <tr id={detailId} class="review-detail-row">
                      <td colSpan={columns}>
                        <SessionDetail session={s} coverage={c} prompts={prompts} participants={participants} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {sessions.length > shown.length && (
        <div class="row">
          <p class="muted">{t('review.shownOf', { shown: shown.length, total: sessions.length })}</p>
          <button type="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {t('review.showMore', { n: Math.min(PAGE_SIZE, sessions.length - shown.length) })}
          </button>
        </div>
      )}
    </>
  );
}
