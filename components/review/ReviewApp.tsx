/**
 * The supervisor review page's shell: header, lock, imports, and the body once the data is read.
 * The body (estimates, views, charts, exports) and what the shell shows only sometimes load on
 * demand (issue 12), beside the page's read of the database; the body is in ReviewBody.tsx.
 */
import { useEffect } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { LanguageSelect } from '../common/LanguageSelect';
import { useThemeAndLanguage } from '../common/useThemeAndLanguage';
import { StringsPending } from '../common/StringsPending';
import { lazyView } from '../common/lazy';
import { useAutoLock } from '../privacy/useAutoLock';
import { useReviewData } from './useReviewData';
import './review.css';

const ReviewBody = lazyView('review body', () => import('./ReviewBody').then((m) => m.ReviewBody));
const SelfReportedBanner = lazyView('self-reported note', () => import('./ReviewBody').then((m) => m.SelfReportedBanner));
const FirstPage = lazyView('first page', () => import('./FirstPage').then((m) => m.FirstPage));
const SupervisionImport = lazyView('supervision import', () => import('../supervision/SupervisionImport').then((m) => m.SupervisionImport));
const ImportedSources = lazyView('imported sources', () => import('../supervision/ImportedSources').then((m) => m.ImportedSources));
const LockScreen = lazyView('lock', () => import('../privacy/LockScreen').then((m) => m.LockScreen));
const EraseEverything = lazyView('erase', () => import('../privacy/EraseEverything').then((m) => m.EraseEverything));

export function ReviewApp() {
  const app = useApp();
  const t = useT();
  useThemeAndLanguage();
  const data = useReviewData();
  useAutoLock(app);
  // The body's code loads while the database is read, not after.
  useEffect(() => ReviewBody.preload(), []);
  const locked = app.vault.value === 'locked';
  if (!app.messages.value) return <StringsPending />;

  return (
    <div class="review">
      <header class="row review-header">
        <h1>{t('review.title')}</h1>
        <LanguageSelect />
        {app.vault.value === 'unlocked' && (
          <button type="button" onClick={() => app.lock()}>
            {t('lock.lockNow')}
          </button>
        )}
      </header>
      <main class="stack">
        <SelfReportedBanner />
        {app.error.value && (
          <p role="alert" class="notice error">
            {t('app.error', { message: app.error.value })}
          </p>
        )}
        {locked ? (
          <LockScreen forgotten={<EraseEverything />} />
        ) : (
          <>
            <SupervisionImport title={t('supervision.importTitle')} hint={t('supervision.importHint')} />
            <ImportedSources />
            {data === null ? (
              <p role="status">{t('app.loading')}</p>
            ) : data.complete ? (
              <ReviewBody data={data} />
            ) : (
              <FirstPage data={data} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
