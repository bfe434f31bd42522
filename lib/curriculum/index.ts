/**
 * The built-in, versioned IMR content and lookups over it. A programme's adaptation is layered on
 * top by adaptation.ts; lookups take an optional list so they work on adapted content too.
 */
import type { Module, Prompt, SessionFormat, SessionTemplate, Step, StepId } from './types';
import { PROMPTS } from './content/prompts';
import { STEPS } from './content/steps';
import { TEMPLATES } from './content/templates';
import { recoveryStrategies } from './content/modules/m01-recovery-strategies';
import { practicalFacts } from './content/modules/m02-practical-facts';
import { stressVulnerability } from './content/modules/m03-stress-vulnerability';
import { socialSupport } from './content/modules/m04-social-support';
import { usingMedication } from './content/modules/m05-medication';
import { drugAlcoholUse } from './content/modules/m06-drug-alcohol';
import { reducingRelapses } from './content/modules/m07-reducing-relapses';
import { copingWithStress } from './content/modules/m08-coping-with-stress';
import { copingWithProblems } from './content/modules/m09-coping-with-problems';
import { mentalHealthSystem } from './content/modules/m10-mental-health-system';
import { healthyLifestyles } from './content/modules/m11-healthy-lifestyles';

export type {
  FidelityScaleItemId,
  Handout,
  HomePracticeOption,
  ItisItemId,
  Module,
  ModuleSession,
  Prompt,
  SessionFormat,
  SessionTemplate,
  Step,
  StepId,
  TeachingMove,
  TeachingMoveKind,
  TeachingStrategy,
  TemplateStep,
  TopicArea,
} from './types';
export { STEP_IDS, TOPIC_AREAS } from './types';
export type { CurriculumContent } from './validate';

/**
 * Bump when built-in ids or structure change in a way an exported adaptation file could notice
 * (renamed prompt, removed module); adaptation files record the version they were made against.
 */
export const CONTENT_VERSION = 1;

export const MODULES: Module[] = [
  recoveryStrategies,
  practicalFacts,
  stressVulnerability,
  socialSupport,
  usingMedication,
  drugAlcoholUse,
  reducingRelapses,
  copingWithStress,
  copingWithProblems,
  mentalHealthSystem,
  healthyLifestyles,
];

export { PROMPTS, STEPS, TEMPLATES };

/**
 * The built-in content an adaptation is a layer over. An adaptation is always checked against
 * this, never against adapted content.
 */
export const BUILT_IN_CONTENT = { modules: MODULES, templates: TEMPLATES, prompts: PROMPTS };

export function getModule(id: string, modules: readonly Module[] = MODULES): Module | undefined {
  return modules.find((m) => m.id === id);
}

export function getStep(id: string, steps: readonly Step[] = STEPS): Step | undefined {
  return steps.find((s) => s.id === id);
}

export function getTemplate(id: string, templates: readonly SessionTemplate[] = TEMPLATES): SessionTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/**
 * Prompts to show in one step of a session: general ones plus those for the module, limited to
 * the session's format. Key prompts come first so they are seen even when the list is long;
 * otherwise library order is kept (general before module-specific).
 */
export function promptsFor(
  stepId: StepId,
  moduleId: string | null,
  format: SessionFormat,
  prompts: readonly Prompt[] = PROMPTS,
): Prompt[] {
  const matching = prompts.filter(
    (p) =>
      p.stepId === stepId &&
      (p.moduleId === null || p.moduleId === moduleId) &&
      (p.formats === undefined || p.formats.includes(format)),
  );
  return [...matching.filter((p) => p.key), ...matching.filter((p) => !p.key)];
}
