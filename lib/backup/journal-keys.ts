/**
 * "Erase everything" must also empty the typing journal (lib/db/journal.ts): it holds text typed
 * into a session until the database has it, in localStorage under its own key prefix. The page's
 * journal object clears itself; this removes every entry from the storage itself, so entries
 * also go when the page was started without a journal (or with another key).
 *
 * Usage: clearJournal(localStorage)
 */
import { JOURNAL_PREFIX } from '../db/journal';

export { JOURNAL_PREFIX };

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
