/**
 * The data access layer every page uses: typed reads, and writes that are transactional,
 * durable (strict: a user's save must survive a crash) and announced on the change bus.
 * It is also the one place records are encrypted and decrypted (lib/db/vault.ts): with a
 * passphrase set, private fields are sealed on the way in and opened on the way out.
 *
 * Usage:
 *   const repo = createRepo(createConnection(), createChangeBus(), createKeyring());
 *   await repo.updateSession(id, (s) => ({ ...s, notes }));
 */
import type { Group, ImportedSource, Participant, Session } from '../model';
import { withDefaults, type Settings } from '../settings';
import type { ItisRating } from '../fidelity/itis';
import { exclusionMap, type ExclusionReason, type SessionExclusion } from '../fidelity/exclusions';
import type { StoredAdaptation } from '../curriculum/stored-adaptation';
import { deriveKey, fromBase64, importForReading, open, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, seal, toBase64, WrongKeyError } from '../crypto/cipher';
import type { ChangeBus } from './changes';
import { abort, createCoreRepo, NotFoundError, STRICT, type RecordKeys, type VaultState } from './core-repo';
import type { ImrDatabase } from './open';
import { ALL_STORES } from './schema';
import { count, decide, NO_COUNTS, PSEUDONYM_PREFIX, type Counts } from '../supervision/merge';
import { countRating, decideRating, NO_FEEDBACK_COUNTS, type FeedbackCounts } from '../feedback/merge';
import {
  createKeyring,
  LockedError,
  openRecord,
  openRecordAsync,
  SEALED_STORES,
  sealRecord,
  VAULT_CHECK,
  VAULT_KEY,
  type Keyring,
  type SealedStore,
  type VaultRecord,
} from './vault';

export interface Batch {
  groups?: Group[];
  participants?: Participant[];
  sessions?: Session[];
  itisRatings?: ItisRating[];
}

/** Every record, opened: what a backup holds and a restore writes back. */
export interface Everything {
  groups: Group[];
  participants: Participant[];
  sessions: Session[];
  itisRatings: ItisRating[];
  settings: Settings;
  adaptation: StoredAdaptation | null;
  /** Profiles whose supervision files were imported here. */
  sources: ImportedSource[];
  /** Sessions this profile leaves out of the estimates, with the reason. */
  exclusions: SessionExclusion[];
}

export { NotFoundError, type VaultState };

/** What one import did, per kind of record. */
export interface ImportCounts {
  groups: Counts;
  participants: Counts;
  sessions: Counts;
}
/** The change notice id that tells every page to lock. */
export const LOCK_NOTICE = 'lock';
export { LockedError };

/** The passphrase does not open the vault; nothing was changed. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

interface RecordOf {
  groups: Group;
  participants: Participant;
  sessions: Session;
  itisRatings: ItisRating;
}

/** Sessions per read transaction in a full read (see listAllSessions). */
const READ_PAGE = 200;

