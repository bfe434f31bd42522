import { describe, expect, it } from 'vitest';
import {
  BACKUP_FILE_MAX_BYTES,
  backupFileName,
  buildBackup,
  checkEverything,
  hasRecords,
  parseBackup,
  summarise,
  type BackupIssue,
  type ParseBackupResult,
} from '../../lib/backup/format';
import { clearJournal, JOURNAL_PREFIX } from '../../lib/backup/journal-keys';
import { createJournal } from '../../lib/db/journal';
import { deriveKey, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES } from '../../lib/crypto/cipher';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { sampleEverything } from '../backup-fixture';
import { NOTE_MAX } from '../../lib/limits';

const NOW = new Date(Date.UTC(2024, 5, 1, 10, 30));
const plain = (data = sampleEverything()) => buildBackup(data, { now: NOW, appVersion: '0.1.0' });

/** The file with `edit` applied to its parsed JSON. */
type Rec = Record<string, unknown>;
interface FileJson extends Rec {
  data: { groups: Rec[]; participants: Rec[]; sessions: Rec[]; itisRatings: Rec[]; settings: unknown; adaptation: unknown };
}
function edited(edit: (file: FileJson) => void): string {
  const file = JSON.parse(plain()) as FileJson;
  edit(file);
  return JSON.stringify(file);
}

function issues(result: ParseBackupResult): BackupIssue[] {
  if (result.ok || result.problem.code !== 'invalid') throw new Error(`expected an invalid file, got ${JSON.stringify(result).slice(0, 200)}`);
  return result.problem.issues;
}

describe('buildBackup / parseBackup, plain', () => {
  it('writes a versioned file that reads back to the same data', async () => {
    const data = sampleEverything();
    const text = plain(data);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'imr-guide/backup', version: 1, exportedAt: NOW.toISOString(), app: { version: '0.1.0' }, encrypted: false });
    const result = await parseBackup(text);
    expect(result).toEqual({ ok: true, data, exportedAt: NOW.toISOString(), appVersion: '0.1.0', encrypted: false });
  });

  it('names the file by the local day', () => {
    expect(backupFileName(new Date(2024, 0, 5, 23, 59))).toBe('imr-guide-backup-2024-01-05.json');
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const huge = `{"format":"imr-guide/backup","pad":"${'x'.repeat(BACKUP_FILE_MAX_BYTES)}"}`;
    expect(await parseBackup(huge)).toEqual({ ok: false, problem: { code: 'too-large', maxBytes: BACKUP_FILE_MAX_BYTES } });
  });

  it.each([
    ['', 'not-json'],
    ['{"format": "imr-guide/backup",', 'not-json'],
    ['[]', 'not-a-backup'],
    ['null', 'not-a-backup'],
    ['{"format":"imr-guide/programme-adaptation","formatVersion":1}', 'not-a-backup'],
  ])('%j is %s', async (text, code) => {
    const result = await parseBackup(text);
    expect(result.ok ? null : result.problem.code).toBe(code);
  });

  it('names a newer or missing version', async () => {
    expect(await parseBackup(edited((f) => (f.version = 2)))).toEqual({ ok: false, problem: { code: 'unknown-version', version: '2' } });
    expect(await parseBackup(edited((f) => delete f.version))).toEqual({ ok: false, problem: { code: 'unknown-version', version: 'undefined' } });
  });

  it('reports each broken field with its path and kind', async () => {
    const result = await parseBackup(
      edited((f) => {
        const sessions = f.data.sessions;
        sessions[0]!.notes = 'x'.repeat(NOTE_MAX + 1);
        sessions[1]!.status = 'paused';
        delete f.data.groups[0]!.name;
        f.data.participants[0]!.takesMedication = 'yes';
        f.data.participants[1]!.joinedOn = '1 March';
      }),
    );
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        { path: 'data.sessions.0.notes', kind: 'too-long', value: NOTE_MAX },
        { path: 'data.sessions.1.status', kind: 'not-allowed' },
        { path: 'data.groups.0.name', kind: 'missing' },
        { path: 'data.participants.0.takesMedication', kind: 'wrong-type' },
        { path: 'data.participants.1.joinedOn', kind: 'bad-format' },
      ]),
    );
  });

  it('refuses duplicate ids and references to groups that are not in the file', async () => {
    const result = await parseBackup(
      edited((f) => {
        f.data.groups.push({ ...f.data.groups[0] });
        f.data.participants[2]!.groupId = 'gone';
        f.data.sessions[0]!.groupId = 'gone-too';
      }),
    );
    expect(issues(result)).toEqual([
      { path: 'data.groups.2.id', kind: 'duplicate-id', value: 'demo-group' },
      { path: 'data.participants.2.groupId', kind: 'unknown-group', value: 'gone' },
      { path: 'data.sessions.0.groupId', kind: 'unknown-group', value: 'gone-too' },
    ]);
  });

  it('checks the programme adaptation with the adaptation file’s validator', async () => {
    const result = await parseBackup(
      edited((f) => ((f.data.adaptation as { adaptation: unknown }).adaptation = { sessionCounts: { 'no-such-module': 3 } })),
    );
    expect(issues(result)).toEqual([{ path: 'data.adaptation.adaptation', kind: 'adaptation', detail: "sessionCounts: unknown module 'no-such-module'" }]);
  });

  it('drops fields the model does not have, and prototype keys, so nothing unknown is written', async () => {
    const text = edited((f) => {
      f.data.groups[0]!.extra = 'x';
      const session = f.data.sessions[0] as { prompts: Record<string, unknown> };
      session.prompts = JSON.parse('{"__proto__": {"status": "done", "note": "", "at": 0}}') as Record<string, unknown>;
    });
    const result = await parseBackup(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.data.groups[0]).not.toHaveProperty('extra');
    expect(Object.keys(result.data.sessions[0]!.prompts)).toEqual([]);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('fills settings an older file lacks from the defaults', async () => {
    const result = await parseBackup(edited((f) => (f.data.settings = { practitioner: 'CD' })));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.data.settings).toEqual({ ...DEFAULT_SETTINGS, practitioner: 'CD' });
  });

  it('refuses a wrong top-level shape with the path', async () => {
    expect(issues(await parseBackup(edited((f) => ((f as Rec).data = 'nothing'))))).toEqual([{ path: 'data', kind: 'wrong-type' }]);
    expect(issues(await parseBackup(edited((f) => (f.exportedAt = 'yesterday'))))).toEqual([{ path: 'exportedAt', kind: 'bad-format' }]);
  });
});

