/**
 * A programme adaptation: a small layer of local choices (session counts, minutes, wording,
 * extra prompts) over the versioned built-in content. Keeping it a separate layer, rather than an
 * edited copy of the content, means a content update still reaches programmes that adapted it,
 * and a team can share its choices as one small file.
 *
 * Everything here is pure; storing the adaptation (IndexedDB) and reading files are elsewhere, and
 * what an adaptation changes against the base content is in adaptation-diff.ts.
 */
import * as v from 'valibot';
import type { Text } from '../i18n/text';
import type { Module, ModuleSession, Prompt, SessionTemplate, StepId } from './types';
import { STEP_IDS } from './types';
import { isFidelityScaleItemId, isItisItemId } from './validate';
import { ADAPTATION_FILE_MAX_BYTES, ID_MAX, LIST_MAX, PROMPT_TEXT_MAX, SHORT_TEXT_MAX } from '../limits';

export interface ProgrammeAdaptation {
  /** Sessions per module id, 1..12. Fewer drops the last sessions; more adds practice-and-review sessions. */
  sessionCounts?: Record<string, number>;
  /** Minutes per step, per template id; whole or decimal, > 0. The template length becomes the new sum. */
  templateMinutes?: Record<string, Partial<Record<StepId, number>>>;
  /** Replacement prompt text per prompt id, per language; a missing language keeps the built-in text. */
  textOverrides?: Record<string, Partial<Text>>;
  /** The programme's own prompts; ids start with 'custom-' so they can never clash with built-in ids. */
  customPrompts?: Prompt[];
  /**
   * Replacement wording for the module material this guide wrote itself (session titles, outline
   * topics, handout and worksheet titles), per material id (see `materialId`), per language. The
   * outlines of modules 4-11 are the product's own, not the published handouts, so a programme that
   * uses its own material can make the guide match it.
   */
  materialOverrides?: Record<string, Partial<Text>>;
}

/** The material of a module a programme may reword, and the ids that name it in `materialOverrides`. */
export const materialId = {
  sessionTitle: (moduleId: string, session: number) => `${moduleId}/s${session}/title`,
  outlineTopic: (moduleId: string, session: number, topic: number) => `${moduleId}/s${session}/outline/${topic}`,
  handoutTitle: (handoutId: string) => `handout/${handoutId}`,
} as const;

/** Every material id of the given modules, for checking a file. */
export function materialIds(modules: readonly Module[]): Set<string> {
  const ids = new Set<string>();
  for (const module of modules) {
    for (const handout of module.handouts) ids.add(materialId.handoutTitle(handout.id));
    for (const session of module.sessions) {
      ids.add(materialId.sessionTitle(module.id, session.number));
      session.outline.forEach((_, i) => ids.add(materialId.outlineTopic(module.id, session.number, i + 1)));
    }
  }
  return ids;
}

function withMaterial(module: Module, overrides: Record<string, Partial<Text>>): Module {
  const text = (id: string, base: Text): Text => {
    const override = ownValue(overrides, id);
    return override === undefined ? base : mergeText(base, override);
  };
  return {
    ...module,
    handouts: module.handouts.map((h) => ({ ...h, title: text(materialId.handoutTitle(h.id), h.title) })),
    sessions: module.sessions.map((session) => ({
      ...session,
      title: text(materialId.sessionTitle(module.id, session.number), session.title),
      outline: session.outline.map((topic, i) => text(materialId.outlineTopic(module.id, session.number, i + 1), topic)),
    })),
  };
}

export interface AdaptableContent {
  modules: readonly Module[];
  templates: readonly SessionTemplate[];
  prompts: readonly Prompt[];
}

export interface AdaptedContent {
  modules: Module[];
  templates: SessionTemplate[];
  prompts: Prompt[];
}

export const MIN_SESSIONS_PER_MODULE = 1;
export const MAX_SESSIONS_PER_MODULE = 12;
export const CUSTOM_PROMPT_PREFIX = 'custom-';

export const ADAPTATION_FILE_FORMAT = 'imr-guide/programme-adaptation';
/** The newest file format this build reads and the one it writes. */
export const ADAPTATION_FORMAT_VERSION = 1;

