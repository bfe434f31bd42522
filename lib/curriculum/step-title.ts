import { STEPS } from './content/steps';
import { pick, type Locale } from '../i18n/text';
import type { Step, StepId } from './types';

/** One of the built-in steps, without loading the modules (the participant view, the lock screen). */
export function builtInStep(stepId: StepId): Step | undefined {
  return STEPS.find((s) => s.id === stepId);
}

/**
 * A step's title in the given language (the id itself if the step were unknown). Reads the few
 * steps directly rather than through index.ts, so the lock screen does not load every module.
 */
export function stepTitle(stepId: StepId, locale: Locale): string {
  const step = builtInStep(stepId);
  return step ? pick(step.title, locale) : stepId;
}
