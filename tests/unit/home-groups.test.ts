import { describe, expect, it } from 'vitest';
import { groupsForHome, HOME_GROUP_LIMIT } from '../../lib/session/home-groups';

const group = (n: number) => ({ id: `g${n}`, name: `Group ${String(n).padStart(3, '0')}` });

describe('groupsForHome', () => {
  it('lists a short list as it is, at once, whatever the dates say', () => {
    const groups = [group(3), group(1), group(2)];
    const result = groupsForHome(groups, null, undefined);
    expect(result).toEqual({ shown: groups, more: 0, ready: true });
    expect(groupsForHome(groups, new Map([['g2', '2026-11-01']]), 'g1').shown).toEqual(groups);
  });

  it('waits for the dates when there are more groups than it lists', () => {
    const groups = Array.from({ length: HOME_GROUP_LIMIT + 1 }, (_, i) => group(i));
    expect(groupsForHome(groups, null, undefined)).toEqual({ shown: [], more: 0, ready: false });
  });

  it('lists the running group first, then the most recently run, then the rest by name', () => {
    const groups = Array.from({ length: 250 }, (_, i) => group(i));
    const latest = new Map([
      ['g10', '2026-11-20'],
      ['g200', '2026-11-27'],
      ['g7', '2026-10-02'],
      ['g42', '2026-11-27'],
    ]);
    const result = groupsForHome(groups, latest, 'g99');
    expect(result.shown.map((g) => g.id)).toEqual(['g99', 'g42', 'g200', 'g10', 'g7', 'g0']);
    expect(result.more).toBe(244);
    expect(result.ready).toBe(true);
  });

  it('lists every group in the same order on request', () => {
    const groups = Array.from({ length: 9 }, (_, i) => group(i));
    const latest = new Map([['g8', '2026-11-20']]);
    const all = groupsForHome(groups, latest, undefined, { showAll: true });
    expect(all.shown.map((g) => g.id)).toEqual(['g8', 'g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7']);
    expect(all.more).toBe(0);
  });
});
