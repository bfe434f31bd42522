import { getStep } from './index';
import { pick, type Locale } from '../i18n/text';
import type { StepId } from './types';

/** A step's title in the given language (the id itself if the step were unknown). */
export function stepTitle(stepId: StepId, locale: Locale): string {
  const step = getStep(stepId);
  return step ? pick(step.title, locale) : stepId;
}
