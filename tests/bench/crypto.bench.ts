/**
 * What encryption at rest costs (printed, never asserted): sealing a keystroke's write, opening
 * every session for the review page, and deriving the key at unlock.
 */
import { bench, describe } from 'vitest';
import { deriveKey, importForReading, randomBytes } from '../../lib/crypto/cipher';
import { openRecord, openRecordAsync, sealRecord } from '../../lib/db/vault';
import { generate } from './generate';

const { sessions } = generate(10_000);
const key = randomBytes(32);
const vault = { enabled: true, key };
const one = sessions[0]!;
const sealedAll = sessions.map((s) => sealRecord('sessions', s, vault));
const sealedOne = sealedAll[0]!;

describe('encryption at rest (AES-256-GCM, pure JS, synchronous)', () => {
  bench('seal one session record, as on each saved keystroke (budget 1 ms)', () => {
    sealRecord('sessions', one, vault);
  });
  bench('open one session record (budget 1 ms)', () => {
    openRecord('sessions', sealedOne, key);
  });
  bench('open 10,000 session records synchronously (pure JS; only for read-modify-write)', () => {
    for (const s of sealedAll) openRecord('sessions', s, key);
  }, { iterations: 2, warmupIterations: 0 });
  bench('open 10,000 session records with native AES-GCM, the review page with encryption on (budget 1 s)', async () => {
    const native = await importForReading(key);
    await Promise.all(sealedAll.map((s) => openRecordAsync('sessions', s, native)));
  }, { iterations: 3, warmupIterations: 0 });
  bench('derive the key at unlock, PBKDF2-SHA-256 600,000 iterations (budget 1 s)', async () => {
    await deriveKey('correct horse battery staple', randomBytes(16));
  }, { iterations: 3, warmupIterations: 0 });
});
