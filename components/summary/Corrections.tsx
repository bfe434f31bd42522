/**
 * Corrections on the summary of an ended session (issue 9): the "amended on …" stamp, a way back
 * into the record to amend it, and deleting the session after a confirmation that says what goes.
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { Confirm } from '../privacy/Confirm';
import { useLiveRead } from '../common/useLiveRead';
import { message, renderMessage } from '../../lib/i18n/render';
import { formatDate, formatIsoDate, pick } from '../../lib/i18n';
import type { Session } from '../../lib/model';

export function Corrections({ session }: { session: Session }) {
  const app = useApp();
  const ratings = useLiveRead(() => app.repo.listItisRatings(session.id).then((r) => r.length), ['itisRatings'], [session.id]) ?? 0;
  const t = useT();
  const locale = app.locale.value;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (session.status !== 'ended') return null;
  const count = (key: 'summary.countPeople' | 'summary.countRatings', n: number) => renderMessage(message(key, { n }, n), locale);
  const module = app.curriculum.value.modules.find((m) => m.id === session.moduleId);

  async function remove() {
    setBusy(true);
    try {
      await app.repo.deleteSessions([session.id]);
      app.navigate({ name: 'home' });
    } catch (e) {
      app.report(e);
      setBusy(false);
    }
  }

  return (
    <div class="stack">
      {session.amendedAt !== undefined && (
        <p class="notice">{t('summary.amendedOn', { date: formatDate(new Date(session.amendedAt), locale, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      )}
      <div class="row">
        <button type="button" onClick={() => app.navigate({ name: 'run', sessionId: session.id })}>
          {t('summary.amend')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('summary.delete')}
        </button>
      </div>
      {confirming && (
        <Confirm title={t('summary.deleteTitle')} yes={t('summary.deleteYes')} no={t('summary.deleteNo')} busy={busy} onYes={() => void remove()} onNo={() => setConfirming(false)}>
          <p>
            {t('summary.deleteWhat', {
              date: formatIsoDate(session.date, locale),
              module: module ? `${module.number}. ${pick(module.title, locale)}` : session.moduleId,
              n: session.sessionNumber,
              people: count('summary.countPeople', Object.keys(session.participants).length),
              ratings: count('summary.countRatings', ratings),
            })}
          </p>
        </Confirm>
      )}
    </div>
  );
}
