/**
 * Hooks the group views share: reading records that stay fresh as other pages write, and a form
 * draft that saves on commit. Neither is specific to groups (ReviewApp has its own copy of the
 * first); they live here until a second folder wants them in components/common/.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../state/app-store';
import type { StoreName } from '../../lib/db/schema';

/**
 * The result of `read`, read again whenever one of `stores` changes (on any page). Null until the
 * first read lands. `read` is taken afresh only when `deps` change.
 */
export function useLiveRead<T>(read: () => Promise<T>, stores: readonly StoreName[], deps: readonly unknown[]): T | null {
  const app = useApp();
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      // A slow earlier read must not overwrite a newer one.
      const ticket = ++latest;
      read()
        .then((next) => {
          if (live && ticket === latest) setValue(next);
        })
        .catch(app.report);
    };
    load();
    const off = app.repo.bus.subscribe((n) => {
      if (n.stores.some((s) => stores.includes(s))) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [app, ...deps]);
  return value;
}

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
