import { useEffect } from 'preact/hooks';
import type { AppStore } from '../state/app-store';

const ACTIVITY = ['keydown', 'pointerdown', 'input', 'wheel', 'focusin'] as const;

/**
 * Locks this page after the chosen idle time (Settings). Activity is any input on this page; the
 * timer restarts on each. Other pages keep their own timers, and "Lock now" locks them all.
 */
export function useAutoLock(app: AppStore) {
  const minutes = app.settings.value.autoLockMinutes;
  const unlocked = app.vault.value === 'unlocked';
  useEffect(() => {
    if (!unlocked || minutes <= 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => app.lockThisPage(), minutes * 60_000);
    };
    restart();
    for (const type of ACTIVITY) document.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart, { capture: true });
    };
  }, [app, minutes, unlocked]);
}
