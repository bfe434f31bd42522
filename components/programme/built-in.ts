/**
 * The built-in content an adaptation is a layer over, and what an adaptation changes in it: the
 * session counts and step minutes that differ from the built-in ones. The editor keeps only those
 * differences, and the import preview lists them. Pure.
 */
import { MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import type { Module, SessionTemplate, StepId } from '../../lib/curriculum/types';
import { applyAdaptation, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';

/** The adaptation is a layer over the built-in content, so it is checked against that, never against adapted content. */
export const BUILT_IN = { modules: MODULES, templates: TEMPLATES, prompts: PROMPTS };

type StepMinutes = Partial<Record<StepId, number>>;

export interface CountChange {
  module: Module;
  to: number;
}

export interface MinutesChange {
  template: SessionTemplate;
  steps: { stepId: StepId; from: number; to: number }[];
}

/** Own-property lookup, so ids such as 'constructor' or '__proto__' in a file cannot reach the prototype. */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The modules whose count differs from the built-in one, in curriculum order. */
export function countChanges(counts: Record<string, number> | undefined): CountChange[] {
  return MODULES.flatMap((m) => {
    const to = own(counts, m.id);
    return to === undefined || to === m.sessions.length ? [] : [{ module: m, to }];
  });
}

/** The templates with a step whose minutes differ from the built-in ones, and those steps, in template order. */
export function minutesChanges(minutes: Record<string, StepMinutes> | undefined): MinutesChange[] {
  return TEMPLATES.flatMap((template) => {
    const changed = own(minutes, template.id);
    if (changed === undefined) return [];
    const steps = template.steps.flatMap((s) => {
      const to = own(changed, s.stepId);
      return to === undefined || to === s.minutes ? [] : [{ stepId: s.stepId, from: s.minutes, to }];
    });
    return steps.length === 0 ? [] : [{ template, steps }];
  });
}

/** The template's length with these step minutes, as applyAdaptation will compute it. */
export function lengthWith(template: SessionTemplate, minutes: StepMinutes): number {
  const adapted = applyAdaptation({ modules: [], templates: [template], prompts: [] }, { templateMinutes: { [template.id]: minutes } });
  return adapted.templates[0]?.lengthMinutes ?? template.lengthMinutes;
}

/**
 * What importing this adaptation would change in counts and minutes, with each changed template's
 * new length. Wording and custom prompts are listed as they are (WordingAndPrompts).
 */
export function importPreview(adaptation: ProgrammeAdaptation) {
  return {
    counts: countChanges(adaptation.sessionCounts),
    templates: minutesChanges(adaptation.templateMinutes).map((change) => ({
      ...change,
      total: lengthWith(change.template, own(adaptation.templateMinutes, change.template.id) ?? {}),
    })),
  };
}

/** The part of an adaptation that only arrives by file (changed wording, the programme's own prompts). */
export function fileLayer(adaptation: ProgrammeAdaptation): ProgrammeAdaptation {
  const layer: ProgrammeAdaptation = {};
  if (adaptation.textOverrides !== undefined) layer.textOverrides = adaptation.textOverrides;
  if (adaptation.customPrompts !== undefined) layer.customPrompts = adaptation.customPrompts;
  return layer;
}
