/**
 * Module coverage that counts sessions, not starts (issue 9): after sessions 1-3 of 4 the planner
 * said "covered". A module is held in full when every one of its sessions was held, and covered
 * for a participant only when they attended each of its sessions, or the practitioner marked it
 * caught up. Pure, no browser.
 *
 * Usage:
 *   const c = moduleCoverage(sessions, modules);
 *   c.held.get('recovery-strategies')             // { held: 3, total: 4 }
 *   c.byParticipant.get('p1')?.has('recovery-strategies')  // attended all four
 */
import { attended, type Session } from '../model';

export interface ModuleSessionsHeld {
  /** Distinct session numbers of the module held (ended), up to `total`. */
  held: number;
  /** Sessions the module has in the curriculum in use. */
  total: number;
}

export interface ModuleCoverage {
  /** Per module with at least one ended session. */
  held: Map<string, ModuleSessionsHeld>;
  /** Modules held in full by the group. */
  complete: Set<string>;
  /** Per participant: modules of which they attended every session. */
  byParticipant: Map<string, Set<string>>;
}

export function moduleCoverage(
  sessions: readonly Session[],
  modules: readonly { id: string; sessions: readonly { number: number }[] }[],
  /** Participants with the modules marked caught up for them, which count as covered too. */
  participants: readonly { id: string; caughtUp?: readonly string[] }[] = [],
): ModuleCoverage {
  const numbers = new Map<string, Set<number>>();
  const attendedNumbers = new Map<string, Map<string, Set<number>>>();
  for (const s of sessions) {
    if (s.status !== 'ended') continue;
    const set = numbers.get(s.moduleId) ?? new Set<number>();
    set.add(s.sessionNumber);
    numbers.set(s.moduleId, set);
    for (const [pid, entry] of Object.entries(s.participants)) {
      if (!attended(entry)) continue;
      const perModule = attendedNumbers.get(pid) ?? new Map<string, Set<number>>();
      const got = perModule.get(s.moduleId) ?? new Set<number>();
      got.add(s.sessionNumber);
      perModule.set(s.moduleId, got);
      attendedNumbers.set(pid, perModule);
    }
  }
  const held = new Map<string, ModuleSessionsHeld>();
  const complete = new Set<string>();
  const totals = new Map(modules.map((m) => [m.id, m.sessions.map((x) => x.number)]));
  for (const [moduleId, set] of numbers) {
    const all = totals.get(moduleId) ?? [];
    const count = all.filter((n) => set.has(n)).length;
    held.set(moduleId, { held: count, total: all.length });
    if (all.length > 0 && count === all.length) complete.add(moduleId);
  }
  const byParticipant = new Map<string, Set<string>>();
  for (const [pid, perModule] of attendedNumbers) {
    const full = new Set<string>();
    for (const [moduleId, got] of perModule) {
      const all = totals.get(moduleId) ?? [];
      if (all.length > 0 && all.every((n) => got.has(n))) full.add(moduleId);
    }
    byParticipant.set(pid, full);
  }
  for (const p of participants) {
    if (!p.caughtUp?.length) continue;
    const full = byParticipant.get(p.id) ?? new Set<string>();
    for (const id of p.caughtUp) full.add(id);
    byParticipant.set(p.id, full);
  }
  return { held, complete, byParticipant };
}
