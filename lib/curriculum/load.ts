/**
 * Loads the built-in curriculum as a chunk of its own (issue 12): both languages of every module
 * and prompt are about a third of the pages' code, and the first screen needs none of it. The
 * pages start this at once, so it is there by the time anything asks for content. Node code, tests
 * and the background import index.ts directly.
 */
import type { Module, Prompt, SessionTemplate } from './types';

export interface BuiltInContent {
  modules: Module[];
  templates: SessionTemplate[];
  prompts: Prompt[];
}

export async function loadBuiltInContent(): Promise<BuiltInContent> {
  const { BUILT_IN_CONTENT } = await import('./index');
  return BUILT_IN_CONTENT;
}
