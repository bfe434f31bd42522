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
 * A text field that saves on every keystroke (journal first, then IndexedDB). While it is where the
 * keys go, updates from elsewhere never overwrite what the practitioner is typing; nor does the
 * stored text while this page still has newer text of its own for the field on its way.
 */
export function SavedTextarea({ model, field, label, hint, describedBy, rows = 3, single = false }: Props) {
  const stored = model.session.value ? readTextField(model.session.value, field) : '';
  // A field made while its text is still being saved (it moved at a step change, its view was
  // made again) starts from that text, not from the older stored one.
  const [value, setValue] = useState(() => model.unsavedText(field) ?? stored);
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const currentField = useRef(field);
  currentField.current = field;
  useEffect(() => {
    const el = element.current;
    const doc = el?.ownerDocument;
    // Asked of the document rather than counted from focus events: Firefox fires no `focus` when
    // its page does not have the window's focus, and keys can still arrive (a test driver sends them).
    if (el && doc && doc.activeElement === el && doc.hasFocus()) return;
    // The stored text lags behind this page's typing by the write in flight. Taking it back would
    // drop the keys typed meanwhile, and the next keystroke would save the shortened text.
    if (model.unsavedText(currentField.current) !== undefined) return;
    // Read now, not from this render: an earlier render's effect can run after a newer commit.
    const session = model.session.peek();
    setValue(session ? readTextField(session, currentField.current) : '');
  }, [stored, model]);
  const id = `field-${fieldKey(field).replace(/[^\w-]/g, '_')}`;
  const common = {
    id,
    ref: element,
    value,
    'aria-describedby': [describedBy, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined,
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
