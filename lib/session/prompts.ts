/**
 * Which prompts a session offers, and which key prompts are still open. One definition, used by
 * the runner (per step), the end-of-session check and the summary, so they never disagree.
 */
import type { Prompt, SessionFormat, StepId } from '../curriculum/types';
import type { Session } from '../model';

export function isOffered(prompt: Prompt, moduleId: string, format: SessionFormat): boolean {
  return (prompt.moduleId === null || prompt.moduleId === moduleId) && (!prompt.formats || prompt.formats.includes(format));
}

/** The prompts of one step for this session's module and format: key prompts first, module-specific before general. */
export function promptsForStep(prompts: readonly Prompt[], stepId: StepId, session: Pick<Session, 'moduleId' | 'format'>): Prompt[] {
  return prompts
    .filter((p) => p.stepId === stepId && isOffered(p, session.moduleId, session.format))
    .sort((a, b) => Number(b.key) - Number(a.key) || Number(b.moduleId !== null) - Number(a.moduleId !== null));
}

/** Every prompt the session offers across the steps in its plan. */
export function promptsForSession(prompts: readonly Prompt[], session: Pick<Session, 'moduleId' | 'format' | 'plan'>): Prompt[] {
  const steps = new Set(session.plan.map((s) => s.stepId));
  return prompts.filter((p) => steps.has(p.stepId) && isOffered(p, session.moduleId, session.format));
}

/** Key prompts in the given steps that have not been answered yet. */
export function openKeyPrompts(prompts: readonly Prompt[], session: Session, stepIds: readonly StepId[]): Prompt[] {
  return stepIds
    .flatMap((stepId) => promptsForStep(prompts, stepId, session))
    .filter((p) => p.key && !session.prompts[p.id]?.status);
}
