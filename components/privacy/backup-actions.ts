/**
 * The two things several privacy sections do: back up everything to a downloaded file, and jump
 * to the backup section from elsewhere (the reminder on Home, the retention "Back up first").
 */
import { version as APP_VERSION } from '../../package.json';
import { buildBackup, backupFileName, checkEverything, summarise, type BackupIssue, type BackupSummary } from '../../lib/backup/format';
import type { AppStore } from '../state/app-store';
import { download } from '../common/download';

export { download };

export interface BackupWritten {
  fileName: string;
  summary: BackupSummary;
  /** Problems a restore of this file would meet (empty when it restores as it is). */
  issues: BackupIssue[];
}

/**
 * Reads every record in one transaction, writes the file (sealed under the vault key when a
 * passphrase is set) as a download and records when. Throws LockedError while locked.
 */
export async function backUpEverything(app: AppStore): Promise<BackupWritten> {
  const data = await app.repo.readEverything();
  const key = await app.repo.currentKey();
  const now = new Date(app.now());
  const text = buildBackup(data, { now, appVersion: APP_VERSION, key });
  const fileName = backupFileName(now);
  download(text, fileName);
  await app.updateSettings({ lastBackupAt: now.getTime() });
  // The check a restore makes, run now: a backup that could not be restored must be noticed today.
  const checked = checkEverything(data);
  return { fileName, summary: summarise(data), issues: checked.ok ? [] : checked.issues };
}

// Home's backup reminder needs only these, without the backup file's code (issue 12).
export { BACKUP_BUTTON_ID, goToBackup } from './go-to-backup';
