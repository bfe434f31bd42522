/**
 * "Erase everything" must also empty the typing journal (lib/db/journal.ts): it holds text typed
 * into a session until the database has it, in localStorage under its own key prefix. The
 * journal's module has no bulk removal and belongs to the session code, so erasure does it here.
 *
 * Usage: clearJournal(localStorage)
 */

/** The journal's key prefix (lib/db/journal.ts, PREFIX); tests/unit/backup-format.test.ts checks they agree. */
export const JOURNAL_PREFIX = 'imr-guide-journal:';

/** Removes every journal entry; returns how many were removed. */
export function clearJournal(storage: Pick<Storage, 'key' | 'length' | 'removeItem'>): number {
  // Keys first: removing while walking the indexes would skip entries.
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
