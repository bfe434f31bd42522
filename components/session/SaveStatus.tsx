import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../state/app-store';
import type { SessionModel } from '../state/session-model';

/**
 * Says where typed text is when something went wrong, and only then: a failing database write
 * (text kept on this page and in the safety copy, retried), a safety copy that could not be made,
 * or both (copy the text elsewhere). The region is always in the page so a change is announced
 * once; a normal keystroke changes nothing here, so screen readers are not flooded.
 */
export function SaveStatus({ model }: { model: SessionModel }) {
  const t = useT();
  const state = model.saveState.value;
  const hadProblem = useRef(false);
  const [recovered, setRecovered] = useState(false);
  const failing = state.failure !== null;

  useEffect(() => {
    if (failing) {
      hadProblem.current = true;
      setRecovered(false);
    } else if (hadProblem.current && !state.unsaved) {
      hadProblem.current = false;
      setRecovered(true);
    }
  }, [failing, state.unsaved]);

  let message = '';
  let tone = '';
  if (failing && state.journalFailed) {
    message = t('save.lost');
    tone = 'error';
  } else if (failing) {
    message = state.failure === 'quota' ? t('save.retryingQuota') : t('save.retrying');
    tone = 'error';
  } else if (state.journalFailed) {
    message = t('save.noJournal');
    tone = 'warn';
  } else if (recovered) {
    message = t('save.recovered');
  }

  return (
    <div role="status" class="save-status">
      {message && (
        <div class={`notice ${tone} stack`}>
          <p>{message}</p>
          {failing && (
            <button type="button" onClick={() => void model.retryNow()}>
              {t('save.retryNow')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
