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

interface ErrorAlertProps {
  lead: string;
  /** Problems worded in the reader's language. */
  items?: readonly string[];
  /** Problems worded by the file validator, which speaks English whatever the reader's language: marked lang="en". */
  validatorItems?: readonly string[];
}

/** A lead sentence and the problems it introduces, the reader's language first. */
export function ErrorAlert({ lead, items = [], validatorItems = [] }: ErrorAlertProps) {
  const all = [...items.map((text) => ({ text, lang: undefined })), ...validatorItems.map((text) => ({ text, lang: 'en' }))];
  return (
    <div role="alert" class="notice error">
      <p>{lead}</p>
      {all.length > 0 && (
        <ul>
          {all.map(({ text, lang }) => (
            <li key={`${lang ?? ''}:${text}`} lang={lang}>
              {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
