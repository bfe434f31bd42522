/**
 * State for the running-session view: the session record mirrored from IndexedDB, a ticking
 * "now", and the clock derived from both. Writes go through the repository's transactional
 * update; typed text is journaled first so closing the panel mid-keystroke loses nothing.
 */
import { computed, signal } from '@preact/signals';
import type { Session } from '../../lib/model';
import { deriveClock } from '../../lib/session/clock';
import { applyClockAction, type ClockAction } from '../../lib/session/actions';
import { fieldKey, writeTextField, type TextField } from '../../lib/session/text-fields';
import type { Journal } from '../../lib/db/journal';
import type { AppStore } from './app-store';

export function createSessionModel(app: AppStore, sessionId: string, journal: Journal | null) {
  const session = signal<Session | null | undefined>(undefined);
  const now = signal(app.now());
  const clock = computed(() => (session.value ? deriveClock(session.value.plan, session.value.events, now.value) : null));
  // Boundary-level views of the clock: primitives, so they notify only when a step or status
  // changes, and the prompts and participants below the timer do not re-render on every tick.
  const stepIndex = computed(() => clock.value?.current?.index ?? null);
  const status = computed(() => clock.value?.status ?? null);
  const visitedKey = computed(() => clock.value?.steps.filter((s) => s.visited).map((s) => s.stepId).join(',') ?? '');

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
      session.value = await app.repo.updateSession(sessionId, change);
    } catch (e) {
      app.report(e);
    }
  }

  return {
    session,
    clock,
    stepIndex,
    status,
    visitedKey,
    now,
    reload,
    async act(action: ClockAction) {
      const at = app.now();
      await update((s) => applyClockAction(s, action, at));
      now.value = app.now();
      app.sessionChanged();
    },
    update,
    /** Saves typed text: journal synchronously, then the database, then settle the journal. */
    saveText(field: TextField, value: string) {
      const at = app.now();
      const key = fieldKey(field);
      journal?.put({ sessionId, fieldKey: key, value, at });
      void update((s) => writeTextField(s, field, value, at)).then(() => journal?.settle(sessionId, key, at, value));
    },
    dispose() {
      clearInterval(ticker);
      unsubscribe();
    },
  };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
