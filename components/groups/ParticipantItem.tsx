/**
 * One row of a group's participant list: a one-line summary and any outreach flags always
 * visible, the editing form and the completion details folded away, so eight participants fit a
 * narrow panel.
 */
import { useApp, useT } from '../state/app-store';
import { attendancePercent, type ParticipantCompletion } from '../../lib/completion';
import type { Group, Participant } from '../../lib/model';
import type { Module } from '../../lib/curriculum/types';
import { STATUS_LABEL } from './labels';
import { MembershipFields, SupportFields, useParticipantEditor } from './ParticipantEditor';
import { GoalSteps } from './GoalSteps';
import { AttendanceDetails, GoalChart, MissedModules } from './CompletionDetails';
import { EraseParticipant } from '../privacy/EraseParticipant';

interface ParticipantItemProps {
  group: Group;
  participant: Participant;
  completion: ParticipantCompletion | undefined;
  otherCodes: string[];
  modules: readonly Module[];
}

export function ParticipantItem({ group, participant, completion, otherCodes, modules }: ParticipantItemProps) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const editor = useParticipantEditor(participant, otherCodes);

  const attendance = completion?.attendance;
  const percent = attendance ? attendancePercent(attendance) : null;
  const flags = completion?.flags ?? [];
  const summaryBits = [
    participant.status !== 'active' ? t(STATUS_LABEL[participant.status]) : null,
    // Unrecorded attendance is shown as such, never as absence (issue 9).
    attendance && attendance.recorded > 0 ? `${t('groups.attendanceShort', { attended: attendance.attended, held: attendance.recorded })} · ${percent ?? 0} %` : null,
    attendance && attendance.notRecorded > 0 ? t('groups.notRecordedShort', { n: attendance.notRecorded }) : null,
  ].filter((b): b is string => b !== null);

  return (
    <li class="groups-participant">
      <details>
        <summary>
          <span class="groups-code">{participant.code}</span>
          {summaryBits.length > 0 && <span class="muted"> · {summaryBits.join(' · ')}</span>}
          {flags.length > 0 && (
            <span class="groups-tag">
              <span aria-hidden="true">⚠ </span>
              {t('groups.needsContact')}
            </span>
          )}
        </summary>
        <div class="stack groups-body">
          <MembershipFields editor={editor} />
          <GoalSteps editor={editor} />
          <GoalChart marks={completion?.goalChart ?? []} locale={locale} t={t} />
          <SupportFields editor={editor} />
          {attendance && <AttendanceDetails records={attendance.history} summary={{ ...attendance, percent }} locale={locale} t={t} />}
          {group.enrolment === 'rolling' && (
            <MissedModules
              ids={completion?.missedModules ?? []}
              modules={modules}
              locale={locale}
              t={t}
              caughtUp={participant.caughtUp ?? []}
              onCaughtUp={(moduleId, caught) => {
                const rest = (participant.caughtUp ?? []).filter((id) => id !== moduleId);
                const next = { ...participant, caughtUp: caught ? [...rest, moduleId] : rest, updatedAt: app.now() };
                void app.repo.putParticipant(next).catch(app.report);
              }}
            />
          )}
          <p role="status" aria-live="polite" class="muted">
            {editor.saveStatus}
          </p>
          <EraseParticipant participant={participant} />
        </div>
      </details>
      {flags.length > 0 && (
        <ul class="plain groups-flags">
          {flags.map((f) => (
            <li key={f.kind} class="notice warn">
              <span aria-hidden="true">⚠ </span>
              <strong>
                {participant.code} – {t(f.labelKey)}:
              </strong>{' '}
              {t(f.outreachKey)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
