/**
 * Reading records that stay fresh as other pages write: read once, read again on every change
 * notice that concerns the reader, and let only the newest read land. Used by the group views,
 * the end-of-session summary and the review page.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../state/app-store';
import type { StoreName } from '../../lib/db/schema';
import type { ChangeNotice } from '../../lib/db/changes';

/** Which change notices call for a new read: any change to one of these stores, or those the test accepts. */
export type LiveWatch = readonly StoreName[] | ((notice: ChangeNotice) => boolean);

export interface LiveReadOptions {
  /** Awaited before the first read only (not before re-reads), e.g. the page's own start-up load. */
  before?: () => Promise<unknown>;
}

/** Replaces the value shown until the next read lands, e.g. to show a choice at once while it is saved. */
export type LiveUpdate<T> = (update: (current: T | null) => T | null) => void;

/**
 * The result of `read`, read again whenever a change notice matches `watch` (on any page), with a
 * way to update it locally. Null until the first read lands. `read` and `watch` are taken afresh
 * only when `deps` change.
 */
export function useLiveState<T>(
  read: () => Promise<T>,
  watch: LiveWatch,
  deps: readonly unknown[],
  options: LiveReadOptions = {},
): [T | null, LiveUpdate<T>] {
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
    if (options.before) void options.before().then(load);
    else load();
    const matches = typeof watch === 'function' ? watch : (n: ChangeNotice) => n.stores.some((s) => watch.includes(s));
    const off = app.repo.bus.subscribe((n) => {
      if (matches(n)) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [app, ...deps]);
  return [value, setValue];
}

/** useLiveState without the local update: what most readers need. */
export function useLiveRead<T>(read: () => Promise<T>, watch: LiveWatch, deps: readonly unknown[], options?: LiveReadOptions): T | null {
  return useLiveState(read, watch, deps, options)[0];
}

