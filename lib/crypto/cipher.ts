/**
 * Encryption at rest and for files: AES-256-GCM with a key derived from a passphrase by
 * PBKDF2-SHA-256 (600,000 iterations, the current OWASP figure). The key is derived once with
 * WebCrypto and then held only in memory, as raw bytes.
 *
 * Sealing and opening are synchronous (an audited pure-JS AES-GCM), on purpose: the typing journal
 * must be written before a keystroke handler returns, and a read-modify-write inside one IndexedDB
 * transaction cannot await WebCrypto without the transaction committing in between.
 *
 * Usage:
 *   const key = await deriveKey('correct horse', salt);
 *   const sealed = seal(key, JSON.stringify(secret));
 *   const text = open(key, sealed); // throws WrongKeyError for another key or altered data
 */
import { gcm } from '@noble/ciphers/aes.js';

export const PBKDF2_ITERATIONS = 600_000;
/** Files and vaults that claim fewer iterations are refused: they would be cheap to guess. */
export const MIN_ITERATIONS = 600_000;
/** Guards against a file that asks for hours of key derivation. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface Sealed {
  /** Base64 of the 96-bit nonce, new for every seal. */
  iv: string;
  /** Base64 of ciphertext and tag. */
  ct: string;
}

export class WrongKeyError extends Error {
  constructor() {
    super('The data could not be opened with this key');
    this.name = 'WrongKeyError';
  }
}

type Random = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
const systemRandom: Random = (bytes) => crypto.getRandomValues(bytes);

export function randomBytes(n: number, random: Random = systemRandom): Uint8Array<ArrayBuffer> {
  return random(new Uint8Array(n));
}

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new Error(`Refused key derivation with ${iterations} iterations`);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export function seal(key: Uint8Array, plaintext: string, random: Random = systemRandom): Sealed {
  const iv = randomBytes(IV_BYTES, random);
  const ct = gcm(key, iv).encrypt(new TextEncoder().encode(plaintext));
  return { iv: toBase64(iv), ct: toBase64(ct) };
}

export function open(key: Uint8Array, sealed: Sealed): string {
  let bytes: Uint8Array;
  try {
    bytes = gcm(key, fromBase64(sealed.iv)).decrypt(fromBase64(sealed.ct));
  } catch {
    throw new WrongKeyError();
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The same key for WebCrypto, for reads that need not be synchronous: native AES-GCM opens a
 * record many times faster than the pure-JS one, which matters when a page reads every session.
 */
export function importForReading(key: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
}

/** `open` with WebCrypto; same format (ciphertext then 16-byte tag), same WrongKeyError. */
export async function openAsync(key: CryptoKey, sealed: Sealed): Promise<string> {
  let bytes: ArrayBuffer;
  try {
    bytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.ct));
  } catch {
    throw new WrongKeyError();
  }
  return new TextDecoder().decode(bytes);
}

export function isSealed(value: unknown): value is Sealed {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Sealed).iv === 'string' &&
    typeof (value as Sealed).ct === 'string'
  );
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
