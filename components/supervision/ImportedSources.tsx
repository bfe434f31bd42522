/**
 * Where imported records came from, one line per practitioner's profile, each removable with
 * everything imported from it (after a confirmation that says what goes and what stays).
 */
import { useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { useLiveRead } from '../common/useLiveRead';
import { formatDate } from '../../lib/i18n/dates';
import type { ImportedSource } from '../../lib/model';
import { Confirm } from '../privacy/Confirm';

export function ImportedSources() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const sources = useLiveRead(() => app.repo.listSources(), ['sources'], []);
  const [asking, setAsking] = useState<ImportedSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  async function remove(source: ImportedSource) {
    setBusy(true);
    try {
      await app.repo.removeSource(source.id);
      setStatus(t('supervision.removed', { practitioner: source.practitioner }));
      setAsking(null);
      heading.current?.focus();
    } catch (e) {
      app.report(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card stack supervision-sources" aria-labelledby="supervision-sources-title">
      <h3 id="supervision-sources-title" ref={heading} tabIndex={-1}>
        {t('supervision.sources')}
      </h3>
      {sources !== null && sources.length === 0 && <p class="muted">{t('supervision.sourcesNone')}</p>}
      <ul class="plain stack">
        {(sources ?? []).map((s) => (
          <li key={s.id}>
            <span>
              {t('supervision.source', {
                practitioner: s.practitioner,
                level: t(s.level === 'fidelity' ? 'supervision.source.fidelity' : 'supervision.source.full'),
                date: formatDate(new Date(s.exportedAt), locale, { dateStyle: 'medium' }),
              })}
            </span>
            <button type="button" class="danger" onClick={() => setAsking(s)}>
              {t('supervision.remove', { practitioner: s.practitioner })}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <Confirm
          title={t('supervision.remove', { practitioner: asking.practitioner })}
          yes={t('supervision.removeYes')}
          no={t('common.cancel')}
          busy={busy}
          onYes={() => void remove(asking)}
          onNo={() => setAsking(null)}
        >
          <p>{t('supervision.removeConfirm', { practitioner: asking.practitioner })}</p>
        </Confirm>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
