/**
 * Makes the packaged data files (lib/packaged/format.ts says what each holds) from the TypeScript
 * sources: the curriculum content and the message bundles stay the one source of truth, and the
 * build writes their JSON form next to the background (the `build:publicAssets` hook in
 * wxt.config.ts). Build time and tests only: the background never imports this module.
 *
 * Usage:
 *   for (const { path, contents } of packagedFiles()) write(path, contents);
 */
import { BUILT_IN_CONTENT } from '../curriculum';
import { STEPS } from '../curriculum/content/steps';
import type { Module, Prompt, Step, StepId } from '../curriculum/types';
import { common } from '../i18n/messages/common';
import { overlay } from '../i18n/messages/overlay';
import { session } from '../i18n/messages/session';
import { LOCALES, pick, type Locale } from '../i18n/text';
import {
  CUE_KEYS,
  PACKAGED_FORMAT,
  packagedPath,
  type CardKey,
  type LabelKey,
  type LabelsFile,
  type ModuleFile,
  type SharedFile,
} from './format';

export interface PackagedSource {
  modules: readonly Module[];
  prompts: readonly Prompt[];
  steps: readonly Step[];
  bundles: { common: typeof common; session: typeof session; overlay: typeof overlay };
}

export const BUILT_IN_SOURCE: PackagedSource = {
  modules: BUILT_IN_CONTENT.modules,
  prompts: BUILT_IN_CONTENT.prompts,
  steps: STEPS,
  bundles: { common, session, overlay },
};

export function sharedFile(source: PackagedSource = BUILT_IN_SOURCE): SharedFile {
  return { format: PACKAGED_FORMAT, prompts: source.prompts.filter((p) => p.moduleId === null) };
}

export function moduleFile(module: Module, source: PackagedSource = BUILT_IN_SOURCE): ModuleFile {
  return { format: PACKAGED_FORMAT, module, prompts: source.prompts.filter((p) => p.moduleId === module.id) };
}

export function labelsFile(locale: Locale, source: PackagedSource = BUILT_IN_SOURCE): LabelsFile {
  const { common, session, overlay } = source.bundles;
  const messages: Partial<Record<LabelKey, string>> = {};
  const cueTable: Record<string, string> = { ...common[locale], ...session[locale] };
  for (const key of CUE_KEYS) messages[key] = cueTable[key];
  for (const [key, text] of Object.entries(overlay[locale])) {
    if (key.startsWith('card.')) messages[key as CardKey] = text;
  }
  const steps = Object.fromEntries(source.steps.map((step) => [step.id, pick(step.title, locale)])) as Record<StepId, string>;
  return { format: PACKAGED_FORMAT, locale, messages: messages as Record<LabelKey, string>, steps };
}

/** Every packaged file, as the path under the extension's root and its JSON text. */
export function packagedFiles(source: PackagedSource = BUILT_IN_SOURCE): { path: string; contents: string }[] {
  const files: { path: string; contents: unknown }[] = [{ path: packagedPath.shared, contents: sharedFile(source) }];
  for (const module of source.modules) {
    const path = packagedPath.module(module.id);
    // A module id that cannot name a file would leave that module without teaching points.
    if (!path) throw new Error(`Module id '${module.id}' cannot name a packaged file (lower-case letters, digits and dashes only)`);
    files.push({ path, contents: moduleFile(module, source) });
  }
  for (const locale of LOCALES) files.push({ path: packagedPath.labels(locale), contents: labelsFile(locale, source) });
  return files.map(({ path, contents }) => ({ path, contents: JSON.stringify(contents) }));
}
