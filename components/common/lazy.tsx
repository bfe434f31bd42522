/**
 * A view whose code loads on demand (issue 12): the panel's first script carries only the shell and
 * Home, and every other screen comes as a chunk of its own. The chunk is asked for when the view is
 * first shown, or earlier with `preload()` (the panel preloads its views once Home is up, so
 * opening one normally shows it at once). "Loading…" appears only when a chunk takes longer than
 * a moment, so a normal open does not flash it; a chunk that fails to load (an extension updated
 * under an open page) shows a translated error with a way to try again, and is logged.
 *
 * Usage:
 *   const SummaryView = lazyView('summary', () => import('../summary/SummaryView').then((m) => m.SummaryView));
 *   <SummaryView sessionId={id} />
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../state/app-store';
import { createLogger } from '../../lib/log';

const log = createLogger('lazy');

/** How long a chunk may take before "Loading…" is shown. */
export const LOADING_DELAY_MS = 150;

export type LazyView<P> = FunctionComponent<P> & {
  /** Starts loading the chunk without showing the view; failures are logged and tried again when shown. */
  preload(): void;
};

type State<P> = { view: ComponentType<P> } | { failed: true } | { waiting: boolean };

export function lazyView<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (pending ??= load().then(
      (view) => (loaded = view),
      (e: unknown) => {
        // Tried again on the next attempt rather than remembered as failed.
        pending = null;
        throw e;
      },
    ));

  function Lazy(props: P) {
    const t = useT();
    const [state, setState] = useState<State<P>>(() => (loaded ? { view: loaded } : { waiting: false }));
    const [attempt, setAttempt] = useState(0);
    const View = loaded ?? ('view' in state ? state.view : null);

    useEffect(() => {
      // Loaded between this render and its effect (a preload landing): show it now, or it never would be.
      const ready = loaded;
      if (ready) {
        setState((s) => ('view' in s ? s : { view: ready }));
        return;
      }
      let live = true;
      const slow = setTimeout(() => live && setState((s) => ('waiting' in s ? { waiting: true } : s)), LOADING_DELAY_MS);
      get().then(
        (view) => live && setState({ view }),
        (e: unknown) => {
          log.error(`loading the ${name} view`, e);
          if (live) setState({ failed: true });
        },
      );
      return () => {
        live = false;
        clearTimeout(slow);
      };
    }, [attempt]);

    if (View) return <View {...props} />;
    if ('failed' in state) {
      return (
        <div role="alert" class="notice error row">
          <span>{t('app.viewFailed')}</span>
          <button
            type="button"
            onClick={() => {
              setState({ waiting: true });
              setAttempt((n) => n + 1);
            }}
          >
            {t('app.tryAgain')}
          </button>
        </div>
      );
    }
    return 'waiting' in state && state.waiting ? <p role="status">{t('app.loading')}</p> : null;
  }
  Lazy.displayName = `Lazy(${name})`;
  return Object.assign(Lazy, {
    preload() {
      void get().catch(log.catcher(`preloading the ${name} view`, 'warn'));
    },
  });
}
