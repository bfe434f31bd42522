import { afterEach, describe, expect, it } from 'vitest';
import {
  buildSupervisionFile,
  parseSupervisionFile,
  selectForSupervision,
  SUPERVISION_FILE_MAX_BYTES,
  supervisionFileName,
  type SupervisionData,
} from '../../lib/supervision/format';
import { decide } from '../../lib/supervision/merge';
import { randomBytes, toBase64 } from '../../lib/crypto/cipher';
import { createChangeBus } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { fullPlan, makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';
import type { ImportedSource } from '../../lib/model';

const KEY = toBase64(randomBytes(32));
const SOURCE = { id: 'src_a', practitioner: 'A. Jansen' };
const NOW = new Date('2024-05-01T10:00:00Z');

function records(): SupervisionData {
  return {
    groups: [makeGroup({ id: 'g1', name: 'Tuesday group' }), makeGroup({ id: 'g2', name: 'MJ', format: 'individual' }), makeGroup({ id: 'g3', name: 'Other' })],
    participants: [
      makeParticipant({ id: 'p1', code: 'MJ77', goal: 'Own flat by summer', goalSteps: [{ id: 'st1', text: 'Visit housing office', status: 'done' }] }),
      makeParticipant({ id: 'p2', code: 'KL', groupId: 'g1' }),
      makeParticipant({ id: 'p3', code: 'ZZ', groupId: 'g3' }),
    ],
    sessions: [
      makeSession({
        id: 's1',
        groupId: 'g1',
        date: '2024-03-05',
        plan: fullPlan(),
        notes: 'Maria talked about her sister',
        prompts: { 'apr-review-each': { status: 'done', note: 'reviewed with everyone', at: 1 } },
        participants: { p1: makeEntry({ attendance: 'present', note: 'tired today', nextHomePractice: 'Call the library' }), gone: makeEntry({ attendance: 'absent' }) },
      }),
      makeSession({ id: 's2', groupId: 'g1', date: '2024-01-02' }),
      makeSession({ id: 's3', groupId: 'g1', date: '2024-03-06', status: 'running' }),
      makeSession({ id: 's4', groupId: 'g3', date: '2024-03-05' }),
      makeSession({ id: 's5', groupId: 'g1', date: '2024-03-07', source: 'someone-else' }),
    ],
  };
}

describe('choosing what goes to supervision', () => {
  it('takes the chosen groups, ended sessions within the dates, never running or imported ones', () => {
    const chosen = selectForSupervision(records(), { groupIds: ['g1'], from: '2024-02-01', to: '2024-03-31' });
    expect(chosen.groups.map((g) => g.id)).toEqual(['g1']);
    expect(chosen.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(chosen.participants.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(selectForSupervision(records(), { groupIds: [], from: null, to: null }).sessions.map((s) => s.id)).toEqual(['s1', 's2', 's4']);
  });
});

describe('the fidelity-only level', () => {
  const options = { level: 'fidelity' as const, source: SOURCE, range: { from: null, to: null }, now: NOW, appVersion: '0.1.0', pseudonymKey: KEY };

  it('holds no free text, no participant code or id, and no individual client’s group name', async () => {
    const text = await buildSupervisionFile(records(), options);
    for (const secret of ['Maria', 'sister', 'tired today', 'Call the library', 'reviewed with everyone', 'Own flat', 'Visit housing', 'MJ77', '"p1"', '"gone"', '"MJ"']) {
      expect(text).not.toContain(secret);
    }
    const read = await parseSupervisionFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const s1 = read.data.sessions.find((s) => s.id === 's1')!;
    // Pseudonyms agree within the file: entries point at the listed participants.
    const ids = new Set(read.data.participants.map((p) => p.id));
    const entryIds = Object.keys(s1.participants);
    expect(entryIds.filter((id) => ids.has(id))).toHaveLength(1);
    expect(s1.participants[entryIds[0]!]?.attendance).toBeDefined();
    // What fidelity needs is still there.
    expect(s1.prompts['apr-review-each']?.status).toBe('done');
    expect(read.data.groups.find((g) => g.id === 'g1')?.name).toBe('Tuesday group');
    expect(read.data.groups.find((g) => g.id === 'g2')?.name).toMatch(/^IND-[0-9A-F]{6}$/);
    expect(read.data.participants.every((p) => /^PS-[0-9A-F]{6}$/.test(p.code))).toBe(true);
  });

  it('leaves out the participant’s own words too (issue 9)', async () => {
    const data = records();
    const s1 = data.sessions[0]!;
    const [pid, entry] = Object.entries(s1.participants)[0]!;
    const withWords = { ...data, sessions: [{ ...s1, participants: { ...s1.participants, [pid]: { ...entry, response: 'My brother Kees helped me' } } }, ...data.sessions.slice(1)] };
    const text = await buildSupervisionFile(withWords, options);
    expect(text).not.toContain('Kees');
    expect(text).not.toContain('"response"');
  });

  it('gives the same person the same pseudonym in every file from this profile, another with another secret', async () => {
    const a = await parseSupervisionFile(await buildSupervisionFile(records(), options));
    const b = await parseSupervisionFile(await buildSupervisionFile(records(), options));
    const c = await parseSupervisionFile(await buildSupervisionFile(records(), { ...options, pseudonymKey: toBase64(randomBytes(32)) }));
    if (!a.ok || !b.ok || !c.ok) throw new Error('parse');
    expect(a.data.participants.map((p) => p.code)).toEqual(b.data.participants.map((p) => p.code));
    expect(a.data.participants.map((p) => p.code)).not.toEqual(c.data.participants.map((p) => p.code));
  });

  it('the full level keeps the text; with a passphrase it round-trips and a wrong one fails cleanly', async () => {
    const full = { ...options, level: 'full' as const };
    const plain = await parseSupervisionFile(await buildSupervisionFile(records(), full));
    expect(plain.ok && plain.data.sessions[0]?.notes).toBe('Maria talked about her sister');

    const text = await buildSupervisionFile(records(), { ...full, passphrase: 'supervision passphrase' });
    expect(text).not.toContain('Maria');
    expect(await parseSupervisionFile(text)).toEqual({ ok: false, problem: { code: 'needs-passphrase' } });
    expect(await parseSupervisionFile(text, 'wrong passphrase')).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    const read = await parseSupervisionFile(text, 'supervision passphrase');
    expect(read.ok && read.encrypted && read.head.source).toEqual(SOURCE);
  });
});

describe('bad supervision files write nothing and say why', () => {
  it('truncated, unknown version, too large, another kind of file, a broken record', async () => {
    const text = await buildSupervisionFile(records(), { level: 'full', source: SOURCE, range: { from: null, to: null }, now: NOW, appVersion: '0.1.0', pseudonymKey: KEY });
    expect((await parseSupervisionFile(text.slice(0, text.length / 2))).ok).toBe(false);
    expect(await parseSupervisionFile(text.slice(0, 200))).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(await parseSupervisionFile(text.replace('"version":1', '"version":7'))).toEqual({ ok: false, problem: { code: 'unknown-version', version: '7' } });
    expect(await parseSupervisionFile(' '.repeat(SUPERVISION_FILE_MAX_BYTES + 1))).toEqual({ ok: false, problem: { code: 'too-large', maxBytes: SUPERVISION_FILE_MAX_BYTES } });
    expect(await parseSupervisionFile(JSON.stringify({ format: 'imr-guide/backup', version: 1 }))).toEqual({ ok: false, problem: { code: 'wrong-kind' } });
    const broken = JSON.parse(text) as { data: SupervisionData };
    broken.data.sessions[0]!.groupId = 'nowhere';
    const read = await parseSupervisionFile(JSON.stringify(broken));
    expect(read.ok ? null : read.problem).toMatchObject({ code: 'invalid', issues: [{ kind: 'unknown-group', path: 'data.sessions.0.groupId' }] });
  });

  it('names files safely', () => {
    expect(supervisionFileName('A. Jansen / team 3', NOW)).toBe('imr-guide-supervision-A-Jansen-team-3-2024-05-01.json');
  });
});

describe('merging an import', () => {
  it('adds what is new, updates only with a newer edit, and never overwrites a record of another origin', () => {
    expect(decide(undefined, { updatedAt: 1 }, 'src')).toBe('add');
    expect(decide({ updatedAt: 5, source: 'src' }, { updatedAt: 5 }, 'src')).toBe('skip');
    expect(decide({ updatedAt: 5, source: 'src' }, { updatedAt: 4 }, 'src')).toBe('skip');
    expect(decide({ updatedAt: 5, source: 'src' }, { updatedAt: 6 }, 'src')).toBe('update');
    expect(decide({ updatedAt: 5 }, { updatedAt: 9 }, 'src')).toBe('skip');
    expect(decide({ updatedAt: 5, source: 'other' }, { updatedAt: 9 }, 'src')).toBe('skip');
    expect(decide({ updatedAt: 5 }, { updatedAt: 9 }, undefined)).toBe('update');
    // A full file after fidelity-only ones: the same edit replaces the thinner copy, an older one does not.
    expect(decide({ updatedAt: 5, source: 'src' }, { updatedAt: 5 }, 'src', true)).toBe('update');
    expect(decide({ updatedAt: 5, source: 'src' }, { updatedAt: 4 }, 'src', true)).toBe('skip');
  });
});

describe('importing into the repository', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  function repo() {
    const connect = createConnection({ name: `supervision-${Date.now()}-${Math.random()}` });
    const bus = createChangeBus((n) => new BroadcastChannel(`${n}:${Math.random()}`));
    closers.push(async () => {
      bus.close();
      (await connect()).close();
    });
    return createRepo(connect, bus);
  }
  const source: ImportedSource = { id: SOURCE.id, practitioner: SOURCE.practitioner, exportedAt: NOW.toISOString(), importedAt: 1, level: 'full', from: null, to: null };

  it('the same file twice duplicates nothing; a newer edit wins; provenance is kept; removing the source removes its records', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 'local', groupId: 'mine' }));
    const data = selectForSupervision(records(), { groupIds: ['g1'], from: null, to: null });

    const first = await r.importRecords(data, source);
    expect(first.sessions).toEqual({ added: 2, updated: 0, skipped: 0 });
    const again = await r.importRecords(data, source);
    expect(again.sessions).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await r.listAllSessions()).toHaveLength(3);

    const edited = { ...data, sessions: data.sessions.map((s) => (s.id === 's1' ? { ...s, notes: 'corrected', updatedAt: s.updatedAt + 10 } : s)) };
    expect((await r.importRecords(edited, { ...source, exportedAt: '2024-06-01T00:00:00.000Z' })).sessions).toEqual({ added: 0, updated: 1, skipped: 1 });
    const s1 = await r.getSession('s1');
    expect(s1?.notes).toBe('corrected');
    expect(s1?.source).toBe('src_a');
    expect((await r.listSources()).map((s) => s.exportedAt)).toEqual(['2024-06-01T00:00:00.000Z']);

    await r.removeSource('src_a');
    expect((await r.listAllSessions()).map((s) => s.id)).toEqual(['local']);
    expect(await r.listSources()).toEqual([]);
    expect(await r.listGroups()).toEqual([]);
  });

  it('a full file after a fidelity-only one fills in the notes and replaces the pseudonyms', async () => {
    const r = repo();
    const data = selectForSupervision(records(), { groupIds: ['g1'], from: null, to: null });
    const text = await buildSupervisionFile(data, { level: 'fidelity', source: SOURCE, range: { from: null, to: null }, now: NOW, appVersion: '0.1.0', pseudonymKey: KEY });
    const thin = await parseSupervisionFile(text);
    if (!thin.ok) throw new Error('parse');
    await r.importRecords(thin.data, { ...source, level: 'fidelity' });
    expect((await r.listParticipants('g1')).every((p) => p.id.startsWith('pseudo_'))).toBe(true);

    const counts = await r.importRecords(data, { ...source, level: 'full' });
    expect(counts.sessions).toEqual({ added: 0, updated: 2, skipped: 0 });
    expect((await r.getSession('s1'))?.notes).toBe('Maria talked about her sister');
    expect((await r.listParticipants('g1')).map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect((await r.listSources())[0]?.level).toBe('full');
  });

  it('imported records never replace a local record with the same id', async () => {
    const r = repo();
    await r.putSession(makeSession({ id: 's1', groupId: 'g1', notes: 'mine', updatedAt: 1 }));
    const counts = await r.importRecords({ groups: [], participants: [], sessions: [makeSession({ id: 's1', groupId: 'g1', notes: 'theirs', updatedAt: 99 })] }, source);
    expect(counts.sessions).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await r.getSession('s1'))?.notes).toBe('mine');
  });

  it('this profile’s own file comes back as local records', async () => {
    const r = repo();
    await r.importRecords(selectForSupervision(records(), { groupIds: ['g1'], from: null, to: null }), null);
    expect((await r.getSession('s1'))?.source).toBeUndefined();
    expect(await r.listSources()).toEqual([]);
  });
});
