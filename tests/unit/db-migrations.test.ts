import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { createConnection, openDatabase, type ImrDatabase } from '../../lib/db/open';
import { DB_VERSION, MIGRATIONS, runMigrations } from '../../lib/db/migrations';
import { V1_GROUP, V1_PARTICIPANTS, V1_SESSION, V1_SETTINGS } from './fixtures/db-v1';
import { V2_ADAPTATION, V2_RATINGS, V2_SESSION } from './fixtures/db-v2';
import { V3_VAULT } from './fixtures/db-v3';
import { V4_GROUP, V4_SESSION, V4_SOURCE } from './fixtures/db-v4';
import { V5_EXCLUSIONS } from './fixtures/db-v5';

let counter = 0;
const uniqueName = () => `imr-migrations-test-${Date.now()}-${++counter}`;

const opened: ImrDatabase[] = [];
const track = (db: ImrDatabase) => {
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Fails the test instead of hanging it when an open is blocked forever. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Store names and, per store, index names and key path of an open database. */
function describeSchema(db: ImrDatabase) {
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores);
  const shape: Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> = {};
  for (const name of stores) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const index of [...store.indexNames].sort()) indexes[index] = store.index(index).keyPath;
    shape[name] = { keyPath: store.keyPath, indexes };
  }
  return shape;
}

const LATEST_SCHEMA = {
  adaptations: { keyPath: 'id', indexes: {} },
  exclusions: { keyPath: 'sessionId', indexes: {} },
  groups: { keyPath: 'id', indexes: { bySource: 'source' } },
  itisRatings: { keyPath: 'id', indexes: { bySession: 'sessionId', bySource: 'source' } },
  meta: { keyPath: 'key', indexes: {} },
  participants: { keyPath: 'id', indexes: { byGroup: 'groupId', bySource: 'source' } },
  sessions: {
    keyPath: 'id',
    indexes: { byDate: 'date', byGroup: 'groupId', byPractitioner: 'practitioner', byStatus: 'status', bySource: 'source' },
  },
  settings: { keyPath: 'key', indexes: {} },
  sources: { keyPath: 'id', indexes: {} },
};

/** Writes a version's fixture into a database opened at exactly that version. */
const FIXTURE_WRITERS: Record<number, (db: ImrDatabase) => Promise<void>> = {
  1: async (db) => {
    const tx = db.transaction(['groups', 'participants', 'sessions', 'settings'], 'readwrite');
    await Promise.all([
      tx.objectStore('groups').put(V1_GROUP),
      ...V1_PARTICIPANTS.map((p) => tx.objectStore('participants').put(p)),
      tx.objectStore('sessions').put(V1_SESSION),
      tx.objectStore('settings').put(V1_SETTINGS),
      tx.done,
    ]);
  },
  2: async (db) => {
    const tx = db.transaction(['sessions', 'itisRatings', 'adaptations'], 'readwrite');
    await Promise.all([
      tx.objectStore('sessions').put(V2_SESSION),
      ...V2_RATINGS.map((r) => tx.objectStore('itisRatings').put(r)),
      tx.objectStore('adaptations').put(V2_ADAPTATION),
      tx.done,
    ]);
  },
  3: async (db) => {
    await db.put('meta', V3_VAULT);
  },
  4: async (db) => {
    const tx = db.transaction(['sources', 'groups', 'sessions'], 'readwrite');
    await Promise.all([tx.objectStore('sources').put(V4_SOURCE), tx.objectStore('groups').put(V4_GROUP), tx.objectStore('sessions').put(V4_SESSION), tx.done]);
  },
  5: async (db) => {
    const tx = db.transaction('exclusions', 'readwrite');
    await Promise.all([...V5_EXCLUSIONS.map((e) => tx.store.put(e)), tx.done]);
  },
};

async function writeAtVersion(name: string, version: number): Promise<void> {
  const db = await openDatabase({ name, version });
  expect(db.version).toBe(version);
  const write = FIXTURE_WRITERS[version];
  if (!write) throw new Error(`No fixture for version ${version}`);
  await write(db);
  db.close();
}

