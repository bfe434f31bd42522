/**
 * The data-keeping sections of Settings: the backup reminder, backup and restore, storage status,
 * retention and erasure. One element in Settings.tsx, so the sections can grow here.
 */
import { BackupReminder } from './BackupReminder';
import { BackupRestore } from './BackupRestore';
import { StorageStatus } from './StorageStatus';
import { Retention } from './Retention';
import { EraseEverything } from './EraseEverything';
import './backup.css';

export function PrivacySettings() {
  return (
    <div class="stack">
      <BackupReminder />
      <BackupRestore />
      <StorageStatus />
      <Retention />
      <EraseEverything />
    </div>
  );
}
