/**
 * State for the running-session view: the session record mirrored from IndexedDB, a ticking
 * "now", and the clock derived from both. Writes go through the repository's transactional
 * update; typed text is journaled first so closing the panel mid-keystroke loses nothing.
 *
 * Typed text is never dropped: it waits in `pending` until a database write containing it has
 * committed. Writes are coalesced (one in flight at a time, carrying every field typed meanwhile),
 * and a failed write is retried with a growing delay. `saveState` says truthfully where the text
 * is: saved, waiting in the journal, or only on this page.
 */
import { computed, signal } from '@preact/signals';
import type { Session } from '../../lib/model';
import { deriveClock } from '../../lib/session/clock';
import { applyClockAction, type ClockAction } from '../../lib/session/actions';
import { fieldKey, writeTextField, type TextField } from '../../lib/session/text-fields';
import { stampAmendment } from '../../lib/session/amend';
import type { Journal } from '../../lib/db/journal';
import { createLogger } from '../../lib/log';
import type { AppStore } from './app-store';

const log = createLogger('session');

/** Retry delays after a failed save; the last repeats until the write succeeds. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

export interface SaveState {
  /** Some typed text has not reached the database yet. */
  unsaved: boolean;
  /** Why the last write failed, when it did. */
  failure: 'quota' | 'other' | null;
  /** The safety copy (journal) could not be written for the last keystroke. */
  journalFailed: boolean;
}

interface PendingText {
  field: TextField;
  value: string;
  at: number;
}

export function createSessionModel(app: AppStore, sessionId: string, journal: Journal | null) {
  const session = signal<Session | null | undefined>(undefined);
  const now = signal(app.now());
  const clock = computed(() => (session.value ? deriveClock(session.value.plan, session.value.events, now.value) : null));
  // Boundary-level views of the clock: primitives, so they notify only when a step or status
  // changes, and the prompts and participants below the timer do not re-render on every tick.
  const stepIndex = computed(() => clock.value?.current?.index ?? null);
  const status = computed(() => clock.value?.status ?? null);
  const visitedKey = computed(() => clock.value?.steps.filter((s) => s.visited).map((s) => s.stepId).join(',') ?? '');
  const saveState = signal<SaveState>({ unsaved: false, failure: null, journalFailed: false });

  const pending = new Map<string, PendingText>();
  let inFlight = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  async function reload() {
    session.value = (await app.repo.getSession(sessionId)) ?? null;
  }

  const unsubscribe = app.repo.bus.subscribe((notice) => {
    if (notice.stores.includes('sessions') && (!notice.ids || notice.ids.includes(sessionId))) {
      reload().catch(app.report);
    }
  });
  // Four ticks a second keeps the display within a quarter second of the derived time.
  const ticker = setInterval(() => {
    now.value = app.now();
  }, 250);

  async function update(change: (s: Session) => Session) {
    try {
      session.value = await app.repo.updateSession(sessionId, (s) => stampAmendment(change(s), s, app.now()));
    } catch (e) {
      app.report(e);
    }
  }

  function setSave(patch: Partial<SaveState>) {
    const next = { ...saveState.value, ...patch };
    const current = saveState.value;
    if (next.unsaved !== current.unsaved || next.failure !== current.failure || next.journalFailed !== current.journalFailed) {
      saveState.value = next;
    }
  }

  /** Writes every pending field in one transaction; settles the journal only for what committed. */
  async function flush(): Promise<void> {
    if (inFlight || pending.size === 0) return;
    inFlight = true;
    const batch = [...pending.values()];
    try {
      session.value = await app.repo.updateSession(sessionId, (s) =>
        stampAmendment(
          batch.reduce((acc, p) => writeTextField(acc, p.field, p.value, p.at), s),
          s,
          app.now(),
        ),
      );
      failures = 0;
      for (const written of batch) {
        const key = fieldKey(written.field);
        // By identity, not by time: two keystrokes can share a millisecond (or a coarser clock, as
        // Firefox gives with fingerprinting protection), and the newer text must stay pending.
        if (pending.get(key) === written) pending.delete(key);
        journal?.settle(sessionId, key, written.at, written.value);
      }
      setSave({ unsaved: pending.size > 0, failure: null });
    } catch (e) {
      const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
      log.error(`saving typed text failed (attempt ${failures + 1}); it is kept and retried`, e);
      setSave({ unsaved: true, failure: quota ? 'quota' : 'other' });
      scheduleRetry();
    } finally {
      inFlight = false;
    }
    // Text typed while the write was in flight goes in the next one.
    if (pending.size > 0 && retryTimer === undefined) await flush();
  }

  function scheduleRetry() {
    if (retryTimer !== undefined) return;
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, delay);
  }

  return {
    session,
    clock,
    stepIndex,
    status,
    visitedKey,
    now,
    saveState,
    reload,
    async act(action: ClockAction) {
      const at = app.now();
      await update((s) => applyClockAction(s, action, at));
      now.value = app.now();
      app.sessionChanged();
    },
    update,
    /** Saves typed text: journal synchronously, then the database, then settle the journal. */
    saveText(field: TextField, value: string): Promise<void> {
      const at = app.now();
      const key = fieldKey(field);
      const journaled = journal ? journal.put({ sessionId, fieldKey: key, value, at }) : true;
      pending.set(key, { field, value, at });
      setSave({ unsaved: true, journalFailed: !journaled });
      // While a retry is waiting, new text joins it rather than hammering a failing database.
      return retryTimer === undefined ? flush() : Promise.resolve();
    },
    /**
     * Text typed on this page for `field` that no committed write contains yet, or undefined. While
     * there is some, the stored text is older than what the field shows and must not replace it.
     */
    unsavedText(field: TextField): string | undefined {
      return pending.get(fieldKey(field))?.value;
    },
    /** Tries a failed save again now (the "Try again" button). */
    retryNow(): Promise<void> {
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
      return flush();
    },
    dispose() {
      clearInterval(ticker);
      unsubscribe();
      // A waiting retry goes on after the view closes: the text is not saved yet. If the page
      // closes too, the journal replays it on next start.
      if (pending.size > 0) log.warn(`${pending.size} field(s) not yet saved when the session view closed; still retrying`);
    },
  };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
