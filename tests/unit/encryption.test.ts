import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey, fromBase64, importForReading, MIN_ITERATIONS, open, openAsync, randomBytes, seal, WrongKeyError } from '../../lib/crypto/cipher';
import { decryptText, EncryptedEnvelope, encryptText } from '../../lib/crypto/envelope';
import * as v from 'valibot';
import { createChangeBus, type ChangeNotice } from '../../lib/db/changes';
import { createConnection, type ImrDatabase } from '../../lib/db/open';
import { createRepo, LOCK_NOTICE, WrongPassphraseError, type Repo } from '../../lib/db/repo';
import { createKeyring, LockedError, openRecord, sealRecord } from '../../lib/db/vault';
import { createJournal } from '../../lib/db/journal';
import { applyClockAction } from '../../lib/session/actions';
import { fullPlan, makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

const PASS = 'correct horse battery';
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two pages (panel and review) on one database, each with its own key in memory. */
function twoPages() {
  const name = unique('imr-encryption-test');
  const channel = unique('channel');
  const page = () => {
    const connect = createConnection({ name });
    const bus = createChangeBus((n) => new BroadcastChannel(`${n}:${channel}`));
    const notices: ChangeNotice[] = [];
    bus.subscribe((n) => notices.push(n));
    cleanups.push(async () => {
      bus.close();
      (await connect()).close();
    });
    return { repo: createRepo(connect, bus, createKeyring()), connect, notices };
  };
  return { panel: page(), review: page() };
}

/** Everything the database holds, as stored, in one string: what someone reading the profile sees. */
async function rawDump(connect: () => Promise<ImrDatabase>): Promise<string> {
  const db = await connect();
  const stores = ['groups', 'participants', 'sessions', 'itisRatings', 'settings', 'adaptations', 'meta'] as const;
  const all = await Promise.all(stores.map((s) => db.getAll(s)));
  return JSON.stringify(all);
}

const SECRET_NOTE = 'Talked about her sister and the hospital stay';
const SECRET_CODE = 'MJ-77';
const SECRET_GOAL = 'Move into my own flat';

async function seed(repo: Repo) {
  await repo.putGroup(makeGroup({ id: 'g1', name: 'Individual MJ' }));
  await repo.putParticipant(makeParticipant({ id: 'p1', code: SECRET_CODE, goal: SECRET_GOAL }));
  await repo.putSession(
    makeSession({
      id: 's1',
      status: 'running',
      plan: fullPlan(),
      notes: SECRET_NOTE,
      participants: { p1: makeEntry({ attendance: 'present', note: 'private entry note' }) },
      prompts: { 'apr-review-each': { status: 'done', note: 'prompt note text', at: 1 } },
      events: [{ type: 'start', at: 1_000 }],
    }),
  );
  await repo.putItisRating({ id: 'r1', sessionId: 's1', rater: 'Sup', ratedAt: 2, scores: {}, comment: 'rater comment text' });
}

describe('cipher', () => {
  it('seals and opens; another key or an altered text throws WrongKeyError', () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'hello');
    expect(open(key, sealed)).toBe('hello');
    expect(() => open(randomBytes(32), sealed)).toThrow(WrongKeyError);
    const altered = { ...sealed, ct: sealed.ct.slice(0, -4) + (sealed.ct.endsWith('AAA=') ? 'BBB=' : 'AAA=') };
    expect(() => open(key, altered)).toThrow(WrongKeyError);
  });

  it('what the synchronous cipher seals, native AES-GCM opens (bulk reads use it)', async () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'Ünïcode note ✓');
    expect(await openAsync(await importForReading(key), sealed)).toBe('Ünïcode note ✓');
    await expect(openAsync(await importForReading(randomBytes(32)), sealed)).rejects.toThrow(WrongKeyError);
  });

  it('uses a new nonce for every seal', () => {
    const key = randomBytes(32);
    const a = seal(key, 'same');
    const b = seal(key, 'same');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('derives the same key from the same passphrase and salt, and refuses weak iteration counts', async () => {
    const salt = randomBytes(16);
    const [a, b, c] = await Promise.all([deriveKey(PASS, salt), deriveKey(PASS, salt), deriveKey('other passphrase', salt)]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(32);
    await expect(deriveKey(PASS, salt, MIN_ITERATIONS - 1)).rejects.toThrow(/iterations/);
  });

  it('file envelopes open with the passphrase only, and claim at least 600,000 iterations', async () => {
    const envelope = await encryptText(PASS, '{"x":1}');
    expect(envelope.iterations).toBeGreaterThanOrEqual(600_000);
    expect(v.safeParse(EncryptedEnvelope, envelope).success).toBe(true);
    expect(v.safeParse(EncryptedEnvelope, { ...envelope, iterations: 1_000 }).success).toBe(false);
    expect(await decryptText(PASS, envelope)).toBe('{"x":1}');
    await expect(decryptText('wrong passphrase', envelope)).rejects.toThrow(WrongKeyError);
    expect(fromBase64(envelope.salt)).toHaveLength(16);
  });
});

describe('vault records', () => {
  const key = randomBytes(32);
  const session = makeSession({ notes: SECRET_NOTE, events: [{ type: 'start', at: 5 }] });

  it('keeps the clock readable and seals the private fields', () => {
    const stored = sealRecord('sessions', session, { enabled: true, key });
    expect(JSON.stringify(stored)).not.toContain(SECRET_NOTE);
    expect(stored).not.toHaveProperty('notes');
    expect(stored.events).toEqual(session.events);
    expect(stored.plan).toEqual(session.plan);
    expect(openRecord('sessions', stored, key)).toEqual(session);
  });

  it('a locked reader gets placeholders; a locked writer may change the clock only', () => {
    const stored = sealRecord('sessions', session, { enabled: true, key });
    const seen = openRecord('sessions', stored, null);
    expect(seen.notes).toBe('');
    expect(seen.participants).toEqual({});
    const paused = applyClockAction(seen, 'toggle-pause', 10);
    const written = sealRecord('sessions', paused, { enabled: true, key: null }, stored);
    expect(written.sealed).toEqual(stored.sealed);
    expect(openRecord('sessions', written, key)).toEqual({ ...session, events: paused.events });
    expect(() => sealRecord('sessions', { ...seen, notes: 'typed while locked' }, { enabled: true, key: null }, stored)).toThrow(LockedError);
    // A new record cannot be written in the clear while the vault is on.
    expect(() => sealRecord('sessions', session, { enabled: true, key: null })).toThrow(LockedError);
  });
});

describe('repository with a passphrase', () => {
  it('turning encryption on leaves no note, code, goal or comment readable in the database, and reads stay the same', async () => {
    const { panel } = twoPages();
    await seed(panel.repo);
    const before = await panel.repo.readEverything();
    expect(await rawDump(panel.connect)).toContain(SECRET_NOTE);

    await panel.repo.enableEncryption(PASS);

    const raw = await rawDump(panel.connect);
    for (const secret of [SECRET_NOTE, SECRET_CODE, SECRET_GOAL, 'Individual MJ', 'private entry note', 'prompt note text', 'rater comment text']) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain(PASS);
    expect(await panel.repo.vaultState()).toBe('unlocked');
    expect(await panel.repo.readEverything()).toEqual(before);
    // Indexes still work on readable fields.
    expect((await panel.repo.runningSessions()).map((s) => s.id)).toEqual(['s1']);
    expect((await panel.repo.listParticipants('g1')).map((p) => p.code)).toEqual([SECRET_CODE]);
  });

  it('another page is locked: it sees placeholders, cannot write private data, and a wrong passphrase changes nothing', async () => {
    const { panel, review } = twoPages();
    await seed(panel.repo);
    await panel.repo.enableEncryption(PASS);

    expect(await review.repo.vaultState()).toBe('locked');
    expect((await review.repo.getSession('s1'))?.notes).toBe('');
    expect((await review.repo.listParticipants('g1'))[0]?.code).toBe('');
    await expect(review.repo.readEverything()).rejects.toThrow(LockedError);
    await expect(review.repo.putParticipant(makeParticipant({ id: 'p2', code: 'NEW' }))).rejects.toThrow(LockedError);
    await expect(review.repo.updateSession('s1', (s) => ({ ...s, notes: 'overwrite' }))).rejects.toThrow(LockedError);

    const untouched = await rawDump(review.connect);
    await expect(review.repo.unlock('not the passphrase')).rejects.toThrow(WrongPassphraseError);
    expect(await review.repo.vaultState()).toBe('locked');
    expect(await rawDump(review.connect)).toBe(untouched);

    await review.repo.unlock(PASS);
    expect(await review.repo.vaultState()).toBe('unlocked');
    expect((await review.repo.getSession('s1'))?.notes).toBe(SECRET_NOTE);
  });

  it('while locked the clock still runs: a shortcut pauses the session and the notes survive', async () => {
    const { panel, review } = twoPages();
    await seed(panel.repo);
    await panel.repo.enableEncryption(PASS);

    const paused = await review.repo.updateSession('s1', (s) => applyClockAction(s, 'toggle-pause', 2_000));
    expect(paused.events.at(-1)).toEqual({ type: 'pause', at: 2_000 });
    const seenByPanel = await panel.repo.getSession('s1');
    expect(seenByPanel?.notes).toBe(SECRET_NOTE);
    expect(seenByPanel?.participants.p1?.note).toBe('private entry note');
    expect(seenByPanel?.events.at(-1)).toEqual({ type: 'pause', at: 2_000 });
  });

  it('changing the passphrase re-encrypts every record; the old one no longer opens, and other pages lock', async () => {
    const { panel, review } = twoPages();
    await seed(panel.repo);
    await panel.repo.enableEncryption(PASS);
    await review.repo.unlock(PASS);
    const sealedBefore = (await (await panel.connect()).get('sessions', 's1')) as unknown as { sealed: { ct: string } };

    await expect(panel.repo.changePassphrase('wrong current', 'a new passphrase')).rejects.toThrow(WrongPassphraseError);
    await panel.repo.changePassphrase(PASS, 'a new passphrase');

    const sealedAfter = (await (await panel.connect()).get('sessions', 's1')) as unknown as { sealed: { ct: string } };
    expect(sealedAfter.sealed.ct).not.toBe(sealedBefore.sealed.ct);
    expect((await panel.repo.getSession('s1'))?.notes).toBe(SECRET_NOTE);
    // The review page's key is stale: it locks instead of failing to read.
    expect(await review.repo.vaultState()).toBe('locked');
    await expect(review.repo.unlock(PASS)).rejects.toThrow(WrongPassphraseError);
    await review.repo.unlock('a new passphrase');
    expect((await review.repo.getSession('s1'))?.notes).toBe(SECRET_NOTE);
  });

  it('lock() forgets the key and tells other pages to lock', async () => {
    const { panel, review } = twoPages();
    await seed(panel.repo);
    await panel.repo.enableEncryption(PASS);
    panel.repo.lock();
    expect(await panel.repo.vaultState()).toBe('locked');
    await new Promise((r) => setTimeout(r, 20));
    expect(review.notices.some((n) => n.stores.includes('meta') && n.ids?.includes(LOCK_NOTICE))).toBe(true);
  });

  it('turning encryption off stores plaintext again, in one go', async () => {
    const { panel } = twoPages();
    await seed(panel.repo);
    await panel.repo.enableEncryption(PASS);
    await expect(panel.repo.disableEncryption('wrong')).rejects.toThrow(WrongPassphraseError);
    await panel.repo.disableEncryption(PASS);
    expect(await panel.repo.vaultState()).toBe('off');
    const raw = await rawDump(panel.connect);
    expect(raw).toContain(SECRET_NOTE);
    expect(raw).not.toContain('"sealed"');
  });

  it('a restore under encryption is sealed with this profile’s key; erasure works on sealed records', async () => {
    const { panel } = twoPages();
    await seed(panel.repo);
    const copy = await panel.repo.readEverything();
    await panel.repo.enableEncryption(PASS);
    await panel.repo.eraseEverything();
    expect(await panel.repo.vaultState()).toBe('off');

    await panel.repo.enableEncryption(PASS);
    await panel.repo.replaceEverything(copy);
    expect(await rawDump(panel.connect)).not.toContain(SECRET_NOTE);
    expect(await panel.repo.readEverything()).toEqual(copy);

    await panel.repo.eraseParticipants(['p1']);
    expect(await panel.repo.listParticipants('g1')).toEqual([]);
    const s = await panel.repo.getSession('s1');
    expect(s?.participants).toEqual({});
    expect(s?.notes).toBe(SECRET_NOTE);
  });
});

describe('journal with a key', () => {
  class MemoryStorage {
    items = new Map<string, string>();
    get length() {
      return this.items.size;
    }
    key(i: number) {
      return [...this.items.keys()][i] ?? null;
    }
    getItem(k: string) {
      return this.items.get(k) ?? null;
    }
    setItem(k: string, value: string) {
      this.items.set(k, value);
    }
    removeItem(k: string) {
      this.items.delete(k);
    }
  }

  it('stores typed text sealed; a page without the key keeps the entry but cannot read it', () => {
    const storage = new MemoryStorage();
    const keyring = createKeyring();
    keyring.set(randomBytes(32));
    const journal = createJournal(storage, keyring);
    expect(journal.put({ sessionId: 's1', fieldKey: 'notes', value: SECRET_NOTE, at: 1 })).toBe(true);
    expect([...storage.items.values()].join()).not.toContain(SECRET_NOTE);
    expect(journal.pending()).toEqual([{ sessionId: 's1', fieldKey: 'notes', value: SECRET_NOTE, at: 1 }]);

    const lockedJournal = createJournal(storage, createKeyring());
    expect(lockedJournal.pending()).toEqual([]);
    expect(storage.length).toBe(1);
  });

  it('never throws when storage refuses a write: put says false', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const journal = createJournal(full);
    expect(journal.put({ sessionId: 's1', fieldKey: 'notes', value: 'x', at: 1 })).toBe(false);
    expect(journal.pending()).toEqual([]);
  });
});

describe('backups carry exclusions from the estimates', () => {
  it('reads them with everything else, and a restore replaces them', async () => {
    const { panel } = twoPages();
    await seed(panel.repo);
    await panel.repo.excludeSession('s1', 'test', 5);
    const copy = await panel.repo.readEverything();
    expect(copy.exclusions).toEqual([{ sessionId: 's1', reason: 'test', excludedAt: 5 }]);
    await panel.repo.replaceEverything({ ...copy, exclusions: [] });
    expect((await panel.repo.listExclusions()).size).toBe(0);
    await panel.repo.replaceEverything(copy);
    expect([...(await panel.repo.listExclusions()).keys()]).toEqual(['s1']);
  });
});
