/**
 * A participant's personal recovery goal and the small steps toward it, each with a status, as
 * IMR's goal follow-up works through them. Edits go through the participant's editor, so they
 * save like every other field.
 */
import { useId, useState } from 'preact/hooks';
import { useT } from '../state/app-store';
import { newId } from '../../lib/ids';
import type { GoalStep, GoalStepStatus } from '../../lib/model';
import { STEP_LABEL } from './labels';
import type { ParticipantEditor } from './ParticipantEditor';
import { NOTE_LINE_MAX, SHORT_TEXT_MAX } from '../../lib/limits';

export function GoalSteps({ editor }: { editor: ParticipantEditor }) {
  const t = useT();
  const id = useId();
  const [newStep, setNewStep] = useState('');
  const { draft, change, commit, current } = editor;

  function updateStep(stepId: string, patch: Partial<GoalStep>, commitNow: boolean) {
    change({ goalSteps: current().goalSteps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) }, commitNow);
  }

  function addStep(e: Event) {
    e.preventDefault();
    const text = newStep.trim();
    if (!text) return;
    change({ goalSteps: [...current().goalSteps, { id: newId('step'), text, status: 'open' }] }, true);
    setNewStep('');
  }

  return (
    <>
      <h4>{t('groups.goalSection')}</h4>
      <label class="field">
        {t('groups.goal')}
        <textarea
          rows={2}
          maxLength={NOTE_LINE_MAX}
          value={draft.goal}
          aria-describedby={`${id}-goal-hint`}
          onInput={(e) => change({ goal: (e.target as HTMLTextAreaElement).value }, false)}
          onBlur={commit}
        />
      </label>
      <span id={`${id}-goal-hint`} class="muted groups-hint">
        {t('groups.goalHint')}
      </span>
      <fieldset class="groups-steps">
        <legend>{t('groups.steps')}</legend>
        {draft.goalSteps.length === 0 ? (
          <p class="muted">{t('groups.noSteps')}</p>
        ) : (
          <ol class="plain stack">
            {draft.goalSteps.map((step, i) => (
              <li key={step.id} class="groups-step">
                <label class="field groups-step-text">
                  {t('groups.stepText', { n: i + 1 })}
                  <input
                    type="text"
                    autocomplete="off"
                    maxLength={SHORT_TEXT_MAX}
                    value={step.text}
                    onInput={(e) => updateStep(step.id, { text: (e.target as HTMLInputElement).value }, false)}
                    onBlur={commit}
                  />
                </label>
                <div class="row">
                  <label class="visually-hidden" for={`${id}-step-${step.id}`}>
                    {t('groups.stepStatus', { n: i + 1 })}
                  </label>
                  <select
                    id={`${id}-step-${step.id}`}
                    value={step.status}
                    onChange={(e) => updateStep(step.id, { status: (e.target as HTMLSelectElement).value as GoalStepStatus }, true)}
                  >
                    {(['open', 'in-progress', 'done'] as const).map((s) => (
                      <option key={s} value={s}>
                        {t(STEP_LABEL[s])}
                      </option>
                    ))}
                  </select>
                  <button type="button" onClick={() => change({ goalSteps: current().goalSteps.filter((s) => s.id !== step.id) }, true)}>
                    {t('groups.stepRemove', { n: i + 1 })}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
        <form class="row groups-add-step" onSubmit={addStep}>
          <label class="field">
            {t('groups.newStep')}
            <input type="text" autocomplete="off" maxLength={SHORT_TEXT_MAX} value={newStep} onInput={(e) => setNewStep((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t('groups.addStep')}</button>
        </form>
      </fieldset>
    </>
  );
}
