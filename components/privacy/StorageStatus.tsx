/** Settings > Storage on this device: whether the browser keeps the records under pressure, and how much space they use. */
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { readStorageStatus, requestPersistence, type StorageStatus as Status } from './storage';
import { formatBytes } from './backup-text';

export function StorageStatus() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let live = true;
    // Asked here as well as on Home: Settings is where the answer is shown.
    void requestPersistence()
      .then(() => readStorageStatus())
      .then((s) => live && setStatus(s))
      .catch(app.report);
    return () => {
      live = false;
    };
  }, [app]);

  return (
    <section class="card stack" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('storage.title')}</h3>
      {status && (
        <>
          <p>{status.persisted === true ? t('storage.persisted') : status.persisted === false ? t('storage.notPersisted') : t('storage.unknown')}</p>
          <p class="muted">
            {status.usage !== null && status.quota !== null
              ? t('storage.usage', { used: formatBytes(status.usage, locale), quota: formatBytes(status.quota, locale) })
              : t('storage.usageUnknown')}
          </p>
        </>
      )}
    </section>
  );
}