describe('schema migrations', () => {
  it('are forward-only: one migration per version, and every version has a fixture', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(Object.keys(FIXTURE_WRITERS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('version 1: core data survives the upgrade to the latest version, and version 2 stores and indexes exist', async () => {
    const name = uniqueName();
    await writeAtVersion(name, 1);

    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);

    expect(await db.getAll('groups')).toEqual([V1_GROUP]);
    expect(await db.getAllFromIndex('participants', 'byGroup', V1_GROUP.id)).toEqual(V1_PARTICIPANTS);
    expect(await db.get('sessions', V1_SESSION.id)).toEqual(V1_SESSION);
    expect(await db.get('settings', 'settings')).toEqual(V1_SETTINGS);
    expect(await db.getAllFromIndex('sessions', 'byStatus', 'ended')).toEqual([V1_SESSION]);
    expect(await db.getAllFromIndex('sessions', 'byDate', V1_SESSION.date)).toEqual([V1_SESSION]);

    // The index added in version 2 covers records written before it existed.
    expect(await db.getAllFromIndex('sessions', 'byPractitioner', V1_SESSION.practitioner)).toEqual([V1_SESSION]);
    expect(await db.getAllFromIndex('sessions', 'byPractitioner', 'Someone else')).toEqual([]);

    // The new stores are usable.
    expect(await db.getAll('itisRatings')).toEqual([]);
    const [rating] = V2_RATINGS;
    if (!rating) throw new Error('fixture');
    await db.put('itisRatings', { ...rating, sessionId: V1_SESSION.id });
    expect(await db.getAllFromIndex('itisRatings', 'bySession', V1_SESSION.id)).toEqual([{ ...rating, sessionId: V1_SESSION.id }]);
    await db.put('adaptations', V2_ADAPTATION);
    expect(await db.get('adaptations', 'current')).toEqual(V2_ADAPTATION);
  });

  it('version 2: ratings and the adaptation survive opening at the latest version', async () => {
    const name = uniqueName();
    await writeAtVersion(name, 1);
    await writeAtVersion(name, 2);

    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);
    expect(await db.get('adaptations', 'current')).toEqual(V2_ADAPTATION);
    expect(await db.getAll('itisRatings')).toEqual(V2_RATINGS);
    expect(await db.getAllFromIndex('itisRatings', 'bySession', V2_SESSION.id)).toEqual([V2_RATINGS[0]]);
    expect(await db.getAllFromIndex('sessions', 'byPractitioner', V2_SESSION.practitioner)).toEqual([V2_SESSION]);
    // Version-1 data written before is still there.
    expect(await db.get('sessions', V1_SESSION.id)).toEqual(V1_SESSION);
    expect(await db.getAll('groups')).toEqual([V1_GROUP]);
  });

  it('version 3: the vault description survives opening at the latest version, with earlier data', async () => {
    const name = uniqueName();
    await writeAtVersion(name, 1);
    await writeAtVersion(name, 2);
    await writeAtVersion(name, 3);

    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);
    expect(await db.get('meta', 'vault')).toEqual(V3_VAULT);
    expect(await db.get('sessions', V2_SESSION.id)).toEqual(V2_SESSION);
    expect(await db.getAll('itisRatings')).toEqual(V2_RATINGS);
  });

  it('version 4: a source and its records survive, and the source index finds only imported records', async () => {
    const name = uniqueName();
    for (const version of [1, 2, 3, 4]) await writeAtVersion(name, version);

    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);
    expect(await db.get('sources', V4_SOURCE.id)).toEqual(V4_SOURCE);
    expect(await db.getAllFromIndex('sessions', 'bySource', V4_SOURCE.id)).toEqual([V4_SESSION]);
    expect(await db.getAllFromIndex('groups', 'bySource', V4_SOURCE.id)).toEqual([V4_GROUP]);
    // Local records (no source) are not in the index; version-1 data is intact.
    expect(await db.count('sessions')).toBe(3);
    expect(await db.get('sessions', V1_SESSION.id)).toEqual(V1_SESSION);
  });

  it('version 5: exclusions survive opening at the latest version, and the sessions they name are untouched', async () => {
    const name = uniqueName();
    for (const version of [1, 2, 3, 4, 5]) await writeAtVersion(name, version);

    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);
    expect(await db.getAll('exclusions')).toEqual([...V5_EXCLUSIONS].sort((a, b) => a.sessionId.localeCompare(b.sessionId)));
    expect(await db.get('exclusions', V1_SESSION.id)).toEqual(V5_EXCLUSIONS[0]);
    // Excluding is not a change to the session record.
    expect(await db.get('sessions', V1_SESSION.id)).toEqual(V1_SESSION);
    expect(await db.get('sessions', V4_SESSION.id)).toEqual(V4_SESSION);
  });

  it('version 4 data opened at version 5 has an empty exclusions store', async () => {
    const name = uniqueName();
    for (const version of [1, 2, 3, 4]) await writeAtVersion(name, version);
    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('exclusions')).toEqual([]);
    expect(await db.count('sessions')).toBe(3);
  });

  it('a fresh database gets the latest schema in one open', async () => {
    const db = track(await openDatabase({ name: uniqueName() }));
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db)).toEqual(LATEST_SCHEMA);
  });

  it('refuses to open at an older version than the stored one (VersionError)', async () => {
    const name = uniqueName();
    track(await openDatabase({ name })).close();
    await expect(openDatabase({ name, version: 1 })).rejects.toMatchObject({ name: 'VersionError' });
    // The stored database is untouched.
    const db = track(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
  });

  it('has no migration past the latest version: running one throws before touching the database', () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error('touched'); } }) as never;
    expect(() => runMigrations(untouchable, untouchable, DB_VERSION, DB_VERSION + 1)).toThrow(
      `No migration from version ${DB_VERSION}`,
    );
  });
});

