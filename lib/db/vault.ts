/**
 * Encryption at rest, record by record. Each store names the fields that hold what a practitioner
 * wrote or what identifies a participant; with a passphrase set, those fields leave the record
 * and travel sealed in one `sealed` field. What the clock and the background need (plan, clock
 * events, status, ids, dates, index keys) stays readable, so while the guide is locked the timer,
 * the cues and the overlay keep working and show nothing private.
 *
 * A locked reader gets the private fields as placeholders (empty text); a locked writer may change
 * only readable fields (the background pausing the clock), and the sealed part is carried over.
 */
import type { Group, Participant, Session } from '../model';
import type { ItisRating } from '../fidelity/itis';
import { isSealed, open, openAsync, seal, type Sealed } from '../crypto/cipher';

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

export type SealedStore = 'groups' | 'participants' | 'sessions' | 'itisRatings';
export const SEALED_STORES: readonly SealedStore[] = ['groups', 'participants', 'sessions', 'itisRatings'];

interface Records {
  groups: Group;
  participants: Participant;
  sessions: Session;
  itisRatings: ItisRating;
}

/** Private fields and what a locked reader sees instead. */
const PLACEHOLDERS: { [S in SealedStore]: Partial<Records[S]> } = {
  // An individual client's "group" is often named after the client.
  groups: { name: '' },
  participants: { code: '', goal: '', goalSteps: [], takesMedication: false, relapsePlan: 'none' },
  sessions: { notes: '', prompts: {}, participants: {} },
  itisRatings: { comment: '', itemComments: {} },
};

export function privateFields(store: SealedStore): string[] {
  return Object.keys(PLACEHOLDERS[store]);
}

export class LockedError extends Error {
  constructor() {
    super('The guide is locked: unlock it to change private records');
    this.name = 'LockedError';
  }
}

type Stored<T> = T & { sealed?: Sealed };

/** The record with its private fields split off. */
function split(store: SealedStore, record: Record<string, unknown>) {
  const readable: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  const names = new Set(privateFields(store));
  for (const [name, value] of Object.entries(record)) {
    if (name === 'sealed') continue;
    (names.has(name) ? secret : readable)[name] = value;
  }
  return { readable, secret };
}

/** A record as the app sees it: opened with the key, or with placeholders while locked. */
export function openRecord<S extends SealedStore>(store: S, stored: Stored<Records[S]>, key: Uint8Array | null): Records[S] {
  if (!isSealed(stored.sealed)) return stored;
  const { readable } = split(store, stored as unknown as Record<string, unknown>);
  const secret: unknown = key ? JSON.parse(open(key, stored.sealed)) : PLACEHOLDERS[store];
  return { ...readable, ...(secret as object) } as unknown as Records[S];
}

/** `openRecord` with WebCrypto, for bulk reads outside a read-modify-write transaction. */
export async function openRecordAsync<S extends SealedStore>(store: S, stored: Stored<Records[S]>, key: CryptoKey | null): Promise<Records[S]> {
  if (!isSealed(stored.sealed)) return stored;
  const { readable } = split(store, stored as unknown as Record<string, unknown>);
  const secret: unknown = key ? JSON.parse(await openAsync(key, stored.sealed)) : PLACEHOLDERS[store];
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
  if (!vault.enabled) {
    const { sealed: _drop, ...plain } = record as Stored<Records[S]>;
    return plain as Records[S];
  }
  const { readable, secret } = split(store, record as unknown as Record<string, unknown>);
  if (vault.key) return { ...readable, sealed: seal(vault.key, JSON.stringify(secret)) } as Stored<Records[S]>;
  if (previous && isSealed(previous.sealed) && JSON.stringify(secret) === JSON.stringify(orderedLike(secret, PLACEHOLDERS[store]))) {
    return { ...readable, sealed: previous.sealed } as Stored<Records[S]>;
  }
  throw new LockedError();
}

/** The placeholders in the key order of `like`, so a JSON comparison ignores key order. */
function orderedLike(like: Record<string, unknown>, placeholders: object): Record<string, unknown> {
  const source = placeholders as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(like)) out[name] = source[name];
  for (const name of Object.keys(source)) if (!(name in out)) out[name] = source[name];
  return out;
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
