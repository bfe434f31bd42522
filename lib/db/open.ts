/**
 * Opens the database, running migrations, and keeps the connection healthy when several
 * extension pages hold one: a page that blocks an upgrade closes its connection and reopens
 * on next use, so an updated extension never waits on a stale panel.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type ImrSchema } from './schema';
import { DB_VERSION, runMigrations } from './migrations';

export type ImrDatabase = IDBPDatabase<ImrSchema>;

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Another connection (an older page) is holding the upgrade up. */
  onBlocked?: () => void;
}

export function openDatabase(options: OpenOptions = {}): Promise<ImrDatabase> {
  const { name = DB_NAME, version = DB_VERSION, onBlocked } = options;
  return openDB<ImrSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(db, tx, oldVersion, newVersion ?? version);
    },
    blocked() {
      onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to open: step aside. The connection provider reopens lazily.
      (event.target as IDBDatabase).close();
    },
  });
}

/**
 * Lazily opened, self-healing connection: after `blocking` closed it (or the browser terminated
 * it), the next call opens a fresh one.
 */
export function createConnection(options: OpenOptions = {}): () => Promise<ImrDatabase> {
  let current: Promise<ImrDatabase> | null = null;
  return () => {
    if (!current) {
      current = openDatabase(options).then((db) => {
        const forget = () => {
          current = null;
        };
        db.addEventListener('close', forget);
        db.addEventListener('versionchange', forget);
        return db;
      });
      current.catch(() => {
        current = null;
      });
    }
    return current;
  };
}
