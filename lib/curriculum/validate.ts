/**
 * Integrity checks for curriculum content (built-in or adapted). Pure: returns human-readable
 * problems, empty when the content is sound. Run by the unit tests rather than at start-up,
 * so a broken content edit fails CI instead of the practitioner's session.
 */
import type {
  FidelityScaleItemId,
  ItisItemId,
  Module,
  Prompt,
  SessionTemplate,
  Step,
} from './types';
import { STEP_IDS } from './types';

export interface CurriculumContent {
  steps: readonly Step[];
  modules: readonly Module[];
  templates: readonly SessionTemplate[];
  prompts: readonly Prompt[];
}

// Records (rather than arrays) so the compiler rejects a list that misses or invents an item
// when types.ts changes; imported files need these at run time.
const FIDELITY_SCALE_ITEMS: Record<FidelityScaleItemId, true> = {
  'fs1-participants': true,
  'fs2-program-length': true,
  'fs3-comprehensiveness': true,
  'fs4-handouts': true,
  'fs5-significant-others': true,
  'fs6-goal-setting': true,
  'fs7-goal-follow-up': true,
  'fs8-motivational': true,
  'fs9-educational': true,
  'fs10-cognitive-behavioural': true,
  'fs11-coping-skills': true,
  'fs12-relapse-prevention': true,
  'fs13-behavioural-tailoring': true,
};
const ITIS_ITEMS: Record<ItisItemId, true> = {
  'itis-relationship': true,
  'itis-recovery-orientation': true,
  'itis-structured-curriculum': true,
  'itis-goals': true,
  'itis-action-plan-review': true,
  'itis-action-planning': true,
  'itis-significant-others': true,
  'itis-educational': true,
  'itis-motivational': true,
  'itis-cognitive-behavioural': true,
  'itis-structure-time': true,
  'itis-involving-all': true,
  'itis-support-between-members': true,
  'itis-coping-skills': true,
  'itis-relapse-prevention': true,
  'itis-behavioural-tailoring': true,
};

export const FIDELITY_SCALE_ITEM_IDS = Object.keys(FIDELITY_SCALE_ITEMS) as FidelityScaleItemId[];
export const ITIS_ITEM_IDS = Object.keys(ITIS_ITEMS) as ItisItemId[];

export function isFidelityScaleItemId(id: unknown): id is FidelityScaleItemId {
  return typeof id === 'string' && Object.hasOwn(FIDELITY_SCALE_ITEMS, id);
}
export function isItisItemId(id: unknown): id is ItisItemId {
  return typeof id === 'string' && Object.hasOwn(ITIS_ITEMS, id);
}

/** Sums may carry decimal minutes from an adaptation; compare with a tolerance, not ===. */
const MINUTE_TOLERANCE = 1e-6;

export function validateCurriculum(content: CurriculumContent): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);

  checkSteps(content.steps, report);
  checkModules(content.modules, report);
  checkTemplates(content.templates, report);
  checkPrompts(content, report);
  walkTexts(content, '', report);

  return problems;
}

type Report = (message: string) => void;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) dupes.add(id);
    seen.add(id);
  }
  return [...dupes];
}

function checkSteps(steps: readonly Step[], report: Report): void {
  for (const id of duplicates(steps.map((s) => s.id))) report(`steps: duplicate step id '${id}'`);
  const ids = steps.map((s) => s.id);
  if (ids.join(',') !== STEP_IDS.join(',')) {
    report(`steps: expected exactly ${STEP_IDS.join(', ')} in that order, found ${ids.join(', ') || 'none'}`);
  }
}

