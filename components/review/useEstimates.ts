/**
 * Fidelity estimates for the review page, remembered per selection. Estimating every group over
 * 10,000 sessions takes over a second in a browser; a supervisor going from one group back to
 * "all groups" should not wait for it again. The memory is dropped whenever the records or the
 * curriculum change, so an estimate is never stale.
 */
import { useMemo, useRef } from 'preact/hooks';

/** Selections remembered at once; a supervisor moves between a handful. */
export const REMEMBERED_SELECTIONS = 12;

export function useRemembered<T>(key: string, compute: () => T, resetWhen: readonly unknown[]): T {
  const cache = useRef(new Map<string, T>());
  const stamp = useRef<readonly unknown[]>(resetWhen);
  if (stamp.current.length !== resetWhen.length || stamp.current.some((v, i) => v !== resetWhen[i])) {
    cache.current = new Map();
    stamp.current = resetWhen;
  }
  return useMemo(() => {
    const remembered = cache.current.get(key);
    if (remembered !== undefined) {
      // Most recently used last, so the oldest goes first when the memory is full.
      cache.current.delete(key);
      cache.current.set(key, remembered);
      return remembered;
    }
    const value = compute();
    cache.current.set(key, value);
    if (cache.current.size > REMEMBERED_SELECTIONS) cache.current.delete(cache.current.keys().next().value as string);
    return value;
    // `key` and `resetWhen` describe everything `compute` reads.
  }, [key, ...resetWhen]);
}
