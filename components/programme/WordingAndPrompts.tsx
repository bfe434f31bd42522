/**
 * The part of an adaptation that arrives only by file, changed wording and the programme's own
 * prompts, listed for the saved adaptation in the editor and for an imported file in its preview.
 */
import { useApp, useT } from '../state/app-store';
import { PROMPTS } from '../../lib/curriculum';
import type { Prompt } from '../../lib/curriculum/types';
import type { ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { stepTitle } from '../../lib/curriculum/step-title';
import type { Locale, MessageKey } from '../../lib/i18n';
import { textIn } from './text';

const ONLY_IN = {
  en: 'programme.layer.onlyIn.en',
  nl: 'programme.layer.onlyIn.nl',
} as const satisfies Record<Locale, MessageKey>;

/** What a layer changes in wording and which prompts it adds; `showWas` adds the built-in wording for comparison. */
export function WordingAndPrompts({ adaptation, idPrefix, showWas }: { adaptation: ProgrammeAdaptation; idPrefix: string; showWas: boolean }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const overrides = Object.entries(adaptation.textOverrides ?? {});
  const custom = adaptation.customPrompts ?? [];
  const material = Object.entries(adaptation.materialOverrides ?? {});

  if (overrides.length === 0 && custom.length === 0 && material.length === 0) return <p>{t('programme.layer.none')}</p>;

  const known = new Map<string, Prompt>([...PROMPTS, ...custom].map((p) => [p.id, p]));
  const plural = (n: number, one: MessageKey, other: MessageKey) => (n === 1 ? t(one) : t(other, { n }));

  return (
    <div class="stack programme-layer">
      <p>
        {plural(overrides.length, 'programme.layer.overrides.one', 'programme.layer.overrides.other')}
        {' · '}
        {plural(custom.length, 'programme.layer.custom.one', 'programme.layer.custom.other')}
        {material.length > 0 && ' · '}
        {material.length > 0 && plural(material.length, 'programme.layer.material.one', 'programme.layer.material.other')}
      </p>
      {material.length > 0 && (
        <div>
          <p id={`${idPrefix}-material`} class="programme-list-title">
            {t('programme.layer.materialList')}
          </p>
          <ul aria-labelledby={`${idPrefix}-material`}>
            {material.map(([id, override]) => {
              const next = textIn(override, locale);
              return (
                <li key={id}>
                  <code>{id}</code>{' '}
                  {next && next.lang !== locale && <span class="muted">{t(ONLY_IN[next.lang])} </span>}
                  {next && <span lang={next.lang}>{next.value}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {overrides.length > 0 && (
        <div>
          <p id={`${idPrefix}-overrides`} class="programme-list-title">
            {t('programme.layer.overridesList')}
          </p>
          <ul aria-labelledby={`${idPrefix}-overrides`}>
            {overrides.map(([promptId, override]) => {
              const prompt = known.get(promptId);
              const next = textIn(override, locale);
              const was = prompt ? textIn(prompt.text, locale) : null;
              return (
                <li key={promptId}>
                  {prompt && <span class="programme-step-name">{stepTitle(prompt.stepId, locale)}: </span>}
                  {/* A missing language keeps the built-in text there, so say the change is not in this one. */}
                  {next && next.lang !== locale && <span class="muted">{t(ONLY_IN[next.lang])} </span>}
                  {next && <span lang={next.lang}>{next.value}</span>}
                  {showWas && was && (
                    <span class="muted programme-was">
                      {t('programme.layer.was')} <span lang={was.lang}>{was.value}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {custom.length > 0 && (
        <div>
          <p id={`${idPrefix}-custom`} class="programme-list-title">
            {t('programme.layer.customList')}
          </p>
          <ul aria-labelledby={`${idPrefix}-custom`}>
            {custom.map((prompt) => {
              const text = textIn(prompt.text, locale);
              return (
                <li key={prompt.id}>
                  <span class="programme-step-name">{stepTitle(prompt.stepId, locale)}: </span>
                  {text && <span lang={text.lang}>{text.value}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
