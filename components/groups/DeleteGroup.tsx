/**
 * Deleting a group (issue 9): after a confirmation that says what goes (its participants and
 * sessions with their entries, notes and ratings), in one transaction (repo.deleteGroup).
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { Confirm } from '../privacy/Confirm';
import type { Group } from '../../lib/model';
import { message, renderMessage } from '../../lib/i18n/render';

export function DeleteGroup({ group, participants, sessions }: { group: Group; participants: number; sessions: number }) {
  const app = useApp();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const running = app.running.value.some((s) => s.groupId === group.id);
  const locale = app.locale.value;

  async function remove() {
    setBusy(true);
    try {
      await app.repo.deleteGroup(group.id);
      app.navigate({ name: 'groups' });
    } catch (e) {
      app.report(e);
      setBusy(false);
    }
  }

  return (
    <div class="stack">
      <button type="button" class="danger" disabled={running} onClick={() => setConfirming(true)}>
        {t('groups.delete')}
      </button>
      {running && <p class="muted">{t('groups.deleteRunning')}</p>}
      {confirming && (
        <Confirm
          title={t('groups.deleteTitle', { name: group.name })}
          yes={t('groups.deleteYes')}
          no={t('groups.deleteNo')}
          busy={busy}
          onYes={() => void remove()}
          onNo={() => setConfirming(false)}
        >
          <p>
            {t('groups.deleteWhat', {
              participants: renderMessage(message('groups.countPeople', { n: participants }, participants), locale),
              sessions: renderMessage(message('groups.countSessions', { n: sessions }, sessions), locale),
            })}
          </p>
        </Confirm>
      )}
    </div>
  );
}
