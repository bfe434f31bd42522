/**
 * A synchronous write-ahead journal for text typed into a session. IndexedDB writes are
 * asynchronous and a closing panel can cut one off; localStorage writes complete before the
 * keystroke handler returns. An entry lives only until its database write has committed, and
 * entries left by a closed panel are replayed into the database on next start.
 *
 * With a passphrase set, the text is sealed under the vault key (synchronously: see
 * lib/crypto/cipher.ts), so the journal never holds readable notes either. Entries sealed under a
 * key this page does not hold (locked, or an older passphrase) are kept, not replayed.
 *
 * The journal never throws: storage can be full or switched off, and a keystroke must then still
 * reach the database. `put` says whether the safety copy was made, so the page can tell the user.
 */
import { isSealed, open, seal, type Sealed } from '../crypto/cipher';
import type { Keyring } from './vault';
import { createLogger } from '../log';

export interface JournalEntry {
  sessionId: string;
  fieldKey: string;
  value: string;
  at: number;
}

/** What is written to storage: the value in the clear, or sealed. */
type StoredEntry = Omit<JournalEntry, 'value'> & ({ value: string } | { sealed: Sealed });

export const JOURNAL_PREFIX = 'imr-guide-journal:';

export interface Journal {
  /** Writes the entry; false when storage refused it (full, disabled). Never throws. */
  put(entry: JournalEntry): boolean;
  /**
   * Removes the entry once its write committed: only if nothing newer was typed since `at`, and,
   * when `value` is given, only if the entry still holds that text (two keystrokes can share a millisecond).
   */
  settle(sessionId: string, fieldKey: string, at: number, value?: string): void;
  /** Entries this page can read, oldest first. */
  pending(): JournalEntry[];
  /** Removes every entry (erasure). */
  clear(): void;
}

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const log = createLogger('journal');

export function createJournal(storage: JournalStorage, keyring?: Keyring): Journal {
  const keyOf = (sessionId: string, fieldKey: string) => `${JOURNAL_PREFIX}${sessionId}|${fieldKey}`;

  /** The stored entry opened; null when it cannot be read here (locked, other key), undefined when malformed. */
  function read(raw: string): JournalEntry | null | undefined {
    let stored: Partial<StoredEntry> & { value?: unknown; sealed?: unknown };
    try {
      stored = JSON.parse(raw) as typeof stored;
    } catch {
      return undefined;
    }
    if (typeof stored !== 'object' || stored === null) return undefined;
    if (typeof stored.sessionId !== 'string' || typeof stored.fieldKey !== 'string' || typeof stored.at !== 'number') return undefined;
    const base = { sessionId: stored.sessionId, fieldKey: stored.fieldKey, at: stored.at };
    if (typeof stored.value === 'string') return { ...base, value: stored.value };
    if (!isSealed(stored.sealed)) return undefined;
    const key = keyring?.key();
    if (!key) return null;
    try {
      return { ...base, value: open(key, stored.sealed) };
    } catch {
      return null;
    }
  }

  function prefixedKeys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
    return keys;
  }

  function remove(key: string) {
    try {
      storage.removeItem(key);
    } catch (e) {
      log.warn('could not remove a journal entry', e);
    }
  }

  return {
    put(entry) {
      try {
        const key = keyring?.key();
        const { value, ...rest } = entry;
        const stored: StoredEntry = key ? { ...rest, sealed: seal(key, value) } : entry;
        storage.setItem(keyOf(entry.sessionId, entry.fieldKey), JSON.stringify(stored));
        return true;
      } catch (e) {
        log.error('could not write the safety copy of typed text', e);
        return false;
      }
    },
    settle(sessionId, fieldKey, at, value) {
      const key = keyOf(sessionId, fieldKey);
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch (e) {
        log.warn('could not read the journal', e);
        return;
      }
      if (!raw) return;
      const entry = read(raw);
      if (entry === undefined) return remove(key);
      // An entry this page cannot open is settled by time alone: the write that committed is newer.
      if (entry === null) {
        const stored = JSON.parse(raw) as { at: number };
        if (stored.at <= at) remove(key);
        return;
      }
      if (entry.at <= at && (value === undefined || entry.value === value)) remove(key);
    },
    pending() {
      const entries: JournalEntry[] = [];
      let keys: string[];
      try {
        // Keys first: invalid entries are removed below, which would shift the indexes.
        keys = prefixedKeys();
      } catch (e) {
        log.error('could not read the journal', e);
        return [];
      }
      for (const key of keys) {
        const raw = storage.getItem(key);
        const entry = raw === null ? undefined : read(raw);
        if (entry) entries.push(entry);
        // Not replayable: drop it so it cannot block the entries after it.
        else if (entry === undefined) remove(key);
      }
      return entries.sort((a, b) => a.at - b.at);
    },
    clear() {
      try {
        for (const key of prefixedKeys()) remove(key);
      } catch (e) {
        log.error('could not clear the journal', e);
      }
    },
  };
}