export interface ProgrammeAdaptationFile {
  format: typeof ADAPTATION_FILE_FORMAT;
  formatVersion: typeof ADAPTATION_FORMAT_VERSION;
  /** ISO 8601 date-time. */
  exportedAt: string;
  /** CONTENT_VERSION of the built-in content the adaptation was made against. */
  contentVersion: number;
  programmeName: string;
  adaptation: ProgrammeAdaptation;
}

export type ParseAdaptationResult =
  | { ok: true; file: ProgrammeAdaptationFile }
  | { ok: false; errors: string[] };

// ── Applying ─────────────────────────────────────────────────────────────────────────────────

/** Returns adapted content; the base and the adaptation are never mutated. */
export function applyAdaptation(base: AdaptableContent, adaptation: ProgrammeAdaptation): AdaptedContent {
  const counts = adaptation.sessionCounts ?? {};
  const material = adaptation.materialOverrides;
  const modules = base.modules.map((module) => {
    const count = ownValue(counts, module.id);
    const counted = count === undefined ? module : withSessionCount(module, count);
    // After the count, so added practice sessions can be reworded too.
    return material === undefined ? counted : withMaterial(counted, material);
  });

  const minutes = adaptation.templateMinutes ?? {};
  const templates = base.templates.map((template) => {
    const overrides = ownValue(minutes, template.id);
    return overrides === undefined ? template : withMinutes(template, overrides);
  });

  const overrides = adaptation.textOverrides ?? {};
  const prompts = [...base.prompts, ...(adaptation.customPrompts ?? []).map(completeCustomPrompt)].map((prompt) => {
    const override = ownValue(overrides, prompt.id);
    return override === undefined ? prompt : { ...prompt, text: mergeText(prompt.text, override) };
  });

  return { modules, templates, prompts };
}

/** Own-property lookup, so ids such as 'constructor' or '__proto__' in a file cannot reach the prototype. */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function withSessionCount(module: Module, requested: number): Module {
  if (!Number.isFinite(requested)) return module;
  const count = Math.min(MAX_SESSIONS_PER_MODULE, Math.max(MIN_SESSIONS_PER_MODULE, Math.round(requested)));
  const existing = module.sessions.length;
  const last = module.sessions[existing - 1];
  if (count === existing || last === undefined) return module;
  if (count < existing) return { ...module, sessions: module.sessions.slice(0, count) };

  const extra = count - existing;
  const added: ModuleSession[] = [];
  for (let k = 1; k <= extra; k++) {
    const number = existing + k;
    added.push({
      number,
      title: practiceTitle(last.title, extra === 1 ? null : k),
      outline: [...last.outline],
      handoutIds: [...last.handoutIds],
      teachingMoves: [...last.teachingMoves],
      // Home-practice ids are unique across the curriculum (records refer to them), so repeats get their own.
      homePractice: last.homePractice.map((option) => ({ ...option, id: `${option.id}-r${number}` })),
    });
  }
  return { ...module, sessions: [...module.sessions, ...added] };
}

function practiceTitle(lastTitle: Text, index: number | null): Text {
  const n = index === null ? '' : ` ${index}`;
  return {
    en: `Practice and review${n}: ${lastTitle.en}`,
    nl: `Oefenen en herhalen${n}: ${lastTitle.nl}`,
  };
}

function withMinutes(template: SessionTemplate, overrides: Partial<Record<StepId, number>>): SessionTemplate {
  const steps = template.steps.map((step) => {
    const minutes = ownValue(overrides, step.stepId);
    return minutes !== undefined && Number.isFinite(minutes) && minutes > 0 ? { ...step, minutes } : step;
  });
  const sum = steps.reduce((total, s) => total + s.minutes, 0);
  // Decimal minutes add up with floating-point noise (0.1 + 0.2); a millisecond is plenty of precision.
  return { ...template, steps, lengthMinutes: Math.round(sum * 60_000) / 60_000 };
}

function mergeText(text: Text, override: Partial<Text>): Text {
  return {
    en: override.en?.trim() ? override.en : text.en,
    nl: override.nl?.trim() ? override.nl : text.nl,
  };
}

/** A team may write its own prompts in one language only; the other falls back to it rather than showing blank. */
function completeCustomPrompt(prompt: Prompt): Prompt {
  const fill = (t: Text): Text => ({ en: t.en.trim() ? t.en : t.nl, nl: t.nl.trim() ? t.nl : t.en });
  return { ...prompt, text: fill(prompt.text), how: fill(prompt.how) };
}

