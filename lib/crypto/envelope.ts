/**
 * The encrypted form of an exported file (backups now; supervision files next): the whole
 * plaintext sealed with a key derived from a passphrase, and the derivation's parameters beside it
 * so another browser can derive the same key. Validated before any decryption is tried.
 */
import * as v from 'valibot';
import { deriveKey, MAX_ITERATIONS, MIN_ITERATIONS, open, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, seal, fromBase64, toBase64 } from './cipher';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const EncryptedEnvelope = v.object({
  cipher: v.literal('AES-256-GCM'),
  kdf: v.literal('PBKDF2-SHA-256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
  salt: v.pipe(v.string(), v.regex(BASE64), v.minLength(16), v.maxLength(64)),
  iv: v.pipe(v.string(), v.regex(BASE64), v.length(16)),
  ct: v.pipe(v.string(), v.regex(BASE64)),
});
export type EncryptedEnvelope = v.InferOutput<typeof EncryptedEnvelope>;

/** Encrypts with a known key (a vault already unlocked), recording its salt and iterations. */
export function encryptWithKey(key: Uint8Array, salt: Uint8Array, iterations: number, plaintext: string): EncryptedEnvelope {
  const sealed = seal(key, plaintext);
  return { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), ...sealed };
}

export async function encryptText(passphrase: string, plaintext: string): Promise<EncryptedEnvelope> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  return encryptWithKey(key, salt, PBKDF2_ITERATIONS, plaintext);
}

/** Throws WrongKeyError when the passphrase is wrong or the file was altered. */
export async function decryptText(passphrase: string, envelope: EncryptedEnvelope): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(envelope.salt), envelope.iterations);
  return open(key, envelope);
}
