/**
 * User preferences. Stored in IndexedDB (one record) so the background can read them while the
 * panel is closed, e.g. to decide whether to notify at a step boundary.
 */
import type { Locale } from './i18n/text';
import type { NoteFormat } from './model';

export interface Settings {
  /** Null: follow the browser's language. */
  locale: Locale | null;
  /** Name or initials of the practitioner using this browser, stamped on new sessions. */
  practitioner: string;
  /** Seconds before a step's planned end at which the warning cue fires. */
  warnSeconds: number;
  chime: boolean;
  /** Notifications when the panel is closed; the permission is asked for when this is turned on. */
  notifications: boolean;
  noteFormat: NoteFormat;
  theme: 'system' | 'light' | 'dark';
  /** With a passphrase set: lock after this many idle minutes (0: only by hand). */
  autoLockMinutes: number;
  /** Remind to back up when the last backup is older than this many days (0: never). */
  backupReminderDays: number;
  /** When "Back up everything" last wrote a file (epoch ms), or null. */
  lastBackupAt: number | null;
  /** Retention rule: erase participants who left more than this many months ago (null: keep). */
  retentionMonths: number | null;
  /**
   * This profile's id in supervision files, made at the first export, so a supervisor's later
   * imports from here update earlier ones instead of duplicating them.
   */
  sourceId: string | null;
  /** Base64 secret for participant pseudonyms in fidelity-only files (same person, same pseudonym). */
  pseudonymKey: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  practitioner: '',
  warnSeconds: 120,
  chime: false,
  notifications: false,
  noteFormat: 'imr',
  theme: 'system',
  autoLockMinutes: 15,
  backupReminderDays: 7,
  lastBackupAt: null,
  retentionMonths: null,
  sourceId: null,
  pseudonymKey: null,
};

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}
