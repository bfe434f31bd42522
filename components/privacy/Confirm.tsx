import { useEffect, useId, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface ConfirmProps {
  title: string;
  children: ComponentChildren;
  yes: string;
  no: string;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
}

/**
 * A second, explicit step before something that cannot be undone. Focus moves to its title when
 * it opens, so a screen reader reads what is asked; the caller returns focus when it closes.
 */
export function Confirm({ title, children, yes, no, busy = false, onYes, onNo }: ConfirmProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  return (
    <div
      class="notice warn stack backup-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onNo();
      }}
    >
      <h4 id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {title}
      </h4>
      {children}
      <div class="row">
        <button type="button" class="danger" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" disabled={busy} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
