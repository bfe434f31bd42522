/** The way from a backup reminder to the backup button, kept apart so Home loads no backup code. */
import type { AppStore } from '../state/app-store';

export const BACKUP_BUTTON_ID = 'backup-everything';

/** Opens Settings and puts focus on "Back up everything" once it is there. */
export function goToBackup(app: AppStore) {
  app.navigate({ name: 'settings' });
  let tries = 0;
  const focus = () => {
    // The page can be gone before Settings has rendered (closed, or a test's document torn down).
    if (typeof document === 'undefined') return;
    const button = document.getElementById(BACKUP_BUTTON_ID);
    if (button) {
      button.scrollIntoView?.({ block: 'center' });
      button.focus();
    } else if (tries++ < 50) {
      setTimeout(focus, 20);
    }
  };
  focus();
}