export function createRepo(connect: () => Promise<ImrDatabase>, bus: ChangeBus, keyring: Keyring = createKeyring()) {
  const vaultState = (vault: VaultRecord | undefined) => ({ enabled: !!vault, key: vault ? keyring.key() : null });
  const opened = <S extends SealedStore>(store: S, record: RecordOf[S]) => openRecord(store, record, keyring.key());

  // The WebCrypto form of the current key, re-imported whenever the keyring holds another one.
  let reading: { raw: Uint8Array; key: Promise<CryptoKey> } | null = null;
  function readingKey(): Promise<CryptoKey> | null {
    const raw = keyring.key();
    if (!raw) {
      reading = null;
      return null;
    }
    if (reading?.raw !== raw) reading = { raw, key: importForReading(raw) };
    return reading.key;
  }
  /** Bulk reads open records with native AES-GCM: much faster than the synchronous path. */
  async function openAll<S extends SealedStore>(store: S, records: RecordOf[S][]): Promise<RecordOf[S][]> {
    if (!records.some((r) => 'sealed' in r)) return records;
    const key = await readingKey();
    return Promise.all(records.map((r) => openRecordAsync(store, r, key ?? null)));
  }

  async function put<S extends SealedStore>(store: S, value: RecordOf[S]): Promise<void> {
    const db = await connect();
    const tx = db.transaction([store, 'meta'], 'readwrite', STRICT);
    const vault = await tx.objectStore('meta').get(VAULT_KEY);
    const os = tx.objectStore(store);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store name ties the record type
    const previous = (await os.get(value.id)) as any;
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
      await Promise.all([os.put(sealRecord(store, value, vaultState(vault), previous) as any), tx.done]);
    } catch (e) {
      await abort(tx);
      throw e;
    }
    bus.publish([store], [value.id]);
  }

  /** Checks a passphrase against the vault; returns the key. */
  async function keyFor(vault: VaultRecord, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
    const key = await deriveKey(passphrase, fromBase64(vault.salt), vault.iterations);
    try {
      if (open(key, vault.check) !== VAULT_CHECK) throw new WrongPassphraseError();
    } catch (e) {
      if (e instanceof WrongKeyError) throw new WrongPassphraseError();
      throw e;
    }
    return key;
  }

  async function newVault(passphrase: string, now: number): Promise<{ vault: VaultRecord; key: Uint8Array<ArrayBuffer> }> {
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
    const vault: VaultRecord = { key: VAULT_KEY, salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, check: seal(key, VAULT_CHECK), enabledAt: now };
    return { vault, key };
  }

  /**
   * Rewrites every private record in one transaction: opened with `from` (null: plaintext) and
   * sealed with `to` (null: plaintext). Crypto is synchronous, so nothing else can commit between
   * the read and the write; an error aborts the whole rewrite.
   */
  async function rewriteAll(from: Uint8Array | null, to: Uint8Array | null, vault: VaultRecord | null): Promise<void> {
    const db = await connect();
    const tx = db.transaction([...SEALED_STORES, 'meta'], 'readwrite', STRICT);
    const writes: Promise<unknown>[] = [];
    try {
      for (const store of SEALED_STORES) {
        const os = tx.objectStore(store);
        for (const stored of await os.getAll()) {
          const record = openRecord(store, stored as never, from);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store name ties the record type
          writes.push(os.put(sealRecord(store, record, { enabled: !!to, key: to }) as any));
        }
      }
      writes.push(vault ? tx.objectStore('meta').put(vault) : tx.objectStore('meta').delete(VAULT_KEY));
      await Promise.all([...writes, tx.done]);
    } catch (e) {
      await abort(tx, writes);
      throw e;
    }
    bus.publish([...ALL_STORES]);
  }

  const keys: RecordKeys = {
    /** Also forgets a key that no longer opens the vault (the passphrase was changed on another page). */
    state(vault) {
      if (!vault) {
        keyring.clear();
        return 'off';
      }
      const key = keyring.key();
      if (!key) return 'locked';
      try {
        if (open(key, vault.check) === VAULT_CHECK) return 'unlocked';
      } catch {
        // Another key: fall through and lock.
      }
      keyring.clear();
      return 'locked';
    },
    open: opened,
    openAll,
    seal: (store, record, vault, previous) => sealRecord(store, record, vaultState(vault), previous),
  };

  return {
    bus,
    // The running session, its group, settings and the adaptation: shared with the background.
    ...createCoreRepo(connect, bus, keys),

    // ---- Lock and encryption -------------------------------------------------------------

    /** Turns existing records into ciphertext in one transaction and unlocks this page. */
    async enableEncryption(passphrase: string, now: number = Date.now()): Promise<void> {
      if ((await (await connect()).get('meta', VAULT_KEY)) !== undefined) throw new Error('Encryption is already on');
      const { vault, key } = await newVault(passphrase, now);
      await rewriteAll(null, key, vault);
      keyring.set(key);
    },
    /** Throws WrongPassphraseError and changes nothing when the passphrase is wrong. */
    async unlock(passphrase: string): Promise<void> {
      const vault = await (await connect()).get('meta', VAULT_KEY);
      if (!vault) return;
      keyring.set(await keyFor(vault, passphrase));
      bus.publish(['meta']);
    },
    /** Forgets the key on this page and asks every other open page to do the same. */
    lock(): void {
      keyring.clear();
      bus.publish(['meta'], [LOCK_NOTICE]);
    },
    /** Forgets the key on this page only (another page asked, or idle time ran out). */
    forgetKey(): void {
      keyring.clear();
    },
    /** Re-encrypts every record under a key from the new passphrase, in one transaction. */
    async changePassphrase(current: string, next: string, now: number = Date.now()): Promise<void> {
      const stored = await (await connect()).get('meta', VAULT_KEY);
      if (!stored) throw new Error('Encryption is off');
      const oldKey = await keyFor(stored, current);
      const { vault, key } = await newVault(next, now);
      await rewriteAll(oldKey, key, vault);
      keyring.set(key);
    },
    /** Stores every record as plaintext again, in one transaction. */
    async disableEncryption(passphrase: string): Promise<void> {
      const stored = await (await connect()).get('meta', VAULT_KEY);
      if (!stored) return;
      const key = await keyFor(stored, passphrase);
      await rewriteAll(key, null, null);
      keyring.clear();
    },
    /** The key and its derivation parameters, to encrypt a backup without deriving again. */
    async currentKey(): Promise<{ key: Uint8Array; salt: Uint8Array; iterations: number } | null> {
      const vault = await (await connect()).get('meta', VAULT_KEY);
      const key = keyring.key();
      if (!vault || !key) return null;
      return { key, salt: fromBase64(vault.salt), iterations: vault.iterations };
    },

    // ---- Reads and writes ---------------------------------------------------------------

    async listGroups(): Promise<Group[]> {
      const groups = await openAll('groups', await (await connect()).getAll('groups'));
      return groups.sort((a, b) => a.name.localeCompare(b.name));
    },
    async getGroup(id: string) {
      const group = await (await connect()).get('groups', id);
      return group && opened('groups', group);
    },
    putGroup: (group: Group) => put('groups', group),

    async listAllParticipants(): Promise<Participant[]> {
      return openAll('participants', await (await connect()).getAll('participants'));
    },
    putParticipant: (participant: Participant) => put('participants', participant),

    /**
     * Every session, read a page at a time in short transactions: one read of 10,000 sessions held
     * the panel's save of a keystroke for a second (a write waits for a read of the same store that
     * started before it), where a page lets it in after a few milliseconds. The pages are not one
     * snapshot; a write between them announces itself on the change bus, and readers refresh.
     */
    async listAllSessions(): Promise<Session[]> {
      const db = await connect();
      const all: Session[] = [];
      for (let after: string | undefined; ; ) {
        const page = await db.getAll('sessions', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), READ_PAGE);
        all.push(...page);
        if (page.length < READ_PAGE) break;
        after = page[page.length - 1]!.id;
      }
      return openAll('sessions', all);
    },
    async getSession(id: string) {
      const session = await (await connect()).get('sessions', id);
      return session && opened('sessions', session);
    },
    /**
     * The newest ended sessions by date, read through the date index without loading the rest:
     * what the review page shows first while it reads everything.
     */
    async listRecentEndedSessions(limit: number): Promise<Session[]> {
      const tx = (await connect()).transaction('sessions');
      const found: Session[] = [];
      let cursor = await tx.store.index('byDate').openCursor(null, 'prev');
      while (cursor && found.length < limit) {
        if (cursor.value.status === 'ended') found.push(cursor.value);
        cursor = await cursor.continue();
      }
      return openAll('sessions', found);
    },
    /**
     * The latest ended session date of the listed groups that ran most recently, for Home: walks the
     * date index from the newest and stops once `enough` groups are found (Home shows six) or
     * `maxScan` sessions were seen, so a profile of 10,000 sessions costs a short walk, not a read of
     * everything. `complete` says the walk reached the oldest session: a group not found then has
     * no ended session. Only readable fields are used; nothing is decrypted.
     */
    async latestEndedDates(
      groupIds: readonly string[],
      { enough = groupIds.length, maxScan = 400 }: { enough?: number; maxScan?: number } = {},
    ): Promise<{ dates: Map<string, string>; complete: boolean }> {
      const wanted = new Set(groupIds);
      const dates = new Map<string, string>();
      const tx = (await connect()).transaction('sessions');
      let cursor = await tx.store.index('byDate').openCursor(null, 'prev');
      for (let seen = 0; cursor && dates.size < Math.min(enough, wanted.size) && seen < maxScan; seen++) {
        const { groupId, status, date } = cursor.value;
        if (status === 'ended' && wanted.has(groupId) && !dates.has(groupId)) dates.set(groupId, date);
        cursor = await cursor.continue();
      }
      const complete = !cursor;
      await tx.done;
      return { dates, complete };
    },
    /** One group's latest ended session date, through its own index; undefined when it has none. */
    async latestEndedDate(groupId: string): Promise<string | undefined> {
      const sessions = await (await connect()).getAllFromIndex('sessions', 'byGroup', groupId);
      return sessions
        .filter((s) => s.status === 'ended')
        .map((s) => s.date)
        .sort()
        .at(-1);
    },
    /** How many sessions are stored, without reading them. */
    async countSessions(): Promise<number> {
      return (await connect()).count('sessions');
    },
    putSession: (session: Session) => put('sessions', session),

    async updateSettings(patch: Partial<Settings>): Promise<Settings> {
      const db = await connect();
      const tx = db.transaction('settings', 'readwrite', STRICT);
      const stored = await tx.store.get('settings');
      const { key: _key, ...rest } = stored ?? { key: 'settings' as const };
      const next = withDefaults({ ...rest, ...patch });
      await Promise.all([tx.store.put({ ...next, key: 'settings' }), tx.done]);
      bus.publish(['settings']);
      return next;
    },

    async putAdaptation(value: StoredAdaptation): Promise<void> {
      const db = await connect();
      const tx = db.transaction('adaptations', 'readwrite', STRICT);
      await Promise.all([tx.store.put(value), tx.done]);
      bus.publish(['adaptations']);
    },

    async listItisRatings(sessionId?: string): Promise<ItisRating[]> {
      const db = await connect();
      return await openAll('itisRatings', sessionId ? await db.getAllFromIndex('itisRatings', 'bySession', sessionId) : await db.getAll('itisRatings'));
    },
    putItisRating: (rating: ItisRating) => put('itisRatings', rating),

    /** Writes many records in one transaction: all or nothing (demo data, imports). */
    async writeBatch(batch: Batch): Promise<void> {
      const stores = (Object.keys(batch) as (keyof Batch)[]).filter((k) => (batch[k]?.length ?? 0) > 0);
      if (stores.length === 0) return;
      const db = await connect();
      const tx = db.transaction([...stores, 'meta'], 'readwrite', STRICT);
      const writes: Promise<unknown>[] = [];
      try {
        const vault = vaultState(await tx.objectStore('meta').get(VAULT_KEY));
        for (const store of stores) {
          const os = tx.objectStore(store);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- records are typed by the Batch keys
          for (const record of batch[store] ?? []) writes.push(os.put(sealRecord(store, record as never, vault) as any));
        }
      } catch (e) {
        // put() throws synchronously on a bad key; the writes already queued must not commit.
        await abort(tx, writes);
        throw e;
      }
      await Promise.all([...writes, tx.done]);
      bus.publish(stores);
    },

    // ---- Backup, restore and erasure ------------------------------------------------------

    /** Every record, opened, read in one transaction so the copy is consistent. */
    async readEverything(): Promise<Everything> {
      const db = await connect();
      const tx = db.transaction(['groups', 'participants', 'sessions', 'itisRatings', 'settings', 'adaptations', 'meta', 'sources', 'exclusions'], 'readonly');
      const [groups, participants, sessions, itisRatings, settings, adaptation, vault, sources, exclusions] = await Promise.all([
        tx.objectStore('groups').getAll(),
        tx.objectStore('participants').getAll(),
        tx.objectStore('sessions').getAll(),
        tx.objectStore('itisRatings').getAll(),
        tx.objectStore('settings').get('settings'),
        tx.objectStore('adaptations').get('current'),
        tx.objectStore('meta').get(VAULT_KEY),
        tx.objectStore('sources').getAll(),
        tx.objectStore('exclusions').getAll(),
      ]);
      // Placeholders in a backup would pass for real, empty records.
      if (vault && !keyring.key()) throw new LockedError();
      const { key: _key, ...storedSettings } = settings ?? { key: 'settings' as const };
      return {
        groups: await openAll('groups', groups),
        participants: await openAll('participants', participants),
        sessions: await openAll('sessions', sessions),
        itisRatings: await openAll('itisRatings', itisRatings),
        settings: withDefaults(storedSettings),
        adaptation: adaptation ?? null,
        sources,
        exclusions: [...exclusionMap(exclusions).values()],
      };
    },

    /**
     * Replaces every record with `data` in one transaction: all of it lands, or nothing changes.
     * The vault stays as it is: with encryption on, restored records are sealed under this
     * profile's key.
     */
    async replaceEverything(data: Everything): Promise<void> {
      const db = await connect();
      const stores = ['groups', 'participants', 'sessions', 'itisRatings', 'settings', 'adaptations', 'meta', 'sources', 'exclusions'] as const;
      const tx = db.transaction([...stores], 'readwrite', STRICT);
      let writes: Promise<unknown>[] = [];
      try {
        const vault = vaultState(await tx.objectStore('meta').get(VAULT_KEY));
        if (vault.enabled && !vault.key) throw new LockedError();
        // Requests in one transaction run in order, so the clears land before the puts; queue them
        // all and wait once, which restores tens of thousands of records much faster.
        writes = stores.filter((s) => s !== 'meta').map((s) => tx.objectStore(s).clear());
        for (const store of SEALED_STORES) {
          const os = tx.objectStore(store);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store name ties the record type
          for (const record of data[store]) writes.push(os.put(sealRecord(store, record as never, vault) as any));
        }
        writes.push(tx.objectStore('settings').put({ ...withDefaults(data.settings), key: 'settings' }));
        if (data.adaptation) writes.push(tx.objectStore('adaptations').put(data.adaptation));
        for (const source of data.sources) writes.push(tx.objectStore('sources').put(source));
        for (const exclusion of data.exclusions) writes.push(tx.objectStore('exclusions').put(exclusion));
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        await abort(tx, writes);
        throw e;
      }
      bus.publish([...ALL_STORES]);
    },

    /**
     * Erases participants and their entries in every session of their groups, in one transaction
     * (right to erasure). Free-text session notes are not rewritten; the caller warns about them.
     */
    async eraseParticipants(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      const db = await connect();
      const tx = db.transaction(['participants', 'sessions', 'meta'], 'readwrite', STRICT);
      const touchedSessions: string[] = [];
      try {
        const vault = vaultState(await tx.objectStore('meta').get(VAULT_KEY));
        const people = tx.objectStore('participants');
        const sessions = tx.objectStore('sessions');
        const groups = new Set<string>();
        for (const id of ids) {
          const stored = await people.get(id);
          if (stored) groups.add(stored.groupId);
          await people.delete(id);
        }
        const erased = new Set(ids);
        for (const groupId of groups) {
          for (const stored of await sessions.index('byGroup').getAll(groupId)) {
            const session = opened('sessions', stored);
            if (!Object.keys(session.participants).some((pid) => erased.has(pid))) continue;
            const participants = Object.fromEntries(Object.entries(session.participants).filter(([pid]) => !erased.has(pid)));
            await sessions.put(sealRecord('sessions', { ...session, participants, updatedAt: Date.now() }, vault, stored));
            touchedSessions.push(session.id);
          }
        }
        await tx.done;
      } catch (e) {
        await abort(tx);
        throw e;
      }
      bus.publish(['participants', 'sessions'], [...ids, ...touchedSessions]);
    },

    /**
     * Deletes sessions with what hangs on them (IT-IS ratings, exclusions from the estimates) in
     * one transaction, so completion, coverage and estimates follow at once (issue 9: test
     * sessions stayed in every count). Ids that are not stored are skipped.
     */
    async deleteSessions(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      const db = await connect();
      const tx = db.transaction(['sessions', 'itisRatings', 'exclusions'], 'readwrite', STRICT);
      const gone: string[] = [];
      try {
        const ratings = tx.objectStore('itisRatings');
        for (const id of ids) {
          for (const key of await ratings.index('bySession').getAllKeys(id)) {
            await ratings.delete(key);
            gone.push(key);
          }
          await tx.objectStore('exclusions').delete(id);
          await tx.objectStore('sessions').delete(id);
        }
        await tx.done;
      } catch (e) {
        await abort(tx);
        throw e;
      }
      bus.publish(['sessions', 'itisRatings', 'exclusions'], [...ids, ...gone]);
    },

    /** Deletes a group with its participants and sessions (and their ratings and exclusions) in one transaction. */
    async deleteGroup(groupId: string): Promise<{ participants: number; sessions: number }> {
      const db = await connect();
      const tx = db.transaction(['groups', 'participants', 'sessions', 'itisRatings', 'exclusions'], 'readwrite', STRICT);
      const ids: string[] = [groupId];
      let counts = { participants: 0, sessions: 0 };
      try {
        const people = await tx.objectStore('participants').index('byGroup').getAllKeys(groupId);
        const sessions = await tx.objectStore('sessions').index('byGroup').getAllKeys(groupId);
        counts = { participants: people.length, sessions: sessions.length };
        for (const id of people) await tx.objectStore('participants').delete(id);
        const ratings = tx.objectStore('itisRatings');
        for (const id of sessions) {
          for (const key of await ratings.index('bySession').getAllKeys(id)) {
            await ratings.delete(key);
            ids.push(key);
          }
          await tx.objectStore('exclusions').delete(id);
          await tx.objectStore('sessions').delete(id);
        }
        await tx.objectStore('groups').delete(groupId);
        await tx.done;
        ids.push(...people, ...sessions);
      } catch (e) {
        await abort(tx);
        throw e;
      }
      bus.publish(['groups', 'participants', 'sessions', 'itisRatings', 'exclusions'], ids);
      return counts;
    },

    // ---- Supervision between browsers -----------------------------------------------------

    /**
     * Merges records from a checked supervision file in one transaction (lib/supervision/merge.ts
     * decides per record). With `source`, each record keeps that provenance and the source is
     * listed; without, they are this profile's own records coming back.
     */
    async importRecords(data: { groups: Group[]; participants: Participant[]; sessions: Session[] }, source: ImportedSource | null): Promise<ImportCounts> {
      const db = await connect();
      const tx = db.transaction(['groups', 'participants', 'sessions', 'sources', 'meta'], 'readwrite', STRICT);
      const counts: ImportCounts = { groups: NO_COUNTS, participants: NO_COUNTS, sessions: NO_COUNTS };
      const writes: Promise<unknown>[] = [];
      try {
        const vault = vaultState(await tx.objectStore('meta').get(VAULT_KEY));
        const origin = source?.id;
        const known = source ? await tx.objectStore('sources').get(source.id) : undefined;
        const upgrade = !!source && source.level === 'full' && known?.level === 'fidelity';
        if (upgrade) {
          // The full file names the real participants: the pseudonyms of earlier files from this source go.
          const people = tx.objectStore('participants');
          for (const key of await people.index('bySource').getAllKeys(source.id)) {
            if (key.startsWith(PSEUDONYM_PREFIX)) writes.push(people.delete(key));
          }
        }
        const merge = async <S extends 'groups' | 'participants' | 'sessions'>(store: S, records: RecordOf[S][]) => {
          const os = tx.objectStore(store);
          // All reads queued at once: one round trip per store, not one per record.
          const existing = await Promise.all(records.map((r) => os.get(r.id)));
          records.forEach((record, i) => {
            const decision = decide(existing[i], record, origin, upgrade);
            counts[store] = count(counts[store], decision);
            if (decision === 'skip') return;
            const { source: _drop, ...rest } = record;
            const stamped = (origin ? { ...rest, source: origin } : rest) as RecordOf[S];
            // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store name ties the record type
            writes.push(os.put(sealRecord(store, stamped, vault, existing[i] as never) as any));
          });
        };
        await merge('groups', data.groups);
        await merge('participants', data.participants);
        await merge('sessions', data.sessions);
        if (source) {
          // The source shows the newest file imported from it, and the fullest level seen.
          const level = known?.level === 'full' ? 'full' : source.level;
          if (!known || known.exportedAt <= source.exportedAt) writes.push(tx.objectStore('sources').put({ ...source, level }));
          else if (level !== known.level) writes.push(tx.objectStore('sources').put({ ...known, level }));
        }
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        await abort(tx, writes);
        throw e;
      }
      bus.publish(['groups', 'participants', 'sessions', 'sources']);
      return counts;
    },

    /**
     * Merges ratings from a checked feedback file in one transaction (lib/feedback/merge.ts decides
     * per rating). `origin`: the exporting profile's id, stamped on each rating; undefined when the
     * file came from this profile. Ratings of sessions not on this profile write nothing.
     */
    async importItisRatings(ratings: readonly ItisRating[], origin: string | undefined): Promise<FeedbackCounts> {
      const db = await connect();
      const tx = db.transaction(['itisRatings', 'sessions', 'meta'], 'readwrite', STRICT);
      let counts = NO_FEEDBACK_COUNTS;
      const writes: Promise<unknown>[] = [];
      const written: string[] = [];
      try {
        const vault = vaultState(await tx.objectStore('meta').get(VAULT_KEY));
        const os = tx.objectStore('itisRatings');
        const sessions = tx.objectStore('sessions');
        // All reads queued at once: one round trip, not one per rating.
        const [existing, here] = await Promise.all([
          Promise.all(ratings.map((r) => os.get(r.id))),
          Promise.all(ratings.map((r) => sessions.getKey(r.sessionId))),
        ]);
        ratings.forEach((rating, i) => {
          const decision = decideRating(existing[i], rating, origin, here[i] !== undefined);
          counts = countRating(counts, decision);
          if (decision !== 'add' && decision !== 'update') return;
          const { source: _drop, ...rest } = rating;
          const stamped: ItisRating = origin ? { ...rest, source: origin } : rest;
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store name ties the record type
          writes.push(os.put(sealRecord('itisRatings', stamped, vault, existing[i]) as any));
          written.push(rating.id);
        });
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        await abort(tx, writes);
        throw e;
      }
      if (written.length > 0) bus.publish(['itisRatings'], written);
      return counts;
    },

    // ---- Sessions left out of the estimates (this profile's judgement, not part of the record) ----

    async listExclusions(): Promise<Map<string, SessionExclusion>> {
      return exclusionMap(await (await connect()).getAll('exclusions'));
    },
    /** Leaves a session out of the estimates; excluding again replaces the reason. */
    async excludeSession(sessionId: string, reason: ExclusionReason, now: number = Date.now()): Promise<SessionExclusion> {
      const value: SessionExclusion = { sessionId, reason, excludedAt: now };
      const db = await connect();
      const tx = db.transaction('exclusions', 'readwrite', STRICT);
      await Promise.all([tx.store.put(value), tx.done]);
      bus.publish(['exclusions'], [sessionId]);
      return value;
    },
    /** Counts the session in the estimates again. */
    async includeSession(sessionId: string): Promise<void> {
      const db = await connect();
      const tx = db.transaction('exclusions', 'readwrite', STRICT);
      await Promise.all([tx.store.delete(sessionId), tx.done]);
      bus.publish(['exclusions'], [sessionId]);
    },

    async listSources(): Promise<ImportedSource[]> {
      const sources = await (await connect()).getAll('sources');
      return sources.sort((a, b) => a.practitioner.localeCompare(b.practitioner));
    },

    /** Removes a source and every record imported from it, in one transaction. */
    async removeSource(id: string): Promise<void> {
      const db = await connect();
      const stores = ['groups', 'participants', 'sessions', 'itisRatings'] as const;
      const tx = db.transaction([...stores, 'sources'], 'readwrite', STRICT);
      const writes: Promise<unknown>[] = [];
      try {
        for (const store of stores) {
          const os = tx.objectStore(store);
          for (const key of await os.index('bySource').getAllKeys(id)) writes.push(os.delete(key));
        }
        writes.push(tx.objectStore('sources').delete(id));
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        await abort(tx, writes);
        throw e;
      }
      bus.publish([...stores, 'sources']);
    },

    /** Erases every record and setting on this profile, the vault included, in one transaction. */
    async eraseEverything(): Promise<void> {
      const db = await connect();
      const tx = db.transaction([...ALL_STORES], 'readwrite', STRICT);
      await Promise.all([...ALL_STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
      keyring.clear();
      bus.publish([...ALL_STORES]);
    },
  };
}

export type Repo = ReturnType<typeof createRepo>;
