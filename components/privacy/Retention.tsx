/**
 * Settings > Retention: the optional rule "erase participants who left more than N months ago"
 * (off by default), who it would erase now, a backup first, and the erasure after confirmation.
 * Nothing is erased without that click: the rule only decides who is listed.
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { useLiveRead } from '../common/useLiveRead';
import { dueForErasure } from '../../lib/retention';
import { isoDate } from '../../lib/ids';
import { formatIsoDate } from '../../lib/i18n/dates';
import { LockedError } from '../../lib/db/repo';
import { createLogger } from '../../lib/log';
import { Confirm } from './Confirm';
import { backUpEverything } from './backup-actions';
import { countsText, plural, type ProblemText } from './backup-text';
import { ProblemAlert } from './ProblemAlert';

const log = createLogger('retention');
const DEFAULT_MONTHS = 24;

export function Retention() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const months = app.settings.value.retentionMonths;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<ProblemText | null>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);
  const locked = app.vault.value === 'locked';

  const participants = useLiveRead(() => (locked ? Promise.resolve([]) : app.repo.listAllParticipants()), ['participants'], [locked]);
  const due = dueForErasure(participants ?? [], months, isoDate(app.now())).sort((a, b) => (a.leftOn ?? '').localeCompare(b.leftOn ?? ''));
  const undated = (participants ?? []).some((p) => p.status !== 'active' && p.leftOn === null);

  const only = (lead: string): ProblemText => ({ lead, items: [], more: null });

  async function backUpFirst() {
    setStatus('');
    setProblem(null);
    setBusy(true);
    try {
      const written = await backUpEverything(app);
      setStatus(t('backup.written', { file: written.fileName, summary: countsText(t, locale, written.summary) }));
    } catch (e) {
      if (e instanceof LockedError) setProblem(only(t('backup.locked')));
      else {
        log.error('backing up before erasure', e);
        setProblem(only(t('backup.failed', { message: e instanceof Error ? e.message : String(e) })));
      }
    } finally {
      setBusy(false);
    }
  }

  async function erase() {
    setBusy(true);
    const ids = due.map((p) => p.id);
    try {
      await app.repo.eraseParticipants(ids);
      setAsking(false);
      setStatus(plural(t, locale, { one: 'retention.done.one', other: 'retention.done.other' }, ids.length));
    } catch (e) {
      log.error('erasing participants past the retention period', e);
      setProblem(only(t('retention.failed', { message: e instanceof Error ? e.message : String(e) })));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack" aria-labelledby="retention-title">
      <h3 id="retention-title">{t('retention.title')}</h3>
      <label class="check">
        <input
          type="checkbox"
          checked={months !== null}
          onChange={(e) => void app.updateSettings({ retentionMonths: (e.target as HTMLInputElement).checked ? DEFAULT_MONTHS : null })}
        />
        {t('retention.enable')}
      </label>
      {months !== null && (
        <label class="field">
          {t('retention.months')}
          <input
            type="number"
            min={1}
            max={1200}
            step={1}
            value={months}
            onChange={(e) => {
              const n = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 1 && n <= 1200) void app.updateSettings({ retentionMonths: n });
            }}
          />
        </label>
      )}
      <p class="muted">{t('retention.hint')}</p>
      {months !== null && participants && (
        <>
          {due.length === 0 ? (
            <p>{t('retention.none')}</p>
          ) : (
            <>
              <p>{plural(t, locale, { one: 'retention.due.one', other: 'retention.due.other' }, due.length)}</p>
              <ul class="backup-due">
                {due.map((p) => (
                  <li key={p.id}>{t('retention.item', { code: p.code, date: formatIsoDate(p.leftOn ?? '', locale) })}</li>
                ))}
              </ul>
              <div class="row">
                <button type="button" disabled={busy} onClick={() => void backUpFirst()}>
                  {t('retention.backupFirst')}
                </button>
                <button ref={eraseRef} type="button" class="danger" disabled={busy} aria-expanded={asking} onClick={() => setAsking(true)}>
                  {t('retention.eraseNow')}
                </button>
              </div>
            </>
          )}
          {undated && <p class="muted">{t('retention.noDate')}</p>}
        </>
      )}
      {asking && due.length > 0 && (
        <Confirm
          title={plural(t, locale, { one: 'retention.confirm.one', other: 'retention.confirm.other' }, due.length)}
          yes={t('retention.confirmYes')}
          no={t('erase.cancel')}
          busy={busy}
          onYes={() => void erase()}
          onNo={() => {
            setAsking(false);
            eraseRef.current?.focus();
          }}
        >
          <p>{due.map((p) => p.code).join(', ')}</p>
        </Confirm>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <p role="status">{status}</p>
    </section>
  );
}
