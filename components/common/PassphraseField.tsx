import { SHORT_TEXT_MAX } from '../../lib/limits';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
}

/** The optional passphrase of an exported file (supervision, feedback), with what to do with it. */
export function PassphraseField({ id, label, hint, value, onInput }: Props) {
  return (
    <>
      <label class="field">
        {label}
        <input
          type="password"
          autocomplete="new-password"
          maxLength={SHORT_TEXT_MAX}
          value={value}
          aria-describedby={`${id}-hint`}
          onInput={(ev) => onInput((ev.target as HTMLInputElement).value)}
        />
      </label>
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
    </>
  );
}
