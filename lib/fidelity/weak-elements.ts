/**
 * The IMR elements practitioners miss most, as data: the practitioner view on the review page
 * highlights these and shows, for the chosen practitioner, how often the prompts for each were
 * marked done. The order and the means are the IT-IS item means from the Dutch multicentre trial
 * (Roosenschoon 2024, PhD thesis, Erasmus University Rotterdam; Community Mental Health Journal
 * 2023): every element here had a mean below 3, "needs improvement" or worse on the IT-IS bands,
 * where the overall session competence averaged 3.29. Action-plan review and weekly action
 * planning have no Fidelity Scale item (McHugo et al. 2007), so they are never rated unless
 * someone looks for them: `fidelityItem` is null for those.
 *
 * Titles come from the instruments (lib/fidelity/instruments.ts); what the page says about each
 * element comes from the views bundle (`views.weak.<id>`).
 */
import type { FidelityScaleItemId, ItisItemId, Prompt } from '../curriculum/types';
import type { Session } from '../model';
import { sessionFacts } from './session-facts';

export type WeakElementId =
  | 'significant-others'
  | 'action-plan-review'
  | 'cognitive-behavioural'
  | 'coping-skills'
  | 'action-planning'
  | 'behavioural-tailoring'
  | 'relapse-prevention';

export interface WeakElement {
  id: WeakElementId;
  /** The IT-IS item (McGuire et al. 2012) the element is rated by. */
  itisItem: ItisItemId;
  /** Its mean in the Dutch trial, 1 to 5 (Roosenschoon 2024). */
  itisMean: number;
  /** The IMR Fidelity Scale item it feeds, or null when no Fidelity Scale item covers it. */
  fidelityItem: FidelityScaleItemId | null;
  /** Optional IT-IS items: rated only when that part of the curriculum is delivered. */
  optional: boolean;
}

/** Weakest first. */
export const WEAKEST_ELEMENTS: readonly WeakElement[] = [
  { id: 'significant-others', itisItem: 'itis-significant-others', itisMean: 1.73, fidelityItem: 'fs5-significant-others', optional: false },
  { id: 'action-plan-review', itisItem: 'itis-action-plan-review', itisMean: 2.07, fidelityItem: null, optional: false },
  { id: 'cognitive-behavioural', itisItem: 'itis-cognitive-behavioural', itisMean: 2.13, fidelityItem: 'fs10-cognitive-behavioural', optional: false },
  { id: 'coping-skills', itisItem: 'itis-coping-skills', itisMean: 2.28, fidelityItem: 'fs11-coping-skills', optional: true },
  { id: 'action-planning', itisItem: 'itis-action-planning', itisMean: 2.4, fidelityItem: null, optional: false },
  { id: 'behavioural-tailoring', itisItem: 'itis-behavioural-tailoring', itisMean: 2.52, fidelityItem: 'fs13-behavioural-tailoring', optional: true },
  { id: 'relapse-prevention', itisItem: 'itis-relapse-prevention', itisMean: 2.83, fidelityItem: 'fs12-relapse-prevention', optional: true },
];

/**
 * Below this share of sessions with a prompt for the element done, the view marks the element
 * "needs attention". The product's choice: the trial's weakest elements were those done in
 * fewer than half the sessions that called for them.
 */
export const ATTENTION_PERCENT = 50;

export interface ElementCoverage {
  element: WeakElement;
  /** Sessions looked at. */
  sessions: number;
  /** Of those, sessions that offered a prompt for the element. */
  offered: number;
  /** Of those, sessions with such a prompt marked done. */
  done: number;
  /** done / offered as a percentage; null when no session offered one. */
  percent: number | null;
  needsAttention: boolean;
}

/** For each weak element, how often the sessions that offered a prompt for it had one marked done. */
export function weakElementCoverage(sessions: readonly Session[], prompts: readonly Prompt[]): ElementCoverage[] {
  const tallies = WEAKEST_ELEMENTS.map(() => ({ offered: 0, done: 0 }));
  let count = 0;
  for (const session of sessions) {
    if (session.status !== 'ended') continue;
    count += 1;
    const byItis = sessionFacts(session, prompts).coverage.byItisItem;
    WEAKEST_ELEMENTS.forEach((element, i) => {
      const tally = byItis[element.itisItem];
      const into = tallies[i];
      if (!tally || !into || tally.offered === 0) return;
      into.offered += 1;
      if (tally.done > 0) into.done += 1;
    });
  }
  return WEAKEST_ELEMENTS.map((element, i) => {
    const { offered, done } = tallies[i] ?? { offered: 0, done: 0 };
    const percent = offered === 0 ? null : (done * 100) / offered;
    return { element, sessions: count, offered, done, percent, needsAttention: percent !== null && percent < ATTENTION_PERCENT };
  });
}
