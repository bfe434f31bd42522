/**
 * The backup reminder (on Home and in Settings) and its setting. It shows when there are records,
 * reminders are on and the last backup is missing or older than the chosen number of days.
 */
import { useApp, useT } from '../state/app-store';
import { backupDue } from '../../lib/backup/reminder';
import { goToBackup } from './go-to-backup';
import { plural } from '../common/plural';

export function BackupReminder() {
  const app = useApp();
  const t = useT();
  const settings = app.settings.value;
  // Groups stand for "there are records": every participant and session belongs to one.
  if (!backupDue(settings, app.now(), app.groups.value.length > 0)) return null;
  return (
    <div class="notice warn row backup-reminder">
      <span>
        {settings.lastBackupAt === null
          ? t('backup.reminderNever')
          : plural(t, app.locale.value, { one: 'backup.reminder.one', other: 'backup.reminder.other' }, settings.backupReminderDays)}
      </span>
      <button type="button" onClick={() => goToBackup(app)}>
        {t('backup.reminderGo')}
      </button>
    </div>
  );
}

export function BackupReminderSetting() {
  const app = useApp();
  const t = useT();
  return (
    <label class="field">
      {t('backup.reminderDays')}
      <input
        type="number"
        min={0}
        max={365}
        step={1}
        value={app.settings.value.backupReminderDays}
        onChange={(e) => {
          const days = Number((e.target as HTMLInputElement).value);
          if (Number.isInteger(days) && days >= 0 && days <= 365) void app.updateSettings({ backupReminderDays: days });
        }}
      />
    </label>
  );
}
