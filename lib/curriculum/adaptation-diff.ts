/**
 * What an adaptation changes in the content it is a layer over: the session counts and step minutes
 * that differ from the base ones, and the part that only arrives by file. The programme editor
 * keeps only these differences, and the import preview lists them. The base defaults to the
 * built-in content, which is what an adaptation is always checked against. Pure.
 */
import { MODULES, TEMPLATES } from './index';
import type { Module, SessionTemplate, StepId } from './types';
import { applyAdaptation, ownValue, type ProgrammeAdaptation } from './adaptation';

export type StepMinutes = Partial<Record<StepId, number>>;

export interface CountChange {
  module: Module;
  to: number;
}

export interface MinutesChange {
  template: SessionTemplate;
  steps: { stepId: StepId; from: number; to: number }[];
}

export interface TemplateChange extends MinutesChange {
  /** The template's length with the changed minutes. */
  total: number;
}

/** The modules whose count differs from the base one, in curriculum order. */
export function countChanges(counts: Record<string, number> | undefined, modules: readonly Module[] = MODULES): CountChange[] {
  return modules.flatMap((m) => {
    const to = ownValue(counts, m.id);
    return to === undefined || to === m.sessions.length ? [] : [{ module: m, to }];
  });
}

/** The templates with a step whose minutes differ from the base ones, and those steps, in template order. */
export function minutesChanges(
  minutes: Record<string, StepMinutes> | undefined,
  templates: readonly SessionTemplate[] = TEMPLATES,
): MinutesChange[] {
  return templates.flatMap((template) => {
    const changed = ownValue(minutes, template.id);
    if (changed === undefined) return [];
    const steps = template.steps.flatMap((s) => {
      const to = ownValue(changed, s.stepId);
      return to === undefined || to === s.minutes ? [] : [{ stepId: s.stepId, from: s.minutes, to }];
    });
    return steps.length === 0 ? [] : [{ template, steps }];
  });
}

/** The template's length with these step minutes, as applyAdaptation computes it. */
export function lengthWith(template: SessionTemplate, minutes: StepMinutes): number {
  const adapted = applyAdaptation({ modules: [], templates: [template], prompts: [] }, { templateMinutes: { [template.id]: minutes } });
  return adapted.templates[0]?.lengthMinutes ?? template.lengthMinutes;
}

/**
 * What this adaptation changes in counts and minutes, with each changed template's new length.
 * Wording and custom prompts are not compared; they are listed as they are.
 */
export function countAndMinuteChanges(
  adaptation: ProgrammeAdaptation,
  base: { modules: readonly Module[]; templates: readonly SessionTemplate[] } = { modules: MODULES, templates: TEMPLATES },
): { counts: CountChange[]; templates: TemplateChange[] } {
  return {
    counts: countChanges(adaptation.sessionCounts, base.modules),
    templates: minutesChanges(adaptation.templateMinutes, base.templates).map((change) => ({
      ...change,
      total: lengthWith(change.template, ownValue(adaptation.templateMinutes, change.template.id) ?? {}),
    })),
  };
}

/** The part of an adaptation that only arrives by file (changed wording, the programme's own prompts). */
export function fileLayer(adaptation: ProgrammeAdaptation): ProgrammeAdaptation {
  const layer: ProgrammeAdaptation = {};
  if (adaptation.textOverrides !== undefined) layer.textOverrides = adaptation.textOverrides;
  if (adaptation.customPrompts !== undefined) layer.customPrompts = adaptation.customPrompts;
  if (adaptation.materialOverrides !== undefined) layer.materialOverrides = adaptation.materialOverrides;
  return layer;
}
