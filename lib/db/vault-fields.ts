/**
 * Which fields of each record are private, and what a context without the key sees and may write:
 * the part of the vault (lib/db/vault.ts) that needs no cipher. The background never holds the key,
 * so it uses only this and carries no cipher code (issue 12).
 *
 * A reader without the key gets the private fields as placeholders (empty text); a writer without
 * it may change only readable fields (the background pausing the clock), and the sealed part is
 * carried over.
 */
import type { Group, Participant, Session } from '../model';
import type { ItisRating } from '../fidelity/itis';
import { isSealed, type Sealed } from '../crypto/cipher';

export type SealedStore = 'groups' | 'participants' | 'sessions' | 'itisRatings';
export const SEALED_STORES: readonly SealedStore[] = ['groups', 'participants', 'sessions', 'itisRatings'];

export interface Records {
  groups: Group;
  participants: Participant;
  sessions: Session;
  itisRatings: ItisRating;
}

export type Stored<T> = T & { sealed?: Sealed };

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

/** The record with its private fields split off. */
export function split(store: SealedStore, record: Record<string, unknown>) {
  const readable: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  const names = new Set(privateFields(store));
  for (const [name, value] of Object.entries(record)) {
    if (name === 'sealed') continue;
    (names.has(name) ? secret : readable)[name] = value;
  }
  return { readable, secret };
}

/** A stored record as a reader without the key sees it: private fields as placeholders when sealed. */
export function openWithoutKey<S extends SealedStore>(store: S, stored: Stored<Records[S]>): Records[S] {
  if (!isSealed(stored.sealed)) return stored;
  const { readable } = split(store, stored as unknown as Record<string, unknown>);
  return { ...readable, ...PLACEHOLDERS[store] } as unknown as Records[S];
}

/** A record stored as plaintext (encryption off): as given, without any sealed part. */
export function plainRecord<S extends SealedStore>(record: Records[S]): Stored<Records[S]> {
  const { sealed: _drop, ...plain } = record as Stored<Records[S]>;
  return plain as Records[S];
}

/**
 * A record written without the key while encryption is on: allowed only when its private fields
 * still equal the placeholders a locked reader was given, and then the previous sealed part is
 * kept; anything else throws LockedError rather than writing plaintext.
 */
export function sealWithoutKey<S extends SealedStore>(store: S, record: Records[S], previous?: Stored<Records[S]>): Stored<Records[S]> {
  const { readable, secret } = split(store, record as unknown as Record<string, unknown>);
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
