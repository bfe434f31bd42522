/**
 * Hooks the group editors share: a form draft that saves on commit, and the latest value for async
 * work. Neither is specific to groups; they live here until a second folder wants them in
 * components/common/ (where useLiveRead already is).
 */
import { useRef, useState } from 'preact/hooks';

/** A ref that always holds the latest render's value, for async work that must not act on a stale one. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/**
 * A form draft, seeded once: later updates to the record are this form's own saves and must not
 * overwrite what is being typed. `change(patch, true)` saves at once (choices); text fields pass
 * false and call `commit` on blur, so typing never triggers a write.
 */
export function useDraft<D extends object>(initial: () => D, save: (draft: D) => Promise<void>) {
  const [draft, setDraft] = useState(initial);
  // Events can arrive before a re-render (an input, then its blur): each builds on the last, and commit saves what was typed.
  const latest = useRef(draft);

  function change(patch: Partial<D>, commit: boolean) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    if (commit) void save(next);
  }

  return {
    draft,
    change,
    commit: () => void save(latest.current),
    /** The draft including changes not yet rendered. */
    current: () => latest.current,
  };
}
