/** How the programme editor reports problems: under the field, and as an alert listing them. */
import { useT } from '../state/app-store';
import { SHOWN_PROBLEMS_MAX } from '../../lib/limits';
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

/**
 * A lead sentence and the problems it introduces, the reader's language first. A broken file can
 * have thousands of problems: the first SHOWN_PROBLEMS_MAX are listed and the rest counted.
 */
export function ErrorAlert({ lead, items = [], validatorItems = [] }: ErrorAlertProps) {
  const t = useT();
  const all = [...items.map((text) => ({ text, lang: undefined })), ...validatorItems.map((text) => ({ text, lang: 'en' }))];
  const shown = all.slice(0, SHOWN_PROBLEMS_MAX);
  const more = all.length - shown.length;
  return (
    <div role="alert" class="notice error">
      <p>{lead}</p>
      {shown.length > 0 && (
        <ul>
          {shown.map(({ text, lang }, i) => (
            <li key={`${i}:${lang ?? ''}:${text}`} lang={lang}>
              {text}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>{more === 1 ? t('programme.moreProblems.one') : t('programme.moreProblems.other', { n: more })}</p>}
    </div>
  );
}