// ── File format ──────────────────────────────────────────────────────────────────────────────

export function createAdaptationFile(input: {
  programmeName: string;
  adaptation: ProgrammeAdaptation;
  contentVersion: number;
  exportedAt?: Date;
}): ProgrammeAdaptationFile {
  return {
    format: ADAPTATION_FILE_FORMAT,
    formatVersion: ADAPTATION_FORMAT_VERSION,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    contentVersion: input.contentVersion,
    programmeName: input.programmeName,
    adaptation: input.adaptation,
  };
}

/** JSON text of an adaptation file, indented so a team can read and diff it. */
export function serializeAdaptationFile(input: {
  programmeName: string;
  adaptation: ProgrammeAdaptation;
  contentVersion: number;
  exportedAt?: Date;
}): string {
  return `${JSON.stringify(createAdaptationFile(input), null, 2)}\n`;
}

/**
 * The file text for an adaptation and what parseAdaptationFile makes of it. Saving and exporting
 * run this, so an adaptation that is stored or shared passed exactly the check an import gets.
 */
export function checkedAdaptationFile(
  input: { programmeName: string; adaptation: ProgrammeAdaptation; contentVersion: number; exportedAt?: Date },
  base: AdaptableContent,
): { text: string; result: ParseAdaptationResult } {
  const text = serializeAdaptationFile(input);
  return { text, result: parseAdaptationFile(text, base) };
}

