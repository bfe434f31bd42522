/**
 * A synchronous write-ahead journal for text typed into a session. IndexedDB writes are
 * asynchronous and a closing panel can cut one off; localStorage writes complete before the
 * keystroke handler returns. An entry lives only until its database write has committed, and
 * entries left by a closed panel are replayed into the database on next start.
 */
export interface JournalEntry {
  sessionId: string;
  fieldKey: string;
  value: string;
  at: number;
}

const PREFIX = 'imr-guide-journal:';

export interface Journal {
  put(entry: JournalEntry): void;
  /**
   * Removes the entry once its write committed: only if nothing newer was typed since `at`, and,
   * when `value` is given, only if the entry still holds that text (two keystrokes can share a millisecond).
   */
  settle(sessionId: string, fieldKey: string, at: number, value?: string): void;
  pending(): JournalEntry[];
}

export function createJournal(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>): Journal {
  const keyOf = (sessionId: string, fieldKey: string) => `${PREFIX}${sessionId}|${fieldKey}`;
  return {
    put(entry) {
      storage.setItem(keyOf(entry.sessionId, entry.fieldKey), JSON.stringify(entry));
    },
    settle(sessionId, fieldKey, at, value) {
      const key = keyOf(sessionId, fieldKey);
      const raw = storage.getItem(key);
      if (!raw) return;
      try {
        const entry = JSON.parse(raw) as JournalEntry;
        if (entry.at <= at && (value === undefined || entry.value === value)) storage.removeItem(key);
      } catch {
        storage.removeItem(key);
      }
    },
    pending() {
      const entries: JournalEntry[] = [];
      // Keys first: invalid entries are removed below, which would shift the indexes.
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) {
        try {
          const entry = JSON.parse(storage.getItem(key) ?? '') as JournalEntry;
          if (
            typeof entry.value === 'string' &&
            typeof entry.sessionId === 'string' &&
            typeof entry.fieldKey === 'string' &&
            typeof entry.at === 'number'
          ) {
            entries.push(entry);
          } else {
            // Not replayable: drop it so it cannot block the entries after it.
            storage.removeItem(key);
          }
        } catch {
          storage.removeItem(key);
        }
      }
      return entries.sort((a, b) => a.at - b.at);
    },
  };
}