describe('connection provider', () => {
  it('returns the same connection on repeated calls', async () => {
    const connect = createConnection({ name: uniqueName() });
    const a = track(await connect());
    expect(await connect()).toBe(a);
  });

  it('an open connection steps aside for a newer version instead of blocking it, and the provider reopens on next call', async () => {
    const name = uniqueName();
    let blocked = 0;
    const old = createConnection({ name, version: 1 });
    const first = track(await old());
    expect(first.version).toBe(1);

    const upgraded = track(
      await within(openDatabase({ name, onBlocked: () => blocked++ }), 2000, 'Opening the newer version'),
    );
    expect(upgraded.version).toBe(DB_VERSION);
    expect(blocked).toBe(0);
    // The old handle was closed by its `blocking` handler.
    expect(() => first.transaction('groups')).toThrow();

    // The provider does not hand back the closed handle: it opens again (and, being older than
    // the stored database now, fails with VersionError rather than returning a dead connection).
    await expect(old()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('reopens a working connection after its database was deleted from elsewhere', async () => {
    const name = uniqueName();
    const connect = createConnection({ name });
    const first = track(await connect());
    await first.put('groups', V1_GROUP);

    await within(deleteDB(name), 2000, 'Deleting the database');

    const second = track(await connect());
    expect(second).not.toBe(first);
    expect(second.version).toBe(DB_VERSION);
    expect(await second.getAll('groups')).toEqual([]);
    await second.put('groups', V1_GROUP);
    expect(await second.get('groups', V1_GROUP.id)).toEqual(V1_GROUP);
  });

  it('an upgrade from another (raw) connection does not hang on the provider’s connection', async () => {
    const name = uniqueName();
    const connect = createConnection({ name });
    const first = track(await connect());
    // Someone opens at a newer version with no upgrade work (e.g. a newer build with a no-op migration).
    const raw = await within(openDB(name, DB_VERSION + 1), 2000, 'Opening a newer version');
    expect(raw.version).toBe(DB_VERSION + 1);
    raw.close();
    expect(() => first.transaction('groups')).toThrow();
    await expect(connect()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
