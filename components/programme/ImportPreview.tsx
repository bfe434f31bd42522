/**
 * The preview of an imported adaptation file: everything it would change against the built-in
 * content, shown before anything is stored, with the choice to apply it or not.
 */
import { useApp, useT } from '../state/app-store';
import { CONTENT_VERSION } from '../../lib/curriculum';
import type { ProgrammeAdaptationFile } from '../../lib/curriculum/adaptation';
import { countAndMinuteChanges } from '../../lib/curriculum/adaptation-diff';
import { stepTitle } from '../../lib/curriculum/step-title';
import { pick } from '../../lib/i18n';
import { minutesText } from './text';
import { WordingAndPrompts } from './WordingAndPrompts';

interface ImportPreviewProps {
  file: ProgrammeAdaptationFile;
  /** The editor holds unsaved changes, which applying would replace. */
  dirty: boolean;
  titleRef: { current: HTMLHeadingElement | null };
  onApply: () => void;
  onCancel: () => void;
}

export function ImportPreview({ file, dirty, titleRef, onApply, onCancel }: ImportPreviewProps) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { adaptation } = file;
  const { counts, templates } = countAndMinuteChanges(adaptation);

  return (
    <div class="card stack programme-preview" role="region" aria-labelledby="programme-preview-title">
      <h5 id="programme-preview-title" tabIndex={-1} ref={titleRef}>
        {t('programme.preview.title', { name: file.programmeName })}
      </h5>
      <p>{dirty ? t('programme.preview.replacesUnsaved') : t('programme.preview.replaces')}</p>
      {file.contentVersion !== CONTENT_VERSION && (
        <p class="notice warn">
          {t('programme.preview.contentVersion', { file: file.contentVersion, current: CONTENT_VERSION })}
        </p>
      )}

      {counts.length === 0 ? (
        <p>{t('programme.preview.countsNone')}</p>
      ) : (
        <div>
          <p id="programme-preview-counts" class="programme-list-title">
            {t('programme.counts.title')}
          </p>
          <ul aria-labelledby="programme-preview-counts">
            {counts.map(({ module, to }) => (
              <li key={module.id}>
                {t('programme.preview.count', {
                  n: module.number,
                  title: pick(module.title, locale),
                  to,
                  from: module.sessions.length,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {templates.length === 0 ? (
        <p>{t('programme.preview.minutesNone')}</p>
      ) : (
        <div>
          <p id="programme-preview-minutes" class="programme-list-title">
            {t('programme.minutes.title')}
          </p>
          <ul aria-labelledby="programme-preview-minutes">
            {templates.map(({ template, steps, total }) => (
              <li key={template.id}>
                {pick(template.label, locale)}
                <ul>
                  {steps.map((s) => (
                    <li key={s.stepId}>
                      {t('programme.preview.step', {
                        step: stepTitle(s.stepId, locale),
                        to: minutesText(t, locale, s.to),
                        from: minutesText(t, locale, s.from),
                      })}
                    </li>
                  ))}
                  <li>
                    {total === template.lengthMinutes
                      ? t('programme.preview.totalSame', { total: minutesText(t, locale, total) })
                      : t('programme.preview.total', {
                          to: minutesText(t, locale, total),
                          from: minutesText(t, locale, template.lengthMinutes),
                        })}
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}

      <WordingAndPrompts adaptation={adaptation} idPrefix="programme-preview" showWas />

      <div class="row">
        <button type="button" class="primary" onClick={onApply}>
          {t('programme.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
