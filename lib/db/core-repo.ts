/**
 * The part of the repository (lib/db/repo.ts) that the background uses as well: reading the running
 * session, its group's participants and sessions, settings and the programme adaptation, and the
 * read-modify-write of a session's clock. The pages' repository is built on this one with their key;
 * the background, which never holds the key, uses it as it is and so carries no cipher and none of
 * the pages' imports, exports and erasure code (issue 12).
 *
 * Usage (background):
 *   const repo = createCoreRepo(createConnection(), createChangeBus());
 *   await repo.updateSession(id, (s) => applyClockAction(s, 'next', Date.now()));
 */
import type { Participant, Session } from '../model';
import { withDefaults, type Settings } from '../settings';
import type { StoredAdaptation } from '../curriculum/stored-adaptation';
import type { ChangeBus } from './changes';
import type { ImrDatabase } from './open';
import type { StoreName } from './schema';
import { VAULT_KEY, type VaultRecord } from './vault';
import { openWithoutKey, plainRecord, sealWithoutKey, type Records, type SealedStore, type Stored } from './vault-fields';

export const STRICT = { durability: 'strict' } as const;

export type VaultState = 'off' | 'locked' | 'unlocked';

export class NotFoundError extends Error {
  constructor(store: StoreName, id: string) {
    super(`No ${store} record with id ${id}`);
    this.name = 'NotFoundError';
  }
}

/** How this context opens and seals private fields: with the page's key, or (background) without one. */
export interface RecordKeys {
  state(vault: VaultRecord | undefined): VaultState;
  open<S extends SealedStore>(store: S, stored: Stored<Records[S]>): Records[S];
  openAll<S extends SealedStore>(store: S, stored: Records[S][]): Promise<Records[S][]>;
  seal<S extends SealedStore>(store: S, record: Records[S], vault: VaultRecord | undefined, previous?: Stored<Records[S]>): Stored<Records[S]>;
}

/** A context that never holds the key: private fields read as placeholders, and only readable ones change. */
export const WITHOUT_KEY: RecordKeys = {
  state: (vault) => (vault ? 'locked' : 'off'),
  open: openWithoutKey,
  openAll: async (store, stored) => stored.map((record) => openWithoutKey(store, record)),
  seal: (store, record, vault, previous) => (vault ? sealWithoutKey(store, record, previous) : plainRecord(record)),
};

export function createCoreRepo(connect: () => Promise<ImrDatabase>, bus: ChangeBus, keys: RecordKeys = WITHOUT_KEY) {
  return {
    /** Whether encryption is on, and whether this context can read private fields. */
    async vaultState(): Promise<VaultState> {
      return keys.state(await (await connect()).get('meta', VAULT_KEY));
    },

    async listParticipants(groupId: string): Promise<Participant[]> {
      const list = await keys.openAll('participants', await (await connect()).getAllFromIndex('participants', 'byGroup', groupId));
      return list.sort((a, b) => a.code.localeCompare(b.code));
    },
    async listSessions(groupId: string): Promise<Session[]> {
      const list = await keys.openAll('sessions', await (await connect()).getAllFromIndex('sessions', 'byGroup', groupId));
      return list.sort((a, b) => a.createdAt - b.createdAt);
    },
    async runningSessions(): Promise<Session[]> {
      return keys.openAll('sessions', await (await connect()).getAllFromIndex('sessions', 'byStatus', 'running'));
    },

    /**
     * Read-modify-write in one transaction, so the panel typing a note and the background applying
     * a keyboard shortcut never overwrite each other's change. While locked, a change may touch
     * only readable fields (the clock); the sealed part is carried over.
     */
    async updateSession(id: string, change: (session: Session) => Session): Promise<Session> {
      const db = await connect();
      const tx = db.transaction(['sessions', 'meta'], 'readwrite', STRICT);
      const store = tx.objectStore('sessions');
      const [vault, current] = await Promise.all([tx.objectStore('meta').get(VAULT_KEY), store.get(id)]);
      let next: Session;
      try {
        if (!current) throw new NotFoundError('sessions', id);
        next = { ...change(keys.open('sessions', current)), updatedAt: Date.now() };
        await Promise.all([store.put(keys.seal('sessions', next, vault, current)), tx.done]);
      } catch (e) {
        await abort(tx);
        throw e;
      }
      bus.publish(['sessions'], [id]);
      return next;
    },

    async getSettings(): Promise<Settings> {
      const stored = await (await connect()).get('settings', 'settings');
      if (!stored) return withDefaults(undefined);
      const { key: _key, ...rest } = stored;
      return withDefaults(rest);
    },
    async getAdaptation(): Promise<StoredAdaptation | undefined> {
      return (await connect()).get('adaptations', 'current');
    },
  };
}

export type CoreRepo = ReturnType<typeof createCoreRepo>;

/** Aborts a transaction whose work failed, and waits for it to settle so nothing half-written stays. */
export async function abort(tx: { abort(): void; done: Promise<void> }, pending: Promise<unknown>[] = []): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failing request: nothing committed either way.
  }
  await Promise.allSettled([...pending, tx.done]);
}
