import { useApp } from '../state/app-store';
import { pick } from '../../lib/i18n/text';
import { STRINGS_FAILED } from './strings-pending';

/**
 * What a page shows before its strings are in (issue 12): nothing for the few milliseconds their
 * chunk takes, so no key ever shows, or why they did not come.
 *
 * Usage: if (!app.messages.value) return <StringsPending />;
 */
export function StringsPending() {
  const app = useApp();
  if (!app.messagesFailed.value) return null;
  return (
    <p role="alert" class="notice error">
      {pick(STRINGS_FAILED, app.locale.value)}
    </p>
  );
}
