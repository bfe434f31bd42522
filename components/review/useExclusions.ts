/**
 * Which sessions this profile leaves out of the estimates, kept fresh as any page changes them,
 * and the one-click actions. A click shows its effect at once (the map is updated locally, so
 * every estimate, chart and export on the page follows in the same render) and is then written;
 * the write's change notice brings the stored state back, so a failed write undoes itself.
 */
import { useMemo } from 'preact/hooks';
import { useApp } from '../state/app-store';
import { useLiveState } from '../common/useLiveRead';
import type { ExclusionMap, ExclusionReason } from '../../lib/fidelity/exclusions';

const NONE: ExclusionMap = new Map();

export interface Exclusions {
  map: ExclusionMap;
  exclude: (sessionId: string, reason: ExclusionReason) => Promise<void>;
  include: (sessionId: string) => Promise<void>;
}

export function useExclusions(): Exclusions {
  const app = useApp();
  // 'meta': unlocking or erasing everything.
  const [map, update] = useLiveState(() => app.repo.listExclusions(), ['exclusions', 'meta'], []);
  return useMemo(() => {
    const reread = async () => {
      try {
        const fresh = await app.repo.listExclusions();
        update(() => fresh);
      } catch (e) {
        app.report(e);
      }
    };
    return {
      map: map ?? NONE,
      async exclude(sessionId, reason) {
        update((current) => new Map(current ?? NONE).set(sessionId, { sessionId, reason, excludedAt: app.now() }));
        try {
          await app.repo.excludeSession(sessionId, reason, app.now());
        } catch (e) {
          app.report(e);
          await reread();
        }
      },
      async include(sessionId) {
        update((current) => {
          const next = new Map(current ?? NONE);
          next.delete(sessionId);
          return next;
        });
        try {
          await app.repo.includeSession(sessionId);
        } catch (e) {
          app.report(e);
          await reread();
        }
      },
    };
  }, [app, map, update]);
}
