/**
 * The data access layer every page uses: typed reads, and writes that are transactional,
 * durable (strict: a user's save must survive a crash) and announced on the change bus.
 *
 * Usage:
 *   const repo = createRepo(createConnection(), createChangeBus());
 *   await repo.updateSession(id, (s) => ({ ...s, notes }));
 */
import type { Group, Participant, Session } from '../model';
import { withDefaults, type Settings } from '../settings';
import type { ItisRating } from '../fidelity/itis';
import type { StoredAdaptation } from '../curriculum/stored-adaptation';
import type { ChangeBus } from './changes';
import type { ImrDatabase } from './open';
import type { StoreName } from './schema';

const STRICT = { durability: 'strict' } as const;

export interface Batch {
  groups?: Group[];
  participants?: Participant[];
  sessions?: Session[];
  itisRatings?: ItisRating[];
}

export class NotFoundError extends Error {
  constructor(store: StoreName, id: string) {
    super(`No ${store} record with id ${id}`);
    this.name = 'NotFoundError';
  }
}

export function createRepo(connect: () => Promise<ImrDatabase>, bus: ChangeBus) {
  async function put<S extends 'groups' | 'participants' | 'sessions' | 'itisRatings'>(
    store: S,
    value: S extends 'groups' ? Group : S extends 'participants' ? Participant : S extends 'sessions' ? Session : ItisRating,
  ): Promise<void> {
    const db = await connect();
    const tx = db.transaction(store, 'readwrite', STRICT);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the conditional type above already ties value to store
    await Promise.all([tx.store.put(value as any), tx.done]);
    bus.publish([store], [value.id]);
  }

  return {
    bus,

    async listGroups(): Promise<Group[]> {
      const groups = await (await connect()).getAll('groups');
      return groups.sort((a, b) => a.name.localeCompare(b.name));
    },
    async getGroup(id: string) {
      return (await connect()).get('groups', id);
    },
    putGroup: (group: Group) => put('groups', group),

    async listParticipants(groupId: string): Promise<Participant[]> {
      const list = await (await connect()).getAllFromIndex('participants', 'byGroup', groupId);
      return list.sort((a, b) => a.code.localeCompare(b.code));
    },
    putParticipant: (participant: Participant) => put('participants', participant),

    async listSessions(groupId: string): Promise<Session[]> {
      const list = await (await connect()).getAllFromIndex('sessions', 'byGroup', groupId);
      return list.sort((a, b) => a.createdAt - b.createdAt);
    },
    async listAllSessions(): Promise<Session[]> {
      return (await connect()).getAll('sessions');
    },
    async getSession(id: string) {
      return (await connect()).get('sessions', id);
    },
    async runningSessions(): Promise<Session[]> {
      return (await connect()).getAllFromIndex('sessions', 'byStatus', 'running');
    },
    putSession: (session: Session) => put('sessions', session),

    /**
     * Read-modify-write in one transaction, so the panel typing a note and the background applying
     * a keyboard shortcut never overwrite each other's change.
     */
    async updateSession(id: string, change: (session: Session) => Session): Promise<Session> {
      const db = await connect();
      const tx = db.transaction('sessions', 'readwrite', STRICT);
      const current = await tx.store.get(id);
      if (!current) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new NotFoundError('sessions', id);
      }
      const next = { ...change(current), updatedAt: Date.now() };
      await Promise.all([tx.store.put(next), tx.done]);
      bus.publish(['sessions'], [id]);
      return next;
    },

    async getSettings(): Promise<Settings> {
      const stored = await (await connect()).get('settings', 'settings');
      if (!stored) return withDefaults(undefined);
      const { key: _key, ...rest } = stored;
      return withDefaults(rest);
    },
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

    async getAdaptation(): Promise<StoredAdaptation | undefined> {
      return (await connect()).get('adaptations', 'current');
    },
    async putAdaptation(value: StoredAdaptation): Promise<void> {
      const db = await connect();
      const tx = db.transaction('adaptations', 'readwrite', STRICT);
      await Promise.all([tx.store.put(value), tx.done]);
      bus.publish(['adaptations']);
    },

    async listItisRatings(sessionId?: string): Promise<ItisRating[]> {
      const db = await connect();
      return sessionId ? db.getAllFromIndex('itisRatings', 'bySession', sessionId) : db.getAll('itisRatings');
    },
    putItisRating: (rating: ItisRating) => put('itisRatings', rating),

    /** Writes many records in one transaction: all or nothing (demo data, imports). */
    async writeBatch(batch: Batch): Promise<void> {
      const stores = (Object.keys(batch) as (keyof Batch)[]).filter((k) => (batch[k]?.length ?? 0) > 0);
      if (stores.length === 0) return;
      const db = await connect();
      const tx = db.transaction(stores, 'readwrite', STRICT);
      const writes: Promise<unknown>[] = [];
      try {
        for (const store of stores) {
          const os = tx.objectStore(store);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- records are typed by the Batch keys
          for (const record of batch[store] ?? []) writes.push(os.put(record as any));
        }
      } catch (e) {
        // put() throws synchronously on a bad key; the writes already queued must not commit.
        tx.abort();
        await Promise.allSettled([...writes, tx.done]);
        throw e;
      }
      await Promise.all([...writes, tx.done]);
      bus.publish(stores);
    },
  };
}

export type Repo = ReturnType<typeof createRepo>;
