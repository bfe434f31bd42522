/**
 * The review page's records, kept fresh without re-reading everything. With 10,000 sessions a
 * full read takes seconds and holds a read transaction on `sessions`, which a practitioner's save
 * in the panel must then wait behind; typing a note once re-read everything on every keystroke.
 * Now change notices are coalesced, and a notice that names its sessions re-reads only those:
 * a running session (not shown here) changes nothing and costs no render. Notices that do not
 * say what changed (imports, restores, unlocking) still read everything once.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp, type AppStore } from '../state/app-store';
import type { ChangeNotice } from '../../lib/db/changes';
import type { Group, Participant, Session } from '../../lib/model';
import type { StoreName } from '../../lib/db/schema';

export interface ReviewData {
  groups: Group[];
  participants: Participant[];
  sessions: Session[];
  /** When the data was read: "now" for the estimates and "today" for the period filter. */
  loadedAt: number;
  /** False for the first, quick read: the newest sessions only, shown while everything is read. */
  complete: boolean;
}

/** Sessions in the first, quick read: a page of the sessions table. */
export const FIRST_READ_SESSIONS = 50;
/** Above this many sessions the newest are shown on their own before everything is read. */
export const FIRST_READ_ABOVE = 1_000;

/** Resolves after the browser has painted what was rendered. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const after = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(after);
    else after();
  });
}

/** How long notices are gathered before acting on them: typing sends one per keystroke. */
export const COALESCE_MS = 400;

// 'meta': unlocking or locking changes what can be read; 'sources': removing a source.
const WATCHED: readonly StoreName[] = ['sessions', 'groups', 'participants', 'meta', 'sources'];

export async function readReviewData(app: AppStore): Promise<ReviewData> {
  const [groups, sessions, participants] = await Promise.all([app.repo.listGroups(), app.repo.listAllSessions(), app.repo.listAllParticipants()]);
  return { groups, participants, sessions, loadedAt: app.now(), complete: true };
}

/** The newest ended sessions with the groups: enough to show something useful at once. */
export async function readFirstPage(app: AppStore): Promise<ReviewData> {
  const [groups, sessions] = await Promise.all([app.repo.listGroups(), app.repo.listRecentEndedSessions(FIRST_READ_SESSIONS)]);
  return { groups, participants: [], sessions, loadedAt: app.now(), complete: false };
}

/** What a batch of notices asks for: everything, or just these sessions. */
export interface Pending {
  all: boolean;
  sessionIds: Set<string>;
}

export function gather(pending: Pending, notice: ChangeNotice): Pending {
  if (!notice.stores.some((s) => WATCHED.includes(s))) return pending;
  const onlySessions = notice.stores.every((s) => s === 'sessions') && notice.ids !== undefined;
  if (!onlySessions) return { all: true, sessionIds: pending.sessionIds };
  return { all: pending.all, sessionIds: new Set([...pending.sessionIds, ...(notice.ids ?? [])]) };
}

/**
 * `data` with the given sessions replaced (or removed when gone); the same object when nothing a
 * reader of ended sessions would see has changed, so no render follows.
 */
export function patchSessions(data: ReviewData, fresh: ReadonlyMap<string, Session | undefined>): ReviewData {
  let changed = false;
  const seen = new Set<string>();
  const sessions: Session[] = [];
  for (const s of data.sessions) {
    if (!fresh.has(s.id)) {
      sessions.push(s);
      continue;
    }
    seen.add(s.id);
    const next = fresh.get(s.id);
    if (!next) {
      changed = true;
      continue;
    }
    // A running session is not shown: its keystrokes need no render.
    if (next !== s && (next.status === 'ended' || s.status === 'ended')) changed = true;
    sessions.push(next);
  }
  for (const [id, next] of fresh) {
    if (seen.has(id) || !next) continue;
    sessions.push(next);
    if (next.status === 'ended') changed = true;
  }
  return changed ? { ...data, sessions } : data;
}

/**
 * Groups, participants and sessions, kept fresh as other pages write. Null while loading. The
 * page's own start-up load (settings, adaptation) comes first, so the data first shows in the
 * chosen language and curriculum.
 */
export function useReviewData(): ReviewData | null {
  const app = useApp();
  const [data, setData] = useState<ReviewData | null>(null);

  useEffect(() => {
    let live = true;
    let current: ReviewData | null = null;
    let pending: Pending = { all: false, sessionIds: new Set() };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;

    const land = (next: ReviewData) => {
      if (!live || next === current) return;
      current = next;
      setData(next);
    };

    async function flush() {
      timer = undefined;
      if (running) return schedule();
      const batch = pending;
      pending = { all: false, sessionIds: new Set() };
      running = true;
      try {
        if (batch.all || !current || !current.complete) land(await readReviewData(app));
        else if (batch.sessionIds.size > 0) {
          const ids = [...batch.sessionIds];
          const fresh = await Promise.all(ids.map((id) => app.repo.getSession(id)));
          if (current) land(patchSessions(current, new Map(ids.map((id, i) => [id, fresh[i]]))));
        }
      } catch (e) {
        app.report(e);
      } finally {
        running = false;
      }
    }

    function schedule() {
      if (timer === undefined) timer = setTimeout(() => void flush(), COALESCE_MS);
    }

    void app
      .load()
      .then(async () => {
        // With thousands of sessions the full read takes seconds, and turning its result into
        // objects blocks the page meanwhile: show the newest sessions first and let them paint.
        if ((await app.repo.countSessions()) > FIRST_READ_ABOVE) {
          land(await readFirstPage(app));
          await nextPaint();
        }
        land(await readReviewData(app));
      })
      .catch(app.report);
    const off = app.repo.bus.subscribe((notice) => {
      const next = gather(pending, notice);
      if (next === pending) return;
      pending = next;
      schedule();
    });
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      off();
    };
  }, [app]);

  return data;
}
