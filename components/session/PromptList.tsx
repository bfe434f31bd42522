import { useApp, useT } from '../state/app-store';
import type { SessionModel } from '../state/session-model';
import type { Prompt } from '../../lib/curriculum/types';
import type { PromptStatus } from '../../lib/model';
import { pick } from '../../lib/i18n';
import { SavedTextarea } from './SavedText';

const STATUSES: PromptStatus[] = ['done', 'not-done', 'na'];

/** The current step's prompts: each teaches how, and is marked done / not done / not applicable with a note. */
export function PromptList({ model, prompts }: { model: SessionModel; prompts: Prompt[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const session = model.session.value!;

  function setStatus(promptId: string, status: PromptStatus) {
    const at = app.now();
    void model.update((s) => {
      const record = s.prompts[promptId] ?? { status: null, note: '', at };
      // Choosing the same status again clears it, so a slip of the finger can be undone.
      const next = record.status === status ? null : status;
      return { ...s, prompts: { ...s.prompts, [promptId]: { ...record, status: next, at } } };
    });
  }

  return (
    <section aria-labelledby="prompts-title" class="card stack">
      <h3 id="prompts-title">{t('run.prompts')}</h3>
      {prompts.length === 0 && <p class="muted">{t('run.noPrompts')}</p>}
      <ul class="plain stack">
        {prompts.map((p) => {
          const status = session.prompts[p.id]?.status ?? null;
          return (
            <li key={p.id} class={`prompt${p.key ? ' is-key' : ''}${status ? ` status-${status}` : ''}`}>
              <p class="prompt-text" id={`prompt-${p.id}`}>
                {p.key && <span class="badge">{t('run.key')}</span>} {pick(p.text, locale)}
              </p>
              <details>
                <summary>{t('run.how')}</summary>
                <p>{pick(p.how, locale)}</p>
              </details>
              <div role="group" aria-labelledby={`prompt-${p.id}`} class="row prompt-status">
                {STATUSES.map((s) => (
                  <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(p.id, s)}>
                    {t(`run.status.${s}`)}
                  </button>
                ))}
              </div>
              {/* The note appears once the prompt is answered (or already has one), to keep eight prompts scannable. */}
              {(status || session.prompts[p.id]?.note) && (
                <SavedTextarea
                  model={model}
                  field={{ kind: 'prompt-note', promptId: p.id }}
                  label={t('run.promptNote')}
                  describedBy={`prompt-${p.id}`}
                  single
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
