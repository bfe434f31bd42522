/**
 * The editor's draft (the programme name, counts and minutes as typed) and the candidate
 * adaptation read from it; only the candidate is checked and saved. Pure.
 */
import { BUILT_IN_CONTENT, MODULES, TEMPLATES } from '../../lib/curriculum';
import type { StepId } from '../../lib/curriculum/types';
import { applyAdaptation, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { countChanges, fileLayer, minutesChanges } from '../../lib/curriculum/adaptation-diff';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';

// Element ids, shared by the inputs, their error texts and the save summary that focuses them.
export const NAME_ID = 'programme-name';
export const countId = (moduleId: string) => `programme-count-${moduleId}`;
export const minutesId = (templateId: string, stepId: StepId) => `programme-minutes-${templateId}-${stepId}`;
export const errorId = (inputId: string) => `${inputId}-error`;

export interface Draft {
  name: string;
  /** Input text per module id, kept as typed so a half-typed value is neither lost nor reformatted. */
  counts: Record<string, string>;
  /** Input text per template id, then step id. */
  minutes: Record<string, Record<string, string>>;
}

export interface Candidate {
  adaptation: ProgrammeAdaptation;
  /** Inputs whose text is not a number at all; no adaptation can hold them. */
  unreadable: ReadonlySet<string>;
}

export function draftFrom(stored: StoredAdaptation | undefined): Draft {
  // Applying the stored layer fills in the built-in value wherever the programme set none.
  const adapted = applyAdaptation(BUILT_IN_CONTENT, stored?.adaptation ?? {});
  return {
    name: stored?.programmeName ?? '',
    counts: Object.fromEntries(adapted.modules.map((m) => [m.id, String(m.sessions.length)])),
    minutes: Object.fromEntries(
      adapted.templates.map((t) => [t.id, Object.fromEntries(t.steps.map((s) => [s.stepId, String(s.minutes)]))]),
    ),
  };
}

/** The number an input holds, or null for blank text or a browser's unfinished entry. */
export function readNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The adaptation the draft stands for, carrying over the part that came by file, which the editor does not edit. */
export function candidateFrom(draft: Draft, carried: ProgrammeAdaptation): Candidate {
  const unreadable = new Set<string>();
  const counts: Record<string, number> = {};
  for (const m of MODULES) {
    const n = readNumber(draft.counts[m.id]);
    if (n === null) unreadable.add(countId(m.id));
    else counts[m.id] = n;
  }
  const minutes: Record<string, Partial<Record<StepId, number>>> = {};
  for (const t of TEMPLATES) {
    const read: Partial<Record<StepId, number>> = {};
    for (const s of t.steps) {
      const n = readNumber(draft.minutes[t.id]?.[s.stepId]);
      if (n === null) unreadable.add(minutesId(t.id, s.stepId));
      else read[s.stepId] = n;
    }
    minutes[t.id] = read;
  }
  // Only differences are kept, so a later content update to a count the programme left alone still arrives.
  const sessionCounts = Object.fromEntries(countChanges(counts).map((c) => [c.module.id, c.to]));
  const templateMinutes = Object.fromEntries(
    minutesChanges(minutes).map((c) => [c.template.id, Object.fromEntries(c.steps.map((s) => [s.stepId, s.to]))]),
  );
  const adaptation: ProgrammeAdaptation = {};
  if (Object.keys(sessionCounts).length > 0) adaptation.sessionCounts = sessionCounts;
  if (Object.keys(templateMinutes).length > 0) adaptation.templateMinutes = templateMinutes;
  return { adaptation: { ...adaptation, ...fileLayer(carried) }, unreadable };
}
