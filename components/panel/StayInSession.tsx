/**
 * Staying in the session (issue 9): while a session runs, every other view shows a bar back to
 * it; and after each change of view, focus goes to the new view's heading, so a keyboard or
 * screen-reader user lands where the page changed instead of on the page body.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import { useApp, useT, type Route } from '../state/app-store';

/** "Session running: return", on every view except the running session itself. */
export function RunningBar() {
  const app = useApp();
  const t = useT();
  const route = app.route.value;
  const session = app.running.value[0];
  if (!session || (route.name === 'run' && route.sessionId === session.id)) return null;
  const group = app.groups.value.find((g) => g.id === session.groupId);
  return (
    <div role="region" aria-label={t('panel.runningRegion')} class="notice warn row running-bar">
      <span>{group ? t('panel.runningFor', { group: group.name }) : t('panel.running')}</span>
      <button type="button" class="primary" onClick={() => app.navigate({ name: 'run', sessionId: session.id })}>
        {t('panel.return')}
      </button>
    </div>
  );
}

/** How long to wait for a view's heading to appear (views read their records first). */
const HEADING_WAIT_MS = 3000;

/**
 * Moves focus to the first heading inside `main` after each navigation (not on the first
 * render, where the browser's own start position is right). A heading that is not focusable
 * gets tabindex=-1, so it can take focus without entering the tab order.
 */
export function useFocusHeadingOnNavigation(main: RefObject<HTMLElement | null>, route: Route) {
  const first = useRef(true);
  const key = JSON.stringify(route);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focus = (): boolean => {
      const heading = root.querySelector<HTMLElement>('h2, h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) stop();
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [key]);
}
