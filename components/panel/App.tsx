import { useEffect, useRef } from 'preact/hooks';
import { useApp, useT, type Route } from '../state/app-store';
import { Home } from './Home';
import { LanguageSelect } from '../common/LanguageSelect';
import { useThemeAndLanguage } from '../common/useThemeAndLanguage';
import { preloadViews, Settings, ViewSlot } from './views';
import { DB_BLOCKED_EVENT } from '../state/page-environment';
import { lazyView } from '../common/lazy';
import { useAutoLock } from '../privacy/useAutoLock';
import { RunningBar, useFocusHeadingOnNavigation } from './StayInSession';
import { StringsPending } from '../common/StringsPending';
import './panel.css';

// The lock screen loads only when this page is locked (issue 12).
const LockScreen = lazyView('lock', () => import('../privacy/LockScreen').then((m) => m.LockScreen));
const EraseEverything = lazyView('erase', () => import('../privacy/EraseEverything').then((m) => m.EraseEverything));

const NAV: { route: Route['name']; key: 'nav.home' | 'nav.groups' | 'nav.modules' | 'nav.settings' }[] = [
  { route: 'home', key: 'nav.home' },
  { route: 'groups', key: 'nav.groups' },
  { route: 'modules', key: 'nav.modules' },
  { route: 'settings', key: 'nav.settings' },
];

/** The side panel: a header with navigation, and one view at a time. */
export function PanelApp() {
  const app = useApp();
  const t = useT();
  useThemeAndLanguage();
  useEffect(() => {
    void app.load();
    const onBlocked = () => (app.blocked.value = true);
    document.addEventListener(DB_BLOCKED_EVENT, onBlocked);
    return () => document.removeEventListener(DB_BLOCKED_EVENT, onBlocked);
  }, [app]);

  useAutoLock(app);
  const ready = app.ready.value;
  useEffect(() => {
    // Once the first screen is up and painted, the other views load in the background so opening
    // one is instant; not sooner, so their code does not delay Home's first frame.
    if (!ready) return;
    const preload = () => {
      preloadViews();
      LockScreen.preload();
      EraseEverything.preload();
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(preload, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [ready]);

  const route = app.route.value;
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(main, route);
  if (!app.messages.value) return <StringsPending />;
  const locked = app.vault.value === 'locked';
  return (
    <div class="panel">
      <header class="panel-header">
        <h1>{t('app.title')}</h1>
        <LanguageSelect />
        {app.vault.value === 'unlocked' && (
          <button type="button" class="lock-now" onClick={() => app.lock()}>
            {t('lock.lockNow')}
          </button>
        )}
      </header>
      {!locked && (
        <nav aria-label={t('nav.main')} class="panel-nav">
          {NAV.map((item) => (
            <button
              key={item.route}
              type="button"
              aria-current={route.name === item.route ? 'page' : undefined}
              onClick={() => app.navigate({ name: item.route } as Route)}
            >
              {t(item.key)}
            </button>
          ))}
          <button type="button" onClick={() => app.env.openReview?.()}>
            {t('nav.review')}
            <span class="visually-hidden"> ({t('nav.reviewHint')})</span>
          </button>
        </nav>
      )}
      {app.blocked.value && (
        <p role="alert" class="notice warn">
          {t('app.blocked')}
        </p>
      )}
      {app.error.value && (
        <div role="alert" class="notice error row">
          <span>{t('app.error', { message: app.error.value })}</span>
          <button type="button" onClick={() => app.dismissError()}>
            {t('common.close')}
          </button>
        </div>
      )}
      {!locked && app.ready.value && <RunningBar />}
      <main class="panel-main" ref={main}>
        {!app.ready.value ? (
          <p>{t('app.loading')}</p>
        ) : locked ? (
          <LockScreen forgotten={<EraseEverything />} />
        ) : route.name === 'home' ? (
          <Home />
        ) : route.name === 'settings' ? (
          <Settings />
        ) : (
          <ViewSlot route={route} />
        )}
      </main>
    </div>
  );
}
