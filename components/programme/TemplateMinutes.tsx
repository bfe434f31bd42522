/**
 * Minutes per step: each session template folded under its name, its steps' minutes next to the
 * built-in ones, and the session length they add up to.
 */
import { useApp, useT } from '../state/app-store';
import { TEMPLATES } from '../../lib/curriculum';
import type { SessionTemplate, StepId } from '../../lib/curriculum/types';
import { stepTitle } from '../../lib/curriculum/step-title';
import { pick } from '../../lib/i18n';
import { lengthWith } from '../../lib/curriculum/adaptation-diff';
import { errorId, minutesId, readNumber } from './draft';
import type { FieldProblem } from './problems';
import { minutesText } from './text';
import { FieldError } from './feedback';

interface MinutesProps {
  /** Input text per template id, then step id. */
  minutes: Record<string, Record<string, string>>;
  /** Whether the validator rejects the input now, touched or not. */
  invalid: (id: string) => boolean;
  /** The problem to show at the input, once it is due. */
  problemFor: (id: string) => FieldProblem | undefined;
  onChange: (templateId: string, stepId: StepId, value: string) => void;
  onBlur: (id: string) => void;
}

export function MinutesEditor(props: MinutesProps) {
  const t = useT();
  return (
    <>
      <h4>{t('programme.minutes.title')}</h4>
      <p class="muted programme-hint">{t('programme.minutes.hint')}</p>
      <div class="programme-templates">
        {TEMPLATES.map((tpl) => (
          <TemplateMinutes key={tpl.id} template={tpl} {...props} />
        ))}
      </div>
    </>
  );
}

function TemplateMinutes({ template, minutes: text, invalid, problemFor, onChange, onBlur }: MinutesProps & { template: SessionTemplate }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const label = pick(template.label, locale);
  const typed = text[template.id];

  // The total follows the validator: while any step is rejected there is no length to show.
  const anyInvalid = template.steps.some((s) => invalid(minutesId(template.id, s.stepId)));
  const minutes: Partial<Record<StepId, number>> = {};
  for (const s of template.steps) minutes[s.stepId] = readNumber(typed?.[s.stepId]) ?? s.minutes;
  const total = anyInvalid ? null : lengthWith(template, minutes);
  const totalId = `programme-total-${template.id}`;

  return (
    <details class="card programme-template">
      <summary>
        {label}
        {total !== null && total !== template.lengthMinutes && (
          <span class="muted"> · {t('programme.minutes.changed', { total: minutesText(t, locale, total) })}</span>
        )}
      </summary>
      <fieldset class="programme-steps">
        <legend class="visually-hidden">{label}</legend>
        {template.steps.map((s) => {
          const id = minutesId(template.id, s.stepId);
          const problem = problemFor(id);
          const builtInId = `${id}-builtin`;
          return (
            <div key={s.stepId} class="programme-step">
              <label for={id}>
                {stepTitle(s.stepId, locale)}
                <span class="visually-hidden"> ({label})</span>
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={0.5}
                step={0.5}
                value={typed?.[s.stepId] ?? ''}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${builtInId} ${errorId(id)}` : builtInId}
                onInput={(e) => onChange(template.id, s.stepId, e.currentTarget.value)}
                onBlur={() => onBlur(id)}
              />
              <span id={builtInId} class="muted programme-builtin">
                {t('programme.minutes.builtIn', { minutes: minutesText(t, locale, s.minutes) })}
              </span>
              {problem && <FieldError id={id} message={problem.message} />}
            </div>
          );
        })}
      </fieldset>
      <p id={totalId} class="programme-total" aria-live="polite">
        {total === null
          ? t('programme.minutes.totalInvalid')
          : t('programme.minutes.total', {
              total: minutesText(t, locale, total),
              builtIn: minutesText(t, locale, template.lengthMinutes),
            })}
      </p>
    </details>
  );
}
