/**
 * Fuzz test for the backup import: thousands of mutated files (seeded, so a failure reproduces)
 * through parseBackup, plain and encrypted. Shows that parsing never throws and answers with a
 * known problem code, and that a restore of every file that parses, through the real repository
 * over fake-indexeddb, is all or nothing: in some runs a write fails partway through the
 * transaction, and then the data that was there before is intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FILE_MAX_BYTES, buildBackup, parseBackup, type ParseEnvironment } from '../../lib/backup/format';
import { deriveKey, open, PBKDF2_ITERATIONS, seal, toBase64, WrongKeyError } from '../../lib/crypto/cipher';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo, type Everything, type Repo } from '../../lib/db/repo';
import { NOTE_MAX } from '../../lib/limits';
import { prng } from '../prng';
import { sampleEverything } from '../backup-fixture';

const SEED = 0x1b2c3d;
const FILES = 5_200;
const PASSPHRASE = 'fuzz passphrase';
const NOW = new Date(Date.UTC(2024, 5, 1));
const PROBLEM_CODES = ['too-large', 'not-json', 'not-a-backup', 'unknown-version', 'needs-passphrase', 'wrong-passphrase', 'invalid'];

type Random = ReturnType<typeof prng>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every container and key in the tree, walked without recursion (the tree may be deep). */
function slots(root: Json): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push({ parent: node, key });
      stack.push((node as Record<string | number, Json>)[key] as Json);
    }
  }
  return out;
}

const DEEP = 'DEEP-NESTING-PLACEHOLDER';
const deepText = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);

const WRONG_VALUES: Json[] = [null, 0, -1, 1e308, 3.5, '', 'x', true, false, [], {}, [null], { id: 1 }, '2024-13-45', 'NaN', '__proto__'];

/** One structural change to the data tree, returned as the file text. */
function mutateData(data: Everything, r: Random): { data: Json; deep?: string } {
  const tree = JSON.parse(JSON.stringify(data)) as { [key: string]: Json };
  const stores = ['groups', 'participants', 'sessions', 'itisRatings'] as const;
  const rounds = 1 + r.int(3);
  let deep: string | undefined;
  // Earlier rounds may have replaced a list or record with anything, so each step looks first.
  const listOf = (store: string): Json[] => {
    const list = tree[store];
    return Array.isArray(list) ? list : [];
  };
  const recordsOf = (store: string) => listOf(store).filter((x): x is { [key: string]: Json } => x !== null && typeof x === 'object' && !Array.isArray(x));
  for (let round = 0; round < rounds; round++) {
    const all = slots(tree);
    const slot = r.pick(all);
    const set = (value: Json) => ((slot.parent as Record<string | number, Json>)[slot.key] = value);
    switch (r.int(11)) {
      case 0:
        set(r.pick(WRONG_VALUES));
        break;
      case 1:
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else delete slot.parent[slot.key as string];
        break;
      case 2:
        set('x'.repeat(r.pick([NOTE_MAX + 1, 201, 21, 101, 100_000])));
        break;
      case 3: {
        // A duplicated record: its id is no longer unique.
        const store = r.pick(stores);
        const list = listOf(store);
        const record = recordsOf(store)[0];
        if (list.length > 0 && record) list.push({ ...record });
        break;
      }
      case 4: {
        // A record without its id, or with another record's id.
        const list = recordsOf(r.pick(stores));
        const record = list.length > 0 ? r.pick(list) : undefined;
        if (record) {
          if (r.next() < 0.5) delete record.id;
          else record.id = (r.pick(list).id ?? 'x') as Json;
        }
        break;
      }
      case 5: {
        // A dangling reference.
        const list = recordsOf(r.pick(['participants', 'sessions']));
        if (list.length > 0) r.pick(list).groupId = r.pick(['missing-group', '', 'g2 ', 'DEMO-GROUP']);
        break;
      }
      case 6:
        deep = r.pick([deepText(10_000, '[', ']'), deepText(5_000, '{"a":', '}'), deepText(200, '[', ']')]);
        set(DEEP);
        break;
      case 7: {
        // Many entries: a list or map over its limit.
        const n = r.pick([501, 2_001, 10]);
        set(Array.isArray(slot.parent[slot.key as never]) ? Array.from({ length: n }, (_, i) => i) : Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));
        break;
      }
      case 8:
        // A record that is not an object.
        listOf(r.pick(stores)).push(r.pick(WRONG_VALUES));
        break;
      case 9:
        // Prototype keys and an unknown field.
        if (!Array.isArray(slot.parent)) Object.assign(slot.parent, JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "unknownField": "x"}'));
        break;
      default: {
        // A plausible value of another field's kind: a number where a date is, a date where a number is.
        set(r.pick(['2024-02-30', '2024-02-29', 1_700_000_000_000, 'P01', 'left', 'extend', -0, 86_401]));
      }
    }
  }
  return { data: tree, deep };
}

