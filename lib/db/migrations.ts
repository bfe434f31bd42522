/**
 * Forward-only schema migrations. Each entry upgrades from version (index) to version (index + 1)
 * and never edits an earlier entry: a user's database may be at any past version.
 * Every version has a fixture and a test in tests/unit/db-migrations.test.ts.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ImrSchema } from './schema';

type UpgradeDb = IDBPDatabase<ImrSchema>;
type UpgradeTx = IDBPTransaction<ImrSchema, StoreNames<ImrSchema>[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: the practitioner's core data.
  (db) => {
    db.createObjectStore('groups', { keyPath: 'id' });
    const participants = db.createObjectStore('participants', { keyPath: 'id' });
    participants.createIndex('byGroup', 'groupId');
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('byGroup', 'groupId');
    sessions.createIndex('byStatus', 'status');
    sessions.createIndex('byDate', 'date');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 1 -> 2: supervisor review (IT-IS ratings, per-practitioner queries) and programme adaptations.
  (db, tx) => {
    const ratings = db.createObjectStore('itisRatings', { keyPath: 'id' });
    ratings.createIndex('bySession', 'sessionId');
    db.createObjectStore('adaptations', { keyPath: 'id' });
    tx.objectStore('sessions').createIndex('byPractitioner', 'practitioner');
  },
  // 2 -> 3: encryption at rest. Records stay where they are; private fields move into a sealed
  // field only when the user sets a passphrase (lib/db/vault.ts), so nothing is rewritten here.
  (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 3 -> 4: supervision between browsers. Imported records carry their source's id (local ones
  // have none, so these indexes hold only imported records); `sources` lists where they came from.
  (db, tx) => {
    db.createObjectStore('sources', { keyPath: 'id' });
    tx.objectStore('groups').createIndex('bySource', 'source');
    tx.objectStore('participants').createIndex('bySource', 'source');
    tx.objectStore('sessions').createIndex('bySource', 'source');
    tx.objectStore('itisRatings').createIndex('bySource', 'source');
  },
  // 4 -> 5: a supervisor leaves sessions out of the estimates (a test session, a duplicate). Kept
  // apart from the sessions, keyed by session id, so a newer import of a session does not undo it.
  (db) => {
    db.createObjectStore('exclusions', { keyPath: 'sessionId' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (let v = oldVersion; v < newVersion; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new Error(`No migration from version ${v}`);
    migrate(db, tx);
  }
}
