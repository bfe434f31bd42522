/**
 * The curriculum and the background's words as packaged files (issue 12): the generator the build
 * runs (lib/packaged/generate.ts) and the background's reader of them (lib/background/content.ts).
 * The background must show what it showed when it bundled the whole curriculum, for every module
 * and with a programme's adaptation, and a broken file must be reported, never half-used.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CONTENT, MODULES, PROMPTS, STEPS } from '../../lib/curriculum';
import { applyAdaptation, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import type { Prompt } from '../../lib/curriculum/types';
import { STEP_IDS } from '../../lib/curriculum/types';
import { common } from '../../lib/i18n/messages/common';
import { overlay } from '../../lib/i18n/messages/overlay';
import { session } from '../../lib/i18n/messages/session';
import { LOCALES, pick } from '../../lib/i18n/text';
import { recentLog } from '../../lib/log';
import { CUE_KEYS, packagedPath, readLabelsFile, readModuleFile, readSharedFile } from '../../lib/packaged/format';
import { labelsFile, packagedFiles } from '../../lib/packaged/generate';
import { createContentSource } from '../../lib/background/content';
import { makeCustomPrompt } from '../factories';
import { packagedContent } from './fixtures/packaged';

const files = packagedFiles();
const json = (path: string): unknown => JSON.parse(files.find((f) => f.path === path)?.contents ?? 'null');

describe('packagedFiles', () => {
  it('writes one file per module, the shared prompts and one labels file per language, each passing its own check', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([
      'content/shared.json',
      ...MODULES.map((m) => `content/modules/${m.id}.json`),
      ...LOCALES.map((l) => `labels/${l}.json`),
    ]);
    expect(readSharedFile(json(packagedPath.shared))).not.toBeNull();
    for (const module of MODULES) expect(readModuleFile(json(packagedPath.module(module.id)!), module.id), module.id).not.toBeNull();
    for (const locale of LOCALES) expect(readLabelsFile(json(packagedPath.labels(locale)), locale), locale).not.toBeNull();
  });

  it('carries every module and every prompt exactly once, unchanged', () => {
    const shared = readSharedFile(json(packagedPath.shared))!;
    const modules = MODULES.map((m) => readModuleFile(json(packagedPath.module(m.id)!), m.id)!);
    expect(modules.map((f) => f.module)).toEqual(MODULES);
    const prompts = [...shared.prompts, ...modules.flatMap((f) => f.prompts)];
    expect(prompts).toHaveLength(PROMPTS.length);
    expect(new Set(prompts.map((p) => p.id))).toEqual(new Set(PROMPTS.map((p) => p.id)));
    for (const prompt of prompts) expect(prompt).toEqual(PROMPTS.find((p) => p.id === prompt.id));
  });

  it('labels: the cue and card words from the bundles and every step title, in English and Dutch', () => {
    for (const locale of LOCALES) {
      const file = labelsFile(locale);
      const cardKeys = Object.keys(overlay.en).filter((k) => k.startsWith('card.'));
      expect(Object.keys(file.messages).sort()).toEqual([...CUE_KEYS, ...cardKeys].sort());
      for (const key of CUE_KEYS) expect(file.messages[key]).toBe({ ...common[locale], ...session[locale] }[key]);
      for (const key of cardKeys) expect(file.messages[key as keyof typeof file.messages]).toBe(overlay[locale][key as keyof typeof overlay.en]);
      expect(Object.keys(file.steps)).toEqual([...STEP_IDS]);
      for (const step of STEPS) expect(file.steps[step.id]).toBe(pick(step.title, locale));
    }
    expect(labelsFile('nl').messages['card.next']).toBe('Volgende stap');
  });

  it('is deterministic', () => {
    expect(packagedFiles()).toEqual(files);
  });

  it('refuses a module id that cannot name a file', () => {
    const odd = { ...MODULES[0]!, id: '../secrets' };
    expect(() => packagedFiles({ modules: [odd], prompts: [], steps: STEPS, bundles: { common, session, overlay } })).toThrow(/cannot name a packaged file/);
  });
});

describe('the background reads them as it bundled them', () => {
  const CUSTOM = makeCustomPrompt();
  const adaptation: ProgrammeAdaptation = {
    sessionCounts: { 'social-support': 3, 'stress-vulnerability': 5 },
    materialOverrides: { 'recovery-strategies/s1/outline/1': { nl: 'Eigen onderwerp.' } },
    textOverrides: { 'apr-each-participant': { nl: 'Bespreek ieders oefening voor thuis.' } },
    customPrompts: [CUSTOM, { ...CUSTOM, id: 'custom-two', moduleId: 'social-support', key: true }],
  };

  it.each([undefined, adaptation])('every module, with and without an adaptation (%#)', async (adapt) => {
    const content = packagedContent();
    const whole = adapt ? applyAdaptation(BUILT_IN_CONTENT, adapt) : BUILT_IN_CONTENT;
    for (const module of MODULES) {
      const read = await content.curriculum(module.id, adapt);
      expect(read.modules, module.id).toEqual([whole.modules.find((m) => m.id === module.id)]);
      // The prompts a session of this module can be offered, general and the module's own each in
      // library order (the order prompts are shown in within each of the two: lib/session/prompts.ts).
      for (const own of [null, module.id]) {
        const of = (prompts: readonly Prompt[]) => prompts.filter((p) => p.moduleId === own);
        expect(of(read.prompts), `${module.id}: ${own ?? 'general'}`).toEqual(of(whole.prompts));
      }
    }
  });

  it('reads each file once', async () => {
    const reads: string[] = [];
    const byPath = new Map(files.map((f) => [f.path, f.contents]));
    const content = createContentSource(async (path) => {
      reads.push(path);
      return JSON.parse(byPath.get(path)!) as unknown;
    });
    await Promise.all([content.curriculum('social-support'), content.curriculum('social-support'), content.labels('nl'), content.labels('nl')]);
    await content.curriculum('social-support');
    expect(reads.sort()).toEqual(['content/modules/social-support.json', 'content/shared.json', 'labels/nl.json']);
  });
});

describe('a broken build', () => {
  const logged = () => recentLog().slice(start);
  let start = recentLog().length;
  afterEach(() => {
    start = recentLog().length;
  });

  it('a malformed module file is logged and the card gets no teaching points, not an error', async () => {
    start = recentLog().length;
    const broken = files.map((f) => (f.path === 'content/modules/social-support.json' ? { ...f, contents: '{"format":1,"module":{"id":"social-support"}}' } : f));
    const read = await packagedContent(broken).curriculum('social-support');
    expect(read.modules).toEqual([]);
    expect(read.prompts.length).toBeGreaterThan(0);
    expect(read.prompts.every((p) => p.moduleId === null)).toBe(true);
    expect(logged()).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/social-support\.json is malformed: the build is broken/) })]);
  });

  it('a missing file is logged, and missing words reject with a clear message', async () => {
    start = recentLog().length;
    const content = packagedContent(files.filter((f) => f.path !== 'content/shared.json' && f.path !== 'labels/nl.json'));
    const read = await content.curriculum('social-support');
    expect(read.modules).toHaveLength(1);
    expect(read.prompts.every((p) => p.moduleId === 'social-support')).toBe(true);
    await expect(content.labels('nl')).rejects.toThrow(/No nl words .* the build is broken/);
    expect(logged().map((e) => e.message)).toEqual([
      expect.stringMatching(/shared\.json could not be read/),
      expect.stringMatching(/labels\/nl\.json could not be read/),
    ]);
  });

  it('a file of another format version, or of another module, is refused', () => {
    const file = json(packagedPath.module('social-support')!) as Record<string, unknown>;
    expect(readModuleFile({ ...file, format: 2 }, 'social-support')).toBeNull();
    expect(readModuleFile(file, 'medication')).toBeNull();
    expect(readLabelsFile(json(packagedPath.labels('en')), 'nl')).toBeNull();
    expect(readSharedFile({ format: 1, prompts: [{ id: 'x' }] })).toBeNull();
  });

  it('an unknown module id reads nothing for the module', async () => {
    const reads: string[] = [];
    const content = createContentSource(async (path) => {
      reads.push(path);
      return json(path);
    });
    expect((await content.curriculum('../../etc/passwd')).modules).toEqual([]);
    expect(reads).toEqual(['content/shared.json']);
  });
});