/** One change to the file's text: truncation, byte flips, huge insertions. */
function mutateText(text: string, r: Random): string {
  switch (r.int(5)) {
    case 0:
      return text.slice(0, r.int(text.length));
    case 1: {
      const chars = [...text];
      const flips = 1 + r.int(8);
      for (let i = 0; i < flips; i++) chars[r.int(chars.length)] = String.fromCharCode(r.int(0x7f) || 0xfffd);
      return chars.join('');
    }
    case 2: {
      const at = r.int(text.length);
      return text.slice(0, at) + r.pick(['"', '}', ']', ',', '\\', '\u0000', 'x'.repeat(30_000)]) + text.slice(at);
    }
    case 3: {
      const at = r.int(text.length);
      const end = Math.min(text.length, at + r.int(200));
      return text.slice(0, at) + text.slice(end);
    }
    default:
      // The whole file wrapped or swapped for something else.
      return r.pick([`[${text}]`, `{"backup":${text}}`, text.replace('imr-guide/backup', 'imr-guide/backup2'), '"just a string"', '42', 'null']);
  }
}

function serialise(file: object, deep: string | undefined): string {
  const text = JSON.stringify(file);
  return deep ? text.replace(`"${DEEP}"`, () => deep) : text;
}

/** Records in key order, as getAll returns them, so two copies compare. */
function sorted(data: Everything): Everything {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...data, groups: byId(data.groups), participants: byId(data.participants), sessions: byId(data.sessions), itisRatings: byId(data.itisRatings) };
}