describe('buildBackup / parseBackup, encrypted', () => {
  it('seals the data under the vault key; the passphrase opens it, a wrong one changes nothing', async () => {
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const data = sampleEverything();
    const text = buildBackup(data, { now: NOW, appVersion: '0.1.0', key: { key, salt, iterations: PBKDF2_ITERATIONS } });
    // Text with spaces or quotes cannot occur by chance in base64 ciphertext; a short code could.
    expect(text).not.toContain('Wednesday recovery group');
    expect(text).not.toContain('"code":"P01"');
    expect(JSON.parse(text)).toMatchObject({ encrypted: true, envelope: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS } });

    expect(await parseBackup(text)).toEqual({ ok: false, problem: { code: 'needs-passphrase' } });
    expect(await parseBackup(text, 'wrong')).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    expect(await parseBackup(text, 'correct horse')).toEqual({ ok: true, data, exportedAt: NOW.toISOString(), appVersion: '0.1.0', encrypted: true });
  });

  it('checks the envelope before asking for a passphrase', async () => {
    const text = JSON.stringify({ format: 'imr-guide/backup', version: 1, exportedAt: NOW.toISOString(), app: { version: '1' }, encrypted: true, envelope: { cipher: 'ROT13' } });
    const result = await parseBackup(text, 'anything');
    expect(issues(result).map((i) => i.path)).toContain('envelope.cipher');
  });
});

describe('checkEverything and summarise', () => {
  it('accepts what readEverything returns on an empty profile', () => {
    const empty = { groups: [], participants: [], sessions: [], itisRatings: [], settings: DEFAULT_SETTINGS, adaptation: null, sources: [], exclusions: [] };
    expect(checkEverything(empty)).toEqual({ ok: true, data: empty });
    expect(hasRecords(summarise(empty))).toBe(false);
  });

  it('counts records and the session date range', () => {
    const data = sampleEverything();
    const summary = summarise(data);
    expect(summary).toEqual({
      groups: 2,
      participants: 7,
      sessions: 2,
      ratings: 1,
      adaptation: true,
      firstSession: data.sessions[0]!.date,
      lastSession: data.sessions[1]!.date,
    });
    expect(summary.firstSession! < summary.lastSession!).toBe(true);
    expect(hasRecords(summary)).toBe(true);
  });
});

describe('clearJournal', () => {
  it('removes every journal entry and nothing else, with the journal’s own prefix', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, value: string) => void map.set(k, value),
      removeItem: (k: string) => void map.delete(k),
      key: (i: number) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    };
    const journal = createJournal(storage);
    journal.put({ sessionId: 's1', fieldKey: 'notes', value: 'typed', at: 1 });
    journal.put({ sessionId: 's2', fieldKey: 'notes', value: 'more', at: 2 });
    storage.setItem('other-key', 'kept');
    expect([...map.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX))).toHaveLength(2);
    expect(clearJournal(storage)).toBe(2);
    expect(journal.pending()).toEqual([]);
    expect([...map.keys()]).toEqual(['other-key']);
  });
});
