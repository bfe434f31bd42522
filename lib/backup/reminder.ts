/**
 * When to remind the practitioner to back up: records exist, reminders are on, and the last
 * backup is missing or older than the chosen number of days. Pure.
 */
import type { Settings } from '../settings';

const DAY_MS = 86_400_000;

export function backupDue(settings: Pick<Settings, 'backupReminderDays' | 'lastBackupAt'>, now: number, hasRecords: boolean): boolean {
  const days = settings.backupReminderDays;
  if (!hasRecords || !Number.isFinite(days) || days <= 0) return false;
  if (settings.lastBackupAt === null) return true;
  return now - settings.lastBackupAt >= days * DAY_MS;
}