describe('backup import fuzz', () => {
  let key: Uint8Array<ArrayBuffer>;
  const salt = new Uint8Array(16).fill(7);
  let env: ParseEnvironment;
  let repo: Repo;
  let close: () => Promise<void>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    key = await deriveKey(PASSPHRASE, salt, PBKDF2_ITERATIONS);
    // The key is derived once; any other passphrase, salt or iteration count could only yield a
    // different key, which AES-GCM refuses, so it is answered as the wrong key without 600,000 rounds.
    env = {
      decrypt: async (passphrase, envelope) => {
        if (passphrase !== PASSPHRASE || envelope.salt !== toBase64(salt) || envelope.iterations !== PBKDF2_ITERATIONS) throw new WrongKeyError();
        return open(key, envelope);
      },
    };
    const connect = createConnection({ name: `backup-fuzz-${Date.now()}` });
    repo = createRepo(connect, createChangeBus());
    close = async () => (await connect()).close();
    await repo.replaceEverything(sampleEverything());
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await close();
  });

  it(`parses ${FILES} mutated files without throwing; every restore is all or nothing`, async () => {
    const r = prng(SEED);
    const base = sampleEverything();
    const counts: Record<string, number> = {};
    let parsed = 0;
    let restored = 0;
    let failedMidway = 0;
    const started = Date.now();

    for (let n = 0; n < FILES; n++) {
      const encrypted = n % 5 === 0;
      const mutation = r.int(3);
      let text: string;
      if (mutation < 2) {
        // Structural: the data changed, then written as a well-formed (and, if encrypted, validly sealed) file.
        const { data, deep } = mutateData(base, r);
        const dataText = serialise(data as object, deep);
        const head = { format: 'imr-guide/backup', version: 1, exportedAt: NOW.toISOString(), app: { version: '0.1.0' } };
        // Deep nesting cannot go through JSON.stringify, so the data's text is placed (or sealed) as it is.
        text = encrypted
          ? JSON.stringify({
              ...head,
              encrypted: true,
              envelope: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), ...seal(key, dataText) },
            })
          : JSON.stringify({ ...head, encrypted: false, data: DEEP }).replace(`"${DEEP}"`, () => dataText);
        if (mutation === 1) text = mutateText(text, r);
      } else {
        const clean = buildBackup(base, { now: NOW, appVersion: '0.1.0', key: encrypted ? { key, salt, iterations: PBKDF2_ITERATIONS } : null });
        text = mutateText(clean, r);
      }

      const passphrase = encrypted ? r.pick([PASSPHRASE, PASSPHRASE, PASSPHRASE, 'wrong', undefined]) : undefined;
      // Never throws: a rejection here fails the test.
      const result = await parseBackup(text, passphrase, env);
      const code = result.ok ? 'ok' : result.problem.code;
      counts[code] = (counts[code] ?? 0) + 1;
      if (!result.ok) {
        expect(PROBLEM_CODES).toContain(result.problem.code);
        if (result.problem.code === 'invalid') expect(result.problem.issues.length).toBeGreaterThan(0);
        continue;
      }
      parsed++;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Every file that parses is restored; a third of the restores are made to fail midway.
      const before = sorted(await repo.readEverything());
      const failAfter = restored % 3 === 0 ? r.int(1 + result.data.groups.length + result.data.participants.length + result.data.sessions.length) : null;
      const undo = failAfter === null ? null : failPutAfter(failAfter);
      try {
        if (undo) {
          await expect(repo.replaceEverything(result.data)).rejects.toThrow('forced failure');
          failedMidway++;
        } else {
          await repo.replaceEverything(result.data);
        }
      } finally {
        undo?.();
      }
      const after = sorted(await repo.readEverything());
      if (undo) expect(after).toEqual(before);
      else expect(after).toEqual(sorted(result.data));
      restored++;
    }

    // For the record when the mix changes: counts per answer and the time taken.
    console.info(`backup fuzz: ${JSON.stringify(counts)}, restored ${restored} (${failedMidway} failed midway) in ${Date.now() - started} ms`);
    // The mix is what makes the test mean something: most files are refused, some restore, some fail midway.
    expect(counts.invalid ?? 0).toBeGreaterThan(1000);
    expect(counts['not-json'] ?? 0).toBeGreaterThan(200);
    expect(counts['wrong-passphrase'] ?? 0).toBeGreaterThan(50);
    expect(counts['needs-passphrase'] ?? 0).toBeGreaterThan(50);
    expect(parsed).toBeGreaterThan(100);
    expect(failedMidway).toBeGreaterThan(20);
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('refuses an oversized file by its length alone', async () => {
    const result = await parseBackup(' '.repeat(BACKUP_FILE_MAX_BYTES + 1));
    expect(result).toEqual({ ok: false, problem: { code: 'too-large', maxBytes: BACKUP_FILE_MAX_BYTES } });
  });
});

/**
 * Makes the (fake) IndexedDB refuse every put after the first `n` of them, the way a full disk or
 * a bad record would, until the returned function restores it.
 */
function failPutAfter(n: number): () => void {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...args: unknown[]) => unknown } } }).IDBObjectStore.prototype;
  const original = proto.put;
  let calls = 0;
  proto.put = function put(this: unknown, ...args: unknown[]) {
    if (calls++ >= n) throw new DOMException('forced failure', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
