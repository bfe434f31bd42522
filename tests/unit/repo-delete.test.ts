/**
 * Deleting sessions and groups (issue 9): one transaction each, with what hangs on them (IT-IS
 * ratings, exclusions), and a change notice so every open page follows at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createChangeBus, type ChangeNotice } from '../../lib/db/changes';
import { createConnection } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { attendanceHistory } from '../../lib/completion';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';
import type { ItisRating } from '../../lib/fidelity/itis';

let counter = 0;
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function setup() {
  const name = `imr-delete-${Date.now()}-${++counter}`;
  const bus = createChangeBus((n) => new BroadcastChannel(`${n}:${name}`));
  closers.push(() => bus.close());
  const notices: ChangeNotice[] = [];
  bus.subscribe((n) => notices.push(n));
  return { repo: createRepo(createConnection({ name }), bus), notices };
}

const rating = (id: string, sessionId: string): ItisRating =>
  ({ id, sessionId, rater: 'SV', ratedAt: 1, scores: {}, comment: '', itemComments: {} }) as unknown as ItisRating;

async function seed() {
  const h = setup();
  const p1 = makeParticipant();
  const other = makeParticipant({ id: 'p9', groupId: 'g2', code: 'P09' });
  const real = makeSession({ id: 's1', date: '2024-03-06', participants: { p1: makeEntry({ attendance: 'present' }) } });
  const test = makeSession({ id: 'test', date: '2024-03-07', participants: { p1: makeEntry({ attendance: 'absent' }) } });
  const elsewhere = makeSession({ id: 's9', groupId: 'g2', participants: { p9: makeEntry({ attendance: 'present' }) } });
  await h.repo.writeBatch({
    groups: [makeGroup(), makeGroup({ id: 'g2', name: 'Other' })],
    participants: [p1, other],
    sessions: [real, test, elsewhere],
  });
  await h.repo.putItisRating(rating('r-test', 'test'));
  await h.repo.putItisRating(rating('r-real', 's1'));
  await h.repo.excludeSession('test', 'training', 1);
  h.notices.length = 0;
  return { ...h, p1 };
}

describe('deleteSessions', () => {
  it('deletes the session with its ratings and exclusion, and completion follows', async () => {
    const { repo, notices, p1 } = await seed();
    expect(attendanceHistory(p1, await repo.listSessions('g1'))).toMatchObject({ held: 2, absent: 1 });
    await repo.deleteSessions(['test']);
    expect((await repo.listSessions('g1')).map((s) => s.id)).toEqual(['s1']);
    expect(attendanceHistory(p1, await repo.listSessions('g1'))).toMatchObject({ held: 1, absent: 0 });
    expect((await repo.listItisRatings()).map((r) => r.id)).toEqual(['r-real']);
    expect((await repo.listExclusions()).size).toBe(0);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toMatchObject({ stores: ['sessions', 'itisRatings', 'exclusions'] });
    expect(notices[0]!.ids).toEqual(expect.arrayContaining(['test', 'r-test']));
  });

  it('does nothing for an empty list and skips unknown ids', async () => {
    const { repo } = await seed();
    await repo.deleteSessions([]);
    await repo.deleteSessions(['nope']);
    expect(await repo.countSessions()).toBe(3);
  });
});

describe('deleteGroup', () => {
  it('deletes the group, its participants and sessions and their ratings, and leaves other groups alone', async () => {
    const { repo, notices } = await seed();
    expect(await repo.deleteGroup('g1')).toEqual({ participants: 1, sessions: 2 });
    expect((await repo.listGroups()).map((g) => g.id)).toEqual(['g2']);
    expect(await repo.listParticipants('g1')).toEqual([]);
    expect((await repo.listAllSessions()).map((s) => s.id)).toEqual(['s9']);
    expect((await repo.listAllParticipants()).map((p) => p.id)).toEqual(['p9']);
    expect(await repo.listItisRatings()).toEqual([]);
    expect((await repo.listExclusions()).size).toBe(0);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]!.stores).toEqual(expect.arrayContaining(['groups', 'participants', 'sessions']));
  });
});
