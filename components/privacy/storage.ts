/**
 * Asking the browser to keep the guide's records under storage pressure, and reading what it
 * says about them. Without persistence a browser may evict an extension's IndexedDB when the disk
 * fills; the answer is shown in Settings so a practitioner knows whether backups are the only copy.
 */
import { createLogger } from '../../lib/log';

const log = createLogger('storage');

type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export function storageApi(): StorageApi | null {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageApi | undefined);
  return storage && typeof storage.persist === 'function' ? storage : null;
}

// Asked once per page: the answer does not change while the page is open, and a refusal is logged once.
const asked = new WeakMap<StorageApi, Promise<boolean | null>>();

/** navigator.storage.persist(), logged; null when the browser has no such API or it failed. */
export function requestPersistence(storage: StorageApi | null = storageApi()): Promise<boolean | null> {
  if (!storage) return Promise.resolve(null);
  const known = asked.get(storage);
  if (known) return known;
  const answer = storage.persist().then(
    (granted) => {
      // Chromium answered false here even with unlimitedStorage (tried headless); the permission is what keeps the quota off.
      if (!granted) log.warn('persistent storage was not granted: the browser may evict the records when the disk is nearly full');
      return granted;
    },
    (error: unknown) => {
      log.warn('asking for persistent storage failed', error);
      return null;
    },
  );
  asked.set(storage, answer);
  return answer;
}

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function readStorageStatus(storage: StorageApi | null = storageApi()): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(log.catcher('reading whether storage is persistent', 'warn')),
    storage.estimate().catch(log.catcher('reading the storage estimate', 'warn')),
  ]);
  return { persisted: persisted ?? null, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