function checkModules(modules: readonly Module[], report: Report): void {
  for (const id of duplicates(modules.map((m) => m.id))) report(`modules: duplicate module id '${id}'`);
  // Handout and home-practice ids are referenced from session records without a module id,
  // so they must be unique across the whole curriculum, not just within a module.
  for (const id of duplicates(modules.flatMap((m) => m.handouts.map((h) => h.id)))) {
    report(`modules: handout id '${id}' is used more than once`);
  }
  const practiceIds = modules.flatMap((m) => m.sessions.flatMap((s) => s.homePractice.map((h) => h.id)));
  for (const id of duplicates(practiceIds)) report(`modules: home practice id '${id}' is used more than once`);

  modules.forEach((module, index) => {
    const where = `module '${module.id}'`;
    if (module.number !== index + 1) {
      report(`${where}: number is ${module.number} but it is at position ${index + 1}; modules must be numbered 1..N in order`);
    }
    if (module.sessions.length === 0) report(`${where}: has no sessions`);
    const handoutIds = new Set(module.handouts.map((h) => h.id));
    module.sessions.forEach((session, i) => {
      const at = `${where} session ${i + 1}`;
      if (session.number !== i + 1) report(`${at}: number is ${session.number}, expected ${i + 1} (sessions must be numbered 1..N in order)`);
      if (session.outline.length === 0) report(`${at}: outline is empty`);
      if (session.teachingMoves.length === 0) report(`${at}: has no teaching moves`);
      if (session.homePractice.length === 0) report(`${at}: has no home practice option`);
      for (const id of session.handoutIds) {
        if (!handoutIds.has(id)) report(`${at}: handout '${id}' is not among the module's handouts`);
      }
    });
    const withSupporter = module.sessions.some((s) => s.homePractice.some((h) => h.withSupporter));
    if (!withSupporter) report(`${where}: no home practice option is done with a supporter`);
  });
}

function checkTemplates(templates: readonly SessionTemplate[], report: Report): void {
  for (const id of duplicates(templates.map((t) => t.id))) report(`templates: duplicate template id '${id}'`);
  for (const template of templates) {
    const where = `template '${template.id}'`;
    const order = template.steps.map((s) => s.stepId);
    if (order.join(',') !== STEP_IDS.join(',')) {
      report(`${where}: steps must be ${STEP_IDS.join(', ')} in that order, found ${order.join(', ') || 'none'}`);
    }
    for (const step of template.steps) {
      if (!Number.isFinite(step.minutes) || step.minutes <= 0) {
        report(`${where}: step '${step.stepId}' has ${step.minutes} minutes; minutes must be more than 0`);
      }
    }
    const sum = template.steps.reduce((total, s) => total + s.minutes, 0);
    if (Math.abs(sum - template.lengthMinutes) > MINUTE_TOLERANCE) {
      report(`${where}: step minutes add up to ${sum}, but the length is ${template.lengthMinutes}`);
    }
  }
}

function checkPrompts(content: CurriculumContent, report: Report): void {
  const stepIds = new Set<string>(content.steps.map((s) => s.id));
  const moduleIds = new Set(content.modules.map((m) => m.id));
  for (const id of duplicates(content.prompts.map((p) => p.id))) report(`prompts: duplicate prompt id '${id}'`);
  for (const prompt of content.prompts) {
    const where = `prompt '${prompt.id}'`;
    if (!stepIds.has(prompt.stepId)) report(`${where}: unknown step '${prompt.stepId}'`);
    if (prompt.moduleId !== null && !moduleIds.has(prompt.moduleId)) {
      report(`${where}: unknown module '${prompt.moduleId}'`);
    }
    if (prompt.fidelityItems.length + prompt.itisItems.length === 0) {
      report(`${where}: serves no fidelity item (fidelityItems and itisItems are both empty)`);
    }
    for (const item of prompt.fidelityItems) {
      if (!isFidelityScaleItemId(item)) report(`${where}: unknown fidelity scale item '${String(item)}'`);
    }
    for (const item of prompt.itisItems) {
      if (!isItisItemId(item)) report(`${where}: unknown IT-IS item '${String(item)}'`);
    }
    if (prompt.formats !== undefined && prompt.formats.length === 0) {
      report(`${where}: formats is empty; leave it out to show the prompt in every format`);
    }
  }
}

function isTextShaped(value: object): value is { en: unknown; nl: unknown } {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('en') && keys.includes('nl');
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** Walks every value; any object with exactly the keys en and nl is a Text. */
function walkTexts(value: unknown, path: string, report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      // Name array elements by id where they have one: "modules[social-support]" is findable.
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : String(i);
      walkTexts(item, `${path}[${id}]`, report);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (isTextShaped(value)) {
    checkText(value, path, report);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    walkTexts(child, path ? `${path}.${key}` : key, report);
  }
}

function checkText(text: { en: unknown; nl: unknown }, path: string, report: Report): void {
  const en = typeof text.en === 'string' ? text.en.trim() : '';
  const nl = typeof text.nl === 'string' ? text.nl.trim() : '';
  if (!en) report(`${path}: English text is empty`);
  if (!nl) report(`${path}: Dutch text is empty`);
  // Short labels ("Check-in", "IMR") may legitimately read the same in both languages.
  if (en && nl && en === nl && wordCount(en) > 3) {
    report(`${path}: Dutch text is identical to the English text (not translated?)`);
  }
}
