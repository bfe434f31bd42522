import { afterEach, describe, expect, it } from 'vitest';
import { createJournal, type JournalEntry } from '../../lib/db/journal';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Repo } from '../../lib/db/repo';
import { replayJournal } from '../../lib/session/replay';
import { fieldKey, parseFieldKey, readTextField, writeTextField, type TextField } from '../../lib/session/text-fields';
import { emptyParticipantEntry, type Session } from '../../lib/model';
import { V1_SESSION } from './fixtures/db-v1';

const PREFIX = 'imr-guide-journal:';

/** The part of the Web Storage API the journal uses, in memory, keys in insertion order. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}

const entry = (sessionId: string, key: string, value: string, at: number): JournalEntry => ({
  sessionId,
  fieldKey: key,
  value,
  at,
});

describe('journal', () => {
  it('returns pending entries sorted by time, one per session and field', () => {
    const storage = new MemoryStorage();
    const journal = createJournal(storage);
    journal.put(entry('s1', 'notes', 'late', 300));
    journal.put(entry('s2', 'notes', 'early', 100));
    journal.put(entry('s1', 'prompt-note:p1', 'middle', 200));
    expect(journal.pending()).toEqual([
      entry('s2', 'notes', 'early', 100),
      entry('s1', 'prompt-note:p1', 'middle', 200),
      entry('s1', 'notes', 'late', 300),
    ]);
    // A later keystroke in the same field replaces the entry.
    journal.put(entry('s1', 'notes', 'later still', 400));
    expect(journal.pending().filter((e) => e.sessionId === 's1' && e.fieldKey === 'notes')).toEqual([
      entry('s1', 'notes', 'later still', 400),
    ]);
    expect(journal.pending()).toHaveLength(3);
  });

  it('ignores storage keys that are not its own', () => {
    const storage = new MemoryStorage();
    storage.setItem('theme', 'dark');
    storage.setItem('other:s1|notes', JSON.stringify(entry('s1', 'notes', 'x', 1)));
    const journal = createJournal(storage);
    expect(journal.pending()).toEqual([]);
    journal.put(entry('s1', 'notes', 'x', 1));
    journal.settle('s1', 'notes', 1);
    expect(storage.keys()).toEqual(['theme', 'other:s1|notes']);
  });

  it('settles an entry only when nothing newer was typed', () => {
    const storage = new MemoryStorage();
    const journal = createJournal(storage);
    journal.put(entry('s1', 'notes', 'abc', 200));
    journal.settle('s1', 'notes', 100); // an older write committed: the newer text must stay
    expect(journal.pending()).toEqual([entry('s1', 'notes', 'abc', 200)]);
    journal.settle('s1', 'notes', 200);
    expect(journal.pending()).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('settling one field or session leaves the others', () => {
    const journal = createJournal(new MemoryStorage());
    journal.put(entry('s1', 'notes', 'a', 1));
    journal.put(entry('s1', 'participant-note:p1', 'b', 1));
    journal.put(entry('s2', 'notes', 'c', 1));
    journal.settle('s1', 'notes', 5);
    journal.settle('s3', 'notes', 5); // nothing there: no-op
    expect(journal.pending().map((e) => `${e.sessionId}|${e.fieldKey}`).sort()).toEqual(['s1|participant-note:p1', 's2|notes']);
  });

  it('skips corrupt entries, and a settle of their key removes them', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}s1|notes`, '{not json');
    storage.setItem(`${PREFIX}s2|notes`, 'null');
    storage.setItem(`${PREFIX}s3|notes`, JSON.stringify({ sessionId: 's3', fieldKey: 'notes', value: 42, at: 1 }));
    storage.setItem(`${PREFIX}s4|notes`, JSON.stringify({ fieldKey: 'notes', value: 'x', at: 1 }));
    storage.setItem(`${PREFIX}s5|notes`, '"just a string"');
    const journal = createJournal(storage);
    journal.put(entry('ok', 'notes', 'fine', 7));
    expect(journal.pending()).toEqual([entry('ok', 'notes', 'fine', 7)]);
    journal.settle('s1', 'notes', 0);
    expect(storage.getItem(`${PREFIX}s1|notes`)).toBeNull();
  });
});

describe('text fields', () => {
  const fields: TextField[] = [
    { kind: 'notes' },
    { kind: 'participant-note', participantId: 'participant_1' },
    { kind: 'next-practice', participantId: 'participant_1' },
    { kind: 'prompt-note', promptId: 'checkin-welcome-each' },
    // Ids containing the separator still round-trip.
    { kind: 'prompt-note', promptId: 'custom-a:b' },
  ];

  it.each(fields.map((f) => [fieldKey(f), f] as const))('%s round-trips through parseFieldKey', (key, field) => {
    expect(parseFieldKey(key)).toEqual(field);
  });

  it('gives every field a distinct key', () => {
    const keys = fields.map(fieldKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(['', 'note', 'notes:', 'participant-note:', 'prompt-note:', 'unknown:x', ':x', 'next-practice'])(
    'parseFieldKey(%j) is null',
    (key) => {
      expect(parseFieldKey(key)).toBeNull();
    },
  );

  // BUG (lib/session/text-fields.ts, parseFieldKey): for a key without ':' indexOf is -1, so
  // kind = key.slice(0, -1) and id = the whole key; 'prompt-notes' parses as a prompt note for
  // prompt 'prompt-notes' (same for 'participant-notes', 'next-practices').
  it.each(['prompt-notes', 'participant-notes', 'next-practices'])('parseFieldKey(%j) without a separator is null', (key) => {
    expect(parseFieldKey(key)).toBeNull();
  });

  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
      Object.freeze(value);
      for (const v of Object.values(value)) deepFreeze(v);
    }
    return value;
  }

  it.each(fields)('writeTextField(%j) never mutates its input and reads back the value', (field) => {
    const original: Session = {
      ...V1_SESSION,
      participants: { participant_1: { ...emptyParticipantEntry(), note: 'old', nextHomePractice: 'old' } },
      prompts: { 'checkin-welcome-each': { status: 'done', note: 'old', at: 1 } },
    };
    const snapshot = structuredClone(original);
    const frozen = deepFreeze(structuredClone(original));
    const next = writeTextField(frozen, field, 'new text', 99);
    expect(frozen).toEqual(snapshot);
    expect(readTextField(next, field)).toBe('new text');
    expect(readTextField(frozen, field)).toBe(readTextField(snapshot, field));
  });

  it('keeps the other values of a participant entry and of a prompt record', () => {
    const s: Session = {
      ...V1_SESSION,
      participants: { p1: { ...emptyParticipantEntry(), attendance: 'late', note: 'n' } },
      prompts: { q1: { status: 'not-done', note: 'old', at: 1 } },
    };
    const a = writeTextField(s, { kind: 'next-practice', participantId: 'p1' }, 'walk', 5);
    expect(a.participants.p1).toEqual({ ...emptyParticipantEntry(), attendance: 'late', note: 'n', nextHomePractice: 'walk' });
    const b = writeTextField(s, { kind: 'prompt-note', promptId: 'q1' }, 'why', 5);
    expect(b.prompts.q1).toEqual({ status: 'not-done', note: 'why', at: 5 });
  });

  it('creates an empty entry or record for a participant or prompt not yet recorded', () => {
    const s: Session = { ...V1_SESSION, participants: {}, prompts: {} };
    const a = writeTextField(s, { kind: 'participant-note', participantId: 'p9' }, 'hi', 5);
    expect(a.participants.p9).toEqual({ ...emptyParticipantEntry(), note: 'hi' });
    const b = writeTextField(s, { kind: 'prompt-note', promptId: 'q9' }, 'hi', 5);
    expect(b.prompts.q9).toEqual({ status: null, note: 'hi', at: 5 });
  });
});

describe('replayJournal', () => {
  let counter = 0;
  const closers: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  function realRepo(): Repo {
    const connect = createConnection({ name: `imr-journal-test-${Date.now()}-${++counter}` });
    const bus = createChangeBus((name) => new BroadcastChannel(`${name}:journal-test-${counter}`));
    closers.push(() => bus.close(), async () => (await connect()).close());
    return createRepo(connect, bus);
  }

  it('writes pending text into sessions, settles what it wrote and drops entries of deleted sessions', async () => {
    const repo = realRepo();
    await repo.putSession({
      ...V1_SESSION,
      id: 's1',
      notes: 'stale',
      participants: { p1: { ...emptyParticipantEntry(), attendance: 'present' } },
      prompts: {},
    });
    const storage = new MemoryStorage();
    const journal = createJournal(storage);
    journal.put(entry('s1', 'notes', 'typed before the panel closed', 100));
    journal.put(entry('s1', fieldKey({ kind: 'participant-note', participantId: 'p1' }), 'p1 note', 110));
    journal.put(entry('s1', fieldKey({ kind: 'prompt-note', promptId: 'checkin-welcome-each' }), 'prompt note', 120));
    journal.put(entry('deleted', 'notes', 'nowhere to go', 130));
    journal.put(entry('s1', 'bogus:key', 'unparseable', 140));

    const restored = await replayJournal(journal, repo);

    expect(restored).toBe(3);
    const s = await repo.getSession('s1');
    expect(s?.notes).toBe('typed before the panel closed');
    expect(s?.participants.p1).toEqual({ ...emptyParticipantEntry(), attendance: 'present', note: 'p1 note' });
    expect(s?.prompts['checkin-welcome-each']).toEqual({ status: null, note: 'prompt note', at: 120 });
    expect(await repo.getSession('deleted')).toBeUndefined();
    expect(journal.pending()).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('keeps an entry that was typed again during the replay', async () => {
    const repo = realRepo();
    await repo.putSession({ ...V1_SESSION, id: 's1' });
    const journal = createJournal(new MemoryStorage());
    journal.put(entry('s1', 'notes', 'first', 100));
    const typing: Pick<Repo, 'updateSession'> = {
      async updateSession(id, change) {
        const result = await repo.updateSession(id, change);
        journal.put(entry('s1', 'notes', 'typed meanwhile', 200));
        return result;
      },
    };
    expect(await replayJournal(journal, typing)).toBe(1);
    expect(journal.pending()).toEqual([entry('s1', 'notes', 'typed meanwhile', 200)]);
  });

  // BUG (lib/db/journal.ts pending() checks only `value` and `sessionId`; lib/session/replay.ts
  // then calls parseFieldKey(undefined), which throws a TypeError outside the try): one stored
  // entry without a fieldKey makes replayJournal reject, so no later entry is ever replayed.
  it('a stored entry without a fieldKey does not stop the other entries from being replayed', async () => {
    const repo = realRepo();
    await repo.putSession({ ...V1_SESSION, id: 's1', notes: '' });
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}s1|broken`, JSON.stringify({ sessionId: 's1', value: 'x', at: 1 }));
    const journal = createJournal(storage);
    journal.put(entry('s1', 'notes', 'rescued', 2));
    expect(await replayJournal(journal, repo)).toBe(1);
    expect((await repo.getSession('s1'))?.notes).toBe('rescued');
  });

  it('keeps entries when the write fails for another reason than a missing session', async () => {
    const journal = createJournal(new MemoryStorage());
    journal.put(entry('s1', 'notes', 'keep me', 100));
    journal.put(entry('s2', 'prompt-note:q', 'keep me too', 200));
    let calls = 0;
    const failing: Pick<Repo, 'updateSession'> = {
      updateSession() {
        calls++;
        return Promise.reject(new Error('QuotaExceeded or similar'));
      },
    };
    expect(await replayJournal(journal, failing)).toBe(0);
    expect(calls).toBe(2);
    expect(journal.pending()).toEqual([entry('s1', 'notes', 'keep me', 100), entry('s2', 'prompt-note:q', 'keep me too', 200)]);
  });
});
