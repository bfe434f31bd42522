/**
 * Loads the built-in curriculum as a chunk of its own (issue 12): both languages of every module
 * and prompt are about a third of the pages' code, and the first screen needs none of it. The
 * programme's adaptation layer (and the schema library that checks it) comes with it. The pages
 * start this at once, so it is there by the time anything asks for content. Node code, tests and
 * the background import index.ts and adaptation.ts directly.
 */
import type { ProgrammeAdaptation } from './adaptation';
import type { Module, Prompt, SessionTemplate } from './types';

export interface BuiltInContent {
  modules: Module[];
  templates: SessionTemplate[];
  prompts: Prompt[];
}

export interface CurriculumChunk {
  builtIn: BuiltInContent;
  /** The built-in content with an adaptation applied (adaptation.ts). */
  adapt(adaptation: ProgrammeAdaptation): BuiltInContent;
}

export async function loadCurriculum(): Promise<CurriculumChunk> {
  const [{ BUILT_IN_CONTENT }, { applyAdaptation }] = await Promise.all([import('./index'), import('./adaptation')]);
  return { builtIn: BUILT_IN_CONTENT, adapt: (adaptation) => applyAdaptation(BUILT_IN_CONTENT, adaptation) };
}
