import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionModel } from '../state/session-model';
import { readTextField, fieldKey, type TextField } from '../../lib/session/text-fields';
import { NOTE_LINE_MAX, NOTE_MAX } from '../../lib/limits';

interface Props {
  model: SessionModel;
  field: TextField;
  label: string;
  hint?: string;
  /** Id of an element that says what this field is about (e.g. the prompt a note belongs to). */
  describedBy?: string;
  rows?: number;
  single?: boolean;
}

/**
 * A text field that saves on every keystroke (journal first, then IndexedDB). While it has focus,
 * updates from elsewhere never overwrite what the practitioner is typing.
 */
export function SavedTextarea({ model, field, label, hint, describedBy, rows = 3, single = false }: Props) {
  const stored = model.session.value ? readTextField(model.session.value, field) : '';
  const [value, setValue] = useState(stored);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setValue(stored);
  }, [stored]);
  const id = `field-${fieldKey(field).replace(/[^\w-]/g, '_')}`;
  const common = {
    id,
    value,
    'aria-describedby': [describedBy, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    onInput: (e: Event) => {
      const next = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      setValue(next);
      model.saveText(field, next);
    },
  };
  return (
    <div class="field saved-text">
      <label for={id}>{label}</label>
      {single ? (
        <input type="text" autocomplete="off" maxLength={NOTE_LINE_MAX} {...common} />
      ) : (
        <textarea rows={rows} maxLength={NOTE_MAX} {...common} />
      )}
      {hint && (
        <span id={`${id}-hint`} class="muted">
          {hint}
        </span>
      )}
    </div>
  );
}
