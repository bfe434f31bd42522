/**
 * The curriculum and the background's words as data files packaged with the extension (issue 12).
 * The background service worker wakes often and cannot import() code lazily, so instead of bundling
 * the whole bilingual curriculum and its message bundles it reads, from its own package, only the
 * files the running session needs:
 *
 *   content/shared.json            the prompts of every module (general prompts)
 *   content/modules/<id>.json      one module, both languages, with its own prompts
 *   labels/<locale>.json           the notification and on-call card words, and the step titles
 *
 * The files are generated at build time from the TypeScript sources (lib/packaged/generate.ts, a
 * build hook in wxt.config.ts), so the sources stay the single source of truth. This module holds
 * only their paths, types and cheap shape checks: it is what the background imports.
 *
 * Usage:
 *   const file = readModuleFile(await (await fetch(url(packagedPath.module(id)))).json(), id);
 *   if (!file) log.error('broken build');
 */
import type { Module, Prompt, StepId } from '../curriculum/types';
import type { Bundle } from '../i18n/define';
import type { common } from '../i18n/messages/common';
import type { overlay } from '../i18n/messages/overlay';
import type { session } from '../i18n/messages/session';
import type { Locale } from '../i18n/text';

/** Bumped when a file's shape changes; a file of another version is refused as a broken build. */
export const PACKAGED_FORMAT = 1;

const MODULE_ID = /^[a-z0-9-]{1,64}$/;

export const packagedPath = {
  shared: 'content/shared.json',
  /** Null for an id that cannot name a packaged file (only our own ids can). */
  module: (id: string): string | null => (MODULE_ID.test(id) ? `content/modules/${id}.json` : null),
  labels: (locale: Locale) => `labels/${locale}.json`,
};

type KeysOf<B> = B extends Bundle<infer K> ? K : never;

/** The words of a cue notification. */
export const CUE_KEYS = [
  'app.title',
  'run.announce.warning',
  'run.announce.overrun',
  'duration.s',
  'duration.m',
  'duration.ms',
  'duration.h',
  'duration.hm',
] as const satisfies readonly (KeysOf<typeof common> | KeysOf<typeof session>)[];

/** The on-call card's words: every `card.*` key of the overlay bundle. */
export type CardKey = Extract<KeysOf<typeof overlay>, `card.${string}`>;
export type LabelKey = (typeof CUE_KEYS)[number] | CardKey;

export interface LabelsFile {
  format: typeof PACKAGED_FORMAT;
  locale: Locale;
  messages: Record<LabelKey, string>;
  /** Step titles, for "Step 2 of 8: …" and "2 min left in …". */
  steps: Record<StepId, string>;
}

export interface SharedFile {
  format: typeof PACKAGED_FORMAT;
  /** Prompts that belong to no module, in library order. */
  prompts: Prompt[];
}

export interface ModuleFile {
  format: typeof PACKAGED_FORMAT;
  module: Module;
  /** The module's own prompts, in library order. */
  prompts: Prompt[];
}

// ── Cheap shape checks ─────────────────────────────────────────────────────────────────────────
// The files are our own, so these check only what the background's code touches; a file that
// fails them comes from a broken build and is reported, never half-used.

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => isObject(value) && typeof value.en === 'string' && typeof value.nl === 'string';
const isStrings = (value: unknown) => isObject(value) && Object.values(value).every((v) => typeof v === 'string');
const every = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);

function isPrompt(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.stepId === 'string' &&
    (value.moduleId === null || typeof value.moduleId === 'string') &&
    typeof value.key === 'boolean' &&
    (value.formats === undefined || every(value.formats, (f) => typeof f === 'string')) &&
    isText(value.text) &&
    isText(value.how)
  );
}

function isModuleSession(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.number === 'number' &&
    isText(value.title) &&
    every(value.outline, isText) &&
    Array.isArray(value.handoutIds) &&
    Array.isArray(value.teachingMoves) &&
    every(value.homePractice, (h) => isObject(h) && typeof h.id === 'string')
  );
}

export function readLabelsFile(raw: unknown, locale: Locale): LabelsFile | null {
  if (!isObject(raw) || raw.format !== PACKAGED_FORMAT || raw.locale !== locale) return null;
  return isStrings(raw.messages) && isStrings(raw.steps) ? (raw as unknown as LabelsFile) : null;
}

export function readSharedFile(raw: unknown): SharedFile | null {
  if (!isObject(raw) || raw.format !== PACKAGED_FORMAT) return null;
  return every(raw.prompts, isPrompt) ? (raw as unknown as SharedFile) : null;
}

export function readModuleFile(raw: unknown, id: string): ModuleFile | null {
  if (!isObject(raw) || raw.format !== PACKAGED_FORMAT || !isObject(raw.module)) return null;
  const module = raw.module;
  const ok =
    module.id === id &&
    every(module.handouts, (h) => isObject(h) && typeof h.id === 'string' && isText(h.title)) &&
    every(module.sessions, isModuleSession) &&
    every(raw.prompts, (p) => isPrompt(p) && (p as Loose).moduleId === id);
  return ok ? (raw as unknown as ModuleFile) : null;
}
