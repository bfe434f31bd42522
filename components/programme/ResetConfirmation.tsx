/**
 * The second step of "Reset to built-in content": removing the whole adaptation cannot be undone,
 * so it waits for an explicit yes. Focus starts on Cancel, the safe choice.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../state/app-store';

/** The element id the reset button's aria-controls points at while the confirmation is open. */
export const RESET_CONFIRM_ID = 'programme-reset-confirm';

export function ResetConfirmation({ onReset, onCancel }: { onReset: () => void; onCancel: () => void }) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  return (
    <div id={RESET_CONFIRM_ID} class="notice warn stack" role="group" aria-labelledby="programme-reset-question">
      <p id="programme-reset-question">{t('programme.resetConfirm')}</p>
      <div class="row">
        <button type="button" onClick={onReset}>
          {t('programme.resetYes')}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
