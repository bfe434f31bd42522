/**
 * "Erase participant" in a group's participant editor: the participant and their entries in
 * every session go, in one transaction, after a confirmation that says how many sessions held an
 * entry and how many session notes still mention their code (free text is not rewritten).
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import type { Participant } from '../../lib/model';
import { erasureImpact, type ErasureImpact } from '../../lib/erasure';
import { createLogger } from '../../lib/log';
import { Confirm } from './Confirm';
import './backup.css';
import { plural } from './backup-text';

const log = createLogger('erase');

export function EraseParticipant({ participant }: { participant: Participant }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [impact, setImpact] = useState<ErasureImpact | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const code = participant.code;

  async function ask() {
    setProblem('');
    try {
      setImpact(erasureImpact(participant, await app.repo.listSessions(participant.groupId)));
    } catch (e) {
      app.report(e);
    }
  }

  function close() {
    setImpact(null);
    buttonRef.current?.focus();
  }

  async function erase() {
    setBusy(true);
    try {
      // The participant's row goes from the list when the group view re-reads.
      await app.repo.eraseParticipants([participant.id]);
    } catch (e) {
      log.error('erasing a participant', e);
      setProblem(t('erase.participantFailed', { code, message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  }

  return (
    <div class="stack">
      <div class="row">
        <button ref={buttonRef} type="button" class="danger" aria-expanded={impact !== null} onClick={() => void ask()}>
          {t('erase.participant')}
          <span class="visually-hidden"> {code}</span>
        </button>
      </div>
      {impact && (
        <Confirm title={t('erase.participantTitle', { code })} yes={t('erase.participantYes', { code })} no={t('erase.cancel')} busy={busy} onYes={() => void erase()} onNo={close}>
          <p>{plural(t, locale, { one: 'erase.participantEntries.one', other: 'erase.participantEntries.other' }, impact.sessionsWithEntries, { code })}</p>
          <p>
            {impact.notesMentioning === 0
              ? t('erase.participantNotesNone', { code })
              : plural(t, locale, { one: 'erase.participantNotes.one', other: 'erase.participantNotes.other' }, impact.notesMentioning, { code })}
          </p>
        </Confirm>
      )}
      {problem && (
        <p role="alert" class="notice error">
          {problem}
        </p>
      )}
    </div>
  );
}
