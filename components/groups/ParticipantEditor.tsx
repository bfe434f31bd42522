/**
 * Editing one participant: the draft and how it is saved (choices at once, text on blur, never a
 * code that looks like a name or that another participant uses), and the fields for the code,
 * dates, status and completion support. The goal and its steps are in GoalSteps.tsx.
 */
import { useId, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { isoDate } from '../../lib/ids';
import type { Participant, ParticipantStatus } from '../../lib/model';
import { RELAPSE_LABEL, STATUS_LABEL } from './labels';
import { useDraft, useLatest } from './hooks';
import { codeProblem, participantDraft, sameParticipant, statusChange, type ParticipantDraft } from './participant';
import { CODE_MAX } from '../../lib/limits';

export function useParticipantEditor(participant: Participant, otherCodes: readonly string[]) {
  const app = useApp();
  const t = useT();
  const [codeIssue, setCodeIssue] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState('');
  const stored = useLatest(participant);

  async function save(d: ParticipantDraft) {
    const checked = codeProblem(t, d.code, otherCodes);
    if ('message' in checked) {
      setCodeIssue(checked.message);
      setSaveStatus(t('groups.notSaved'));
      return;
    }
    setCodeIssue(null);
    const current = stored.current;
    const next: Participant = { ...current, ...d, code: checked.code, joinedOn: d.joinedOn || current.joinedOn, updatedAt: app.now() };
    if (sameParticipant(current, next)) return;
    try {
      await app.repo.putParticipant(next);
      setSaveStatus(t('common.saved'));
    } catch (e) {
      app.report(e);
    }
  }

  const draft = useDraft(() => participantDraft(participant), save);
  return {
    ...draft,
    codeIssue,
    saveStatus,
    setParticipantStatus: (next: ParticipantStatus) => draft.change(statusChange(draft.current(), next, isoDate(app.now())), true),
  };
}

export type ParticipantEditor = ReturnType<typeof useParticipantEditor>;

interface CodeFieldProps {
  value: string;
  problem: string | null;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/** The participant's code or initials, with the reminder not to type a name and any problem found. */
export function CodeField({ value, problem, onInput, onBlur }: CodeFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <>
      <label class="field">
        {t('groups.code')}
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          maxLength={CODE_MAX}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
          onBlur={onBlur}
        />
      </label>
      <span id={`${id}-hint`} class="muted groups-hint">
        {t('groups.codeHint')}
      </span>
      {problem && (
        <p id={`${id}-problem`} class="notice warn" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** Code, joined date, status and, once no longer active, the end date. */
export function MembershipFields({ editor }: { editor: ParticipantEditor }) {
  const t = useT();
  const { draft, change, commit } = editor;
  return (
    <>
      <CodeField value={draft.code} problem={editor.codeIssue} onInput={(code) => change({ code }, false)} onBlur={commit} />
      <div class="row groups-dates">
        <label class="field">
          {t('groups.joinedOn')}
          <input type="date" value={draft.joinedOn} required onChange={(e) => change({ joinedOn: (e.target as HTMLInputElement).value }, true)} />
        </label>
        <label class="field">
          {t('groups.status')}
          <select value={draft.status} onChange={(e) => editor.setParticipantStatus((e.target as HTMLSelectElement).value as ParticipantStatus)}>
            {(['active', 'completed', 'left'] as const).map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        {draft.status !== 'active' && (
          <label class="field">
            {t('groups.leftOn')}
            <input
              type="date"
              value={draft.leftOn ?? ''}
              onChange={(e) => change({ leftOn: (e.target as HTMLInputElement).value || null }, true)}
            />
          </label>
        )}
      </div>
    </>
  );
}

/** Medication and relapse-prevention plan, which the fidelity estimate's medication and relapse items count. */
export function SupportFields({ editor }: { editor: ParticipantEditor }) {
  const t = useT();
  const { draft, change } = editor;
  return (
    <>
      <h4>{t('groups.support')}</h4>
      <label class="check">
        <input type="checkbox" checked={draft.takesMedication} onChange={(e) => change({ takesMedication: (e.target as HTMLInputElement).checked }, true)} />
        {t('groups.medication')}
      </label>
      <label class="field">
        {t('groups.relapsePlan')}
        <select
          value={draft.relapsePlan}
          onChange={(e) => change({ relapsePlan: (e.target as HTMLSelectElement).value as Participant['relapsePlan'] }, true)}
        >
          {(['none', 'written', 'practised'] as const).map((r) => (
            <option key={r} value={r}>
              {t(RELAPSE_LABEL[r])}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
