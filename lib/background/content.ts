/**
 * The curriculum and words the background needs, read on demand from the extension's own package
 * (lib/packaged/format.ts) instead of bundled into the worker, which wakes often (issue 12). Each
 * file is read once per worker life and kept in memory; the programme's adaptation is applied only
 * to the one module the running session uses.
 *
 * A file that is missing or malformed means a broken build: it is logged as an error. Without its
 * content the card shows no prompt and no teaching points rather than failing; without its words
 * nothing can be said, so `labels` rejects and the caller logs that.
 *
 * Usage:
 *   const content = createContentSource(packagedReader(browser));
 *   const { modules, prompts } = await content.curriculum(session.moduleId, stored?.adaptation);
 *   const labels = await content.labels('nl'); labels.t('card.next'); labels.step('teach');
 */
import { applyAdaptation, type ProgrammeAdaptation } from '../curriculum/adaptation';
import type { Module, Prompt, StepId } from '../curriculum/types';
import { format, type Params } from '../i18n/define';
import type { Locale } from '../i18n/text';
import { createLogger } from '../log';
import { packagedPath, readLabelsFile, readModuleFile, readSharedFile, type LabelKey, type LabelsFile } from '../packaged/format';

const log = createLogger('background');

/** Reads one packaged file as parsed JSON. */
export type PackagedReader = (path: string) => Promise<unknown>;

export interface Labels {
  locale: Locale;
  t(key: LabelKey, params?: Params): string;
  /** A step's title (the id itself if the step were unknown). */
  step(stepId: StepId): string;
}

export interface SessionCurriculum {
  /** The session's module, adapted, or none when its file could not be read. */
  modules: Module[];
  /** General prompts and the module's own, adapted (text overrides, custom prompts). */
  prompts: Prompt[];
}

export interface ContentSource {
  labels(locale: Locale): Promise<Labels>;
  curriculum(moduleId: string, adaptation?: ProgrammeAdaptation): Promise<SessionCurriculum>;
}

export function labelsFrom(file: LabelsFile): Labels {
  return {
    locale: file.locale,
    t: (key, params) => format(file.messages[key] ?? key, params),
    step: (stepId) => file.steps[stepId] ?? stepId,
  };
}

/** The files, read from the extension's package: a read of its own files, not the network. */
export function packagedReader(api: { runtime: { getURL(path: string): string } }): PackagedReader {
  return async (path) => {
    const response = await fetch(api.runtime.getURL(`/${path}`));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
}

export function createContentSource(read: PackagedReader): ContentSource {
  // Promises, so concurrent requests share one read; a failure is kept too (the package does not
  // change while the worker lives) and so logged once.
  const cache = new Map<string, Promise<unknown>>();
  function load<T>(path: string, check: (raw: unknown) => T | null): Promise<T | null> {
    let file = cache.get(path) as Promise<T | null> | undefined;
    if (!file) {
      file = read(path)
        .then((raw) => {
          const checked = check(raw);
          if (!checked) log.error(`The packaged file ${path} is malformed: the build is broken`);
          return checked;
        })
        .catch((error: unknown) => {
          log.error(`The packaged file ${path} could not be read: the build is broken`, error);
          return null;
        });
      cache.set(path, file);
    }
    return file;
  }

  return {
    async labels(locale) {
      const file = await load(packagedPath.labels(locale), (raw) => readLabelsFile(raw, locale));
      if (!file) throw new Error(`No ${locale} words for notifications and the card: the build is broken`);
      return labelsFrom(file);
    },
    async curriculum(moduleId, adaptation) {
      const path = packagedPath.module(moduleId);
      const [shared, own] = await Promise.all([
        load(packagedPath.shared, readSharedFile),
        path ? load(path, (raw) => readModuleFile(raw, moduleId)) : Promise.resolve(null),
      ]);
      const base = {
        modules: own ? [own.module] : [],
        templates: [],
        prompts: [...(shared?.prompts ?? []), ...(own?.prompts ?? [])],
      };
      const adapted = adaptation ? applyAdaptation(base, adaptation) : base;
      return { modules: adapted.modules, prompts: adapted.prompts };
    },
  };
}
