/** The form that adds a participant to a group by code or initials, joined today unless another day is given. */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { isoDate, newId } from '../../lib/ids';
import type { Group } from '../../lib/model';
import { codeProblem, newParticipant } from './participant';
import { CodeField } from './ParticipantEditor';

export function AddParticipant({ group, codes }: { group: Group; codes: string[] }) {
  const app = useApp();
  const t = useT();
  const [code, setCode] = useState('');
  const [joinedOn, setJoinedOn] = useState(() => isoDate(app.now()));
  // After a first attempt the check runs as the practitioner types, so the warning goes once fixed.
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const checked = codeProblem(t, code, codes);
  const problem = tried && 'message' in checked ? checked.message : null;

  async function submit(e: Event) {
    e.preventDefault();
    setTried(true);
    if ('message' in checked) {
      setStatus('');
      return;
    }
    const now = app.now();
    const participant = newParticipant({ id: newId('participant'), groupId: group.id, code: checked.code, joinedOn: joinedOn || isoDate(now), now });
    try {
      await app.repo.putParticipant(participant);
      setCode('');
      setTried(false);
      setStatus(t('groups.added', { code: participant.code }));
    } catch (err) {
      app.report(err);
    }
  }

  return (
    <form class="card stack" aria-labelledby="groups-add-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="groups-add-title">{t('groups.addParticipant')}</h3>
      <CodeField value={code} problem={problem} onInput={setCode} />
      <label class="field">
        {t('groups.joinedOn')}
        <input type="date" value={joinedOn} required onInput={(e) => setJoinedOn((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary">
        {t('groups.addButton')}
      </button>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </form>
  );
}
