/** How the programme editor reports problems: under the field, and as an alert listing them all. */
import { errorId } from './draft';

/** The text an input's aria-describedby points at (errorId of the input's id). */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <span id={errorId(id)} class="programme-error">
      {message}
    </span>
  );
}

/**
 * A lead sentence and the problems it introduces. itemLang marks items worded by the file
 * validator, which speaks English whatever the reader's language.
 */
export function ErrorAlert({ lead, items, itemLang }: { lead: string; items: readonly string[]; itemLang?: string }) {
  return (
    <div role="alert" class="notice error">
      <p>{lead}</p>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item} lang={itemLang}>
              {item}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
