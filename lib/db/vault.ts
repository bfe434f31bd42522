/**
 * Encryption at rest, record by record. Each store names the fields that hold what a practitioner
 * wrote or what identifies a participant; with a passphrase set, those fields leave the record
 * and travel sealed in one `sealed` field. What the clock and the background need (plan, clock
 * events, status, ids, dates, index keys) stays readable, so while the guide is locked the timer,
 * the cues and the overlay keep working and show nothing private.
 *
 * A locked reader gets the private fields as placeholders (empty text); a locked writer may change
 * only readable fields (the background pausing the clock), and the sealed part is carried over.
 * Those two, and which fields are private, are in vault-fields.ts, which needs no cipher.
 */
import { isSealed, open, openAsync, seal, type Sealed } from '../crypto/cipher';
import {
  LockedError,
  openWithoutKey,
  plainRecord,
  privateFields,
  SEALED_STORES,
  sealWithoutKey,
  split,
  type Records,
  type SealedStore,
  type Stored,
} from './vault-fields';

export const VAULT_KEY = 'vault';
/** Sealed under the vault key: opening it proves a passphrase right without touching records. */
export const VAULT_CHECK = 'imr-guide vault check v1';

/** The vault's description, stored in the `meta` store; never the key. */
export interface VaultRecord {
  key: typeof VAULT_KEY;
  /** Base64 salt for PBKDF2. */
  salt: string;
  iterations: number;
  check: Sealed;
  enabledAt: number;
}

export { LockedError, privateFields, SEALED_STORES, type SealedStore };

/** A record as the app sees it: opened with the key, or with placeholders while locked. */
export function openRecord<S extends SealedStore>(store: S, stored: Stored<Records[S]>, key: Uint8Array | null): Records[S] {
  if (!key || !isSealed(stored.sealed)) return openWithoutKey(store, stored);
  const { readable } = split(store, stored as unknown as Record<string, unknown>);
  const secret: unknown = JSON.parse(open(key, stored.sealed));
  return { ...readable, ...(secret as object) } as unknown as Records[S];
}

/** `openRecord` with WebCrypto, for bulk reads outside a read-modify-write transaction. */
export async function openRecordAsync<S extends SealedStore>(store: S, stored: Stored<Records[S]>, key: CryptoKey | null): Promise<Records[S]> {
  if (!key || !isSealed(stored.sealed)) return openWithoutKey(store, stored);
  const { readable } = split(store, stored as unknown as Record<string, unknown>);
  const secret: unknown = JSON.parse(await openAsync(key, stored.sealed));
  return { ...readable, ...(secret as object) } as unknown as Records[S];
}

/**
 * The record as stored. `vault` off: as given. Unlocked: private fields sealed. Locked: allowed only
 * when the private fields still equal the placeholders a locked reader was given, and then the
 * previous sealed part is kept; anything else throws LockedError rather than writing plaintext.
 */
export function sealRecord<S extends SealedStore>(
  store: S,
  record: Records[S],
  vault: { enabled: boolean; key: Uint8Array | null },
  previous?: Stored<Records[S]>,
): Stored<Records[S]> {
  if (!vault.enabled) return plainRecord(record);
  if (!vault.key) return sealWithoutKey(store, record, previous);
  const { readable, secret } = split(store, record as unknown as Record<string, unknown>);
  return { ...readable, sealed: seal(vault.key, JSON.stringify(secret)) } as Stored<Records[S]>;
}

/** Holds the derived key in memory only; pages lock by forgetting it. */
export interface Keyring {
  key(): Uint8Array<ArrayBuffer> | null;
  set(key: Uint8Array<ArrayBuffer>): void;
  clear(): void;
}

export function createKeyring(): Keyring {
  let current: Uint8Array<ArrayBuffer> | null = null;
  return {
    key: () => current,
    set(key: Uint8Array<ArrayBuffer>) {
      current = key;
    },
    clear() {
      // Overwrite before dropping, so the bytes do not linger until garbage collection.
      current?.fill(0);
      current = null;
    },
  };
}
