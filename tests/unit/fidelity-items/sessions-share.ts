/**
 * Items 8-10 rate the share of ended sessions in which one of the item's defining techniques was
 * marked done (lib/fidelity/evidence.ts). Shared table of boundary cases for the three files.
 */
import { PROMPTS } from '../../../lib/curriculum';
import type { FidelityScaleItemId } from '../../../lib/curriculum/types';
import { evidenceFor } from '../../../lib/fidelity/evidence';
import type { PromptStatus } from '../../../lib/model';
import { present, session } from './helpers';

export const SHARE_BOUNDARIES: readonly [number, number][] = [
  [0, 1],
  [1, 1],
  [2, 2],
  [3, 2],
  [4, 3],
  [6, 3],
  [7, 4],
  [8, 4],
  [9, 5],
  [10, 5],
];

/** The module a prompt is offered in (recovery-strategies for prompts of every module). */
export const moduleOf = (promptId: string): string => PROMPTS.find((p) => p.id === promptId)?.moduleId ?? 'recovery-strategies';

/** Ten group sessions; in the first `n`, `done` is marked done; `others` get their status in all ten. */
export function tenSessions(n: number, done: string, others: Record<string, PromptStatus> = {}, moduleId = moduleOf(done)) {
  return Array.from({ length: 10 }, (_, i) =>
    session(`2025-03-${String(i + 1).padStart(2, '0')}`, { q: present() }, { moduleId, prompts: { ...others, [done]: i < n ? 'done' : 'not-done' } }),
  );
}

export const defining = (item: FidelityScaleItemId): readonly string[] => evidenceFor(item).prompts;