/** `imr-programme-adaptation-<name>-<yyyy-mm-dd>.json`, dated by the local calendar day of `at`. */
export function adaptationFileName(programmeName: string, at: Date): string {
  const slug =
    programmeName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'programme';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `imr-programme-adaptation-${slug}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

// Every string, list and map has a ceiling (lib/limits.ts), so a crafted or corrupted file can
// neither fill the database nor make the preview render megabytes of text.
const Id = v.pipe(v.string(), v.maxLength(ID_MAX));
const PromptText = v.pipe(v.string(), v.maxLength(PROMPT_TEXT_MAX));
const IdList = v.pipe(v.array(Id), v.maxLength(LIST_MAX));

const TextSchema = v.object({ en: PromptText, nl: PromptText });
// Strict, so a misspelt or unsupported language key is reported instead of silently ignored.
const PartialTextSchema = v.strictObject({ en: v.optional(PromptText), nl: v.optional(PromptText) });

const PromptSchema = v.object({
  id: Id,
  stepId: Id,
  moduleId: v.optional(v.nullable(Id), null),
  formats: v.optional(v.pipe(v.array(v.picklist(['individual', 'group'])), v.maxLength(2))),
  key: v.optional(v.boolean(), false),
  text: TextSchema,
  how: TextSchema,
  fidelityItems: v.optional(IdList, []),
  itisItems: v.optional(IdList, []),
});

const AdaptationSchema = v.strictObject({
  sessionCounts: v.optional(v.pipe(v.record(Id, v.number()), v.maxEntries(LIST_MAX))),
  templateMinutes: v.optional(
    v.pipe(v.record(Id, v.pipe(v.record(Id, v.number()), v.maxEntries(LIST_MAX))), v.maxEntries(LIST_MAX)),
  ),
  textOverrides: v.optional(v.pipe(v.record(Id, PartialTextSchema), v.maxEntries(LIST_MAX))),
  customPrompts: v.optional(v.pipe(v.array(PromptSchema), v.maxLength(LIST_MAX))),
  materialOverrides: v.optional(v.pipe(v.record(Id, PartialTextSchema), v.maxEntries(LIST_MAX))),
});

const FileSchema = v.object({
  format: v.literal(ADAPTATION_FILE_FORMAT),
  formatVersion: v.literal(ADAPTATION_FORMAT_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(ID_MAX), v.isoTimestamp('must be an ISO date-time such as 2025-01-31T12:00:00.000Z')),
  contentVersion: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  programmeName: v.pipe(
    v.string(),
    v.maxLength(SHORT_TEXT_MAX),
    v.check((name) => name.trim().length > 0, 'must not be empty'),
  ),
  adaptation: AdaptationSchema,
});

/** A problem line never quotes more than this much of the file (a key or value may be huge). */
const PROBLEM_TEXT_MAX = 300;

function clip(text: string): string {
  return text.length > PROBLEM_TEXT_MAX ? `${text.slice(0, PROBLEM_TEXT_MAX)}…` : text;
}

/** A value as the file wrote it, or its kind when it is a list or object (which may be nested too deep to print). */
function shortJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** UTF-8 size without copying the text when its length alone decides. */
function tooLarge(text: string): boolean {
  if (text.length > ADAPTATION_FILE_MAX_BYTES) return true;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no encoding.
  if (text.length * 3 <= ADAPTATION_FILE_MAX_BYTES) return false;
  return new TextEncoder().encode(text).length > ADAPTATION_FILE_MAX_BYTES;
}

/**
 * Reads an adaptation file and checks it against the content it will be applied to. Shape errors
 * come from the schema; id and range errors need the base content, so they are checked after.
 */
export function parseAdaptationFile(jsonText: string, base: AdaptableContent): ParseAdaptationResult {
  // Before parsing: the page reads the file only after its size is checked too (AdaptationFile).
  if (tooLarge(jsonText)) {
    return {
      ok: false,
      errors: [`The file is larger than ${ADAPTATION_FILE_MAX_BYTES / 1024} kB; an adaptation file is only a few kB.`],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return { ok: false, errors: [clip(`The file is not valid JSON${detail}`)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: ['The file does not contain a programme adaptation (expected a JSON object).'] };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== ADAPTATION_FILE_FORMAT) {
    return {
      ok: false,
      errors: [`This is not a programme adaptation file: "format" should be "${ADAPTATION_FILE_FORMAT}".`],
    };
  }
  // Checked before the schema: a newer file may have a shape this build cannot describe.
  const version = record.formatVersion;
  if (typeof version === 'number' && version > ADAPTATION_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [
        `This file was made by a newer version of the IMR guide (format version ${version}); this version reads format version ${ADAPTATION_FORMAT_VERSION}. Update the extension to open it.`,
      ],
    };
  }

  const parsed = v.safeParse(FileSchema, raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.map((issue) => clip(describeIssue(issue))) };
  }

  const errors = semanticErrors(parsed.output.adaptation, base).map(clip);
  if (errors.length > 0) return { ok: false, errors };

  // The semantic checks above establish what the schema could not: step and item ids are known.
  const file: ProgrammeAdaptationFile = {
    ...parsed.output,
    adaptation: parsed.output.adaptation as ProgrammeAdaptation,
  };
  return { ok: true, file };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.path) {
    // For an unexpected key the path ends at the key itself; say so in words.
    const parent = issue.path.slice(0, -1).map((p) => String(p.key)).join('.');
    const key = String(issue.path[issue.path.length - 1]?.key);
    return `${parent || '(file)'}: unexpected field '${key}'`;
  }
  if (issue.type === 'literal' && path === 'formatVersion') {
    return `formatVersion: expected ${ADAPTATION_FORMAT_VERSION}, got ${shortJson(issue.input)}`;
  }
  return `${path ?? '(file)'}: ${issue.message}`;
}

type ParsedAdaptation = v.InferOutput<typeof AdaptationSchema>;

function semanticErrors(adaptation: ParsedAdaptation, base: AdaptableContent): string[] {
  const errors: string[] = [];
  const moduleIds = new Set(base.modules.map((m) => m.id));
  const templateIds = new Set(base.templates.map((t) => t.id));
  const stepIds = new Set<string>(STEP_IDS);
  const basePromptIds = new Set(base.prompts.map((p) => p.id));

  for (const [moduleId, count] of Object.entries(adaptation.sessionCounts ?? {})) {
    if (!moduleIds.has(moduleId)) {
      errors.push(`sessionCounts: unknown module '${moduleId}'`);
    } else if (!Number.isInteger(count) || count < MIN_SESSIONS_PER_MODULE || count > MAX_SESSIONS_PER_MODULE) {
      errors.push(
        `sessionCounts.${moduleId}: ${count} is not allowed; use a whole number from ${MIN_SESSIONS_PER_MODULE} to ${MAX_SESSIONS_PER_MODULE}`,
      );
    }
  }

  for (const [templateId, steps] of Object.entries(adaptation.templateMinutes ?? {})) {
    if (!templateIds.has(templateId)) {
      errors.push(`templateMinutes: unknown template '${templateId}'`);
      continue;
    }
    for (const [stepId, minutes] of Object.entries(steps)) {
      if (!stepIds.has(stepId)) {
        errors.push(`templateMinutes.${templateId}: unknown step '${stepId}'`);
      } else if (!Number.isFinite(minutes) || minutes <= 0) {
        errors.push(`templateMinutes.${templateId}.${stepId}: ${minutes} minutes is not allowed; minutes must be more than 0`);
      }
    }
  }

  const custom = adaptation.customPrompts ?? [];
  const customIds = new Set<string>();
  custom.forEach((prompt, i) => {
    const where = `customPrompts[${i}] ('${prompt.id}')`;
    if (!prompt.id.startsWith(CUSTOM_PROMPT_PREFIX) || prompt.id.length === CUSTOM_PROMPT_PREFIX.length) {
      errors.push(`${where}: id must start with '${CUSTOM_PROMPT_PREFIX}' followed by a name`);
    }
    if (customIds.has(prompt.id)) errors.push(`${where}: id is used by more than one custom prompt`);
    if (basePromptIds.has(prompt.id)) errors.push(`${where}: id is already used by a built-in prompt`);
    customIds.add(prompt.id);
    if (!stepIds.has(prompt.stepId)) errors.push(`${where}: unknown step '${prompt.stepId}'`);
    if (prompt.moduleId !== null && !moduleIds.has(prompt.moduleId)) {
      errors.push(`${where}: unknown module '${prompt.moduleId}'`);
    }
    for (const item of prompt.fidelityItems) {
      if (!isFidelityScaleItemId(item)) errors.push(`${where}: unknown fidelity scale item '${item}'`);
    }
    for (const item of prompt.itisItems) {
      if (!isItisItemId(item)) errors.push(`${where}: unknown IT-IS item '${item}'`);
    }
    if (prompt.fidelityItems.length + prompt.itisItems.length === 0) {
      errors.push(`${where}: must serve at least one fidelity item (fidelityItems or itisItems)`);
    }
    if (prompt.formats !== undefined && prompt.formats.length === 0) {
      errors.push(`${where}: formats must not be empty; leave it out to show the prompt in every format`);
    }
    if (!prompt.text.en.trim() && !prompt.text.nl.trim()) errors.push(`${where}: text is empty in both languages`);
    if (!prompt.how.en.trim() && !prompt.how.nl.trim()) errors.push(`${where}: how is empty in both languages`);
  });

  if (adaptation.materialOverrides !== undefined) {
    // Checked against the modules as this adaptation's session counts shape them.
    const counted = applyAdaptation(base, { sessionCounts: adaptation.sessionCounts ?? {} }).modules;
    const known = materialIds(counted);
    for (const [id, override] of Object.entries(adaptation.materialOverrides)) {
      if (!known.has(id)) {
        errors.push(`materialOverrides: unknown material '${id}' (use module-id/sN/title, module-id/sN/outline/K or handout/handout-id)`);
        continue;
      }
      if (override.en === undefined && override.nl === undefined) {
        errors.push(`materialOverrides.${id}: give the text in at least one language (en or nl)`);
      }
      for (const locale of ['en', 'nl'] as const) {
        const value = override[locale];
        if (value !== undefined && !value.trim()) errors.push(`materialOverrides.${id}.${locale}: text must not be empty`);
      }
    }
  }

  for (const [promptId, override] of Object.entries(adaptation.textOverrides ?? {})) {
    if (!basePromptIds.has(promptId) && !customIds.has(promptId)) {
      errors.push(`textOverrides: unknown prompt '${promptId}'`);
      continue;
    }
    if (override.en === undefined && override.nl === undefined) {
      errors.push(`textOverrides.${promptId}: give the text in at least one language (en or nl)`);
    }
    for (const locale of ['en', 'nl'] as const) {
      const value = override[locale];
      if (value !== undefined && !value.trim()) errors.push(`textOverrides.${promptId}.${locale}: text must not be empty`);
    }
  }

  return errors;
}
