/**
 * The panel's and review page's shared state, built by a factory from signals (no module-level
 * singletons) and injected through context. It mirrors IndexedDB and refreshes on change notices,
 * so two open pages never disagree for long.
 */
import { computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LockedError, LOCK_NOTICE, type Repo, type VaultState } from '../../lib/db/repo';
import { ClockLogFullError } from '../../lib/session/actions';
import { createLogger } from '../../lib/log';
import type { Platform } from '../../lib/platform/adapter';
import type { Journal } from '../../lib/db/journal';
import { replayJournal } from '../../lib/session/replay';
import type { PageToBackground } from '../../lib/messaging/contract';
import type { Group, Session } from '../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { detectLocale } from '../../lib/i18n/locale';
import { HOME_GROUP_LIMIT } from '../../lib/session/home-groups';
import { loadMessageTables } from '../../lib/i18n/load';
import { translatorOver, type MessageTables } from '../../lib/i18n/translate';
import { loadCurriculum, type BuiltInContent } from '../../lib/curriculum/load';

/** The curriculum in use: built-in content with the programme's adaptation applied. */
export type Curriculum = BuiltInContent;
/** What the pages show until the curriculum's chunk is in; `ready` waits for it, so no screen sees this. */
const NO_CONTENT: Curriculum = { modules: [], templates: [], prompts: [] };
const log = createLogger('app');

/** Keeps a chunk's promise; a failed load is tried again when next asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}

export type Route =
  | { name: 'home' }
  | { name: 'groups' }
  | { name: 'group'; groupId: string }
  | { name: 'plan'; groupId: string }
  | { name: 'run'; sessionId: string }
  | { name: 'summary'; sessionId: string }
  | { name: 'modules' }
  | { name: 'module'; moduleId: string }
  | { name: 'settings' };

export interface Environment {
  repo: Repo;
  languages: readonly string[];
  /** Sends a checked message to the background; absent in component tests. */
  sendToBackground?: (message: PageToBackground) => Promise<unknown>;
  /** Browser permissions (overlay sites, notifications); absent in component tests. */
  platform?: Platform;
  /** Write-ahead journal for typed text (localStorage in the panel). */
  journal?: Journal;
  /** Opens the supervisor review page. */
  openReview?: () => void;
  /** Opens the participant view (share.html) in a new tab, to share in the call. */
  openShare?: () => void;
  now?: () => number;
}

export function createAppStore(env: Environment) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const groups = signal<Group[]>([]);
  /** The last session dates Home orders a long list of groups by, read before the first frame. */
  const recentDates = signal<{ dates: Map<string, string>; complete: boolean } | null>(null);
  const running = signal<Session[]>([]);
  const route = signal<Route>({ name: 'home' });
  const ready = signal(false);
  const curriculum = signal<Curriculum>(NO_CONTENT);
  // The strings and the curriculum load as chunks of their own, beside the database (issue 12).
  const messages = signal<MessageTables | null>(null);
  const messagesFailed = signal(false);
  const builtIn = once(loadCurriculum);
  const tables = once(loadMessageTables);
  const error = signal<string | null>(null);
  /** A database upgrade is waiting for other pages to close. */
  const blocked = signal(false);
  /** Encryption at rest: off, or on and locked/unlocked on this page. */
  const vault = signal<VaultState>('off');
  const locale = computed(() => settings.value.locale ?? detectLocale(env.languages));
  const t = computed(() => translatorOver(messages.value, locale.value));

  async function refreshSettings() {
    settings.value = await env.repo.getSettings();
  }
  async function refreshGroups() {
    // The panel works with this profile's own groups; imported ones belong to the review page.
    groups.value = (await env.repo.listGroups()).filter((g) => !g.source);
  }
  /**
   * With more groups than Home lists, Home orders them by their last session: that short walk is
   * read with the rest of the start-up data, so Home's first frame already has its groups and
   * "Start session" (issue 12). Home keeps the dates fresh itself afterwards.
   */
  async function refreshRecentDates() {
    const ids = groups.value.map((g) => g.id);
    recentDates.value = ids.length > HOME_GROUP_LIMIT ? await env.repo.latestEndedDates(ids, { enough: HOME_GROUP_LIMIT }) : null;
  }
  async function refreshCurriculum() {
    const [chunk, stored] = await Promise.all([builtIn(), env.repo.getAdaptation()]);
    curriculum.value = stored ? chunk.adapt(stored.adaptation) : chunk.builtIn;
  }
  async function refreshRunning() {
    running.value = await env.repo.runningSessions();
  }

  /** Loads what the page shows; while locked, only what carries nothing private. */
  async function loadData() {
    if (vault.value === 'locked') {
      await Promise.all([refreshSettings(), refreshRunning(), refreshCurriculum()]);
      return;
    }
    // Text typed just before the panel last closed goes into the database before anything is shown.
    if (env.journal) await replayJournal(env.journal, env.repo);
    await Promise.all([refreshSettings(), refreshGroups().then(refreshRecentDates), refreshRunning(), refreshCurriculum()]);
  }

  async function loadMessages() {
    if (messages.value) return;
    try {
      messages.value = await tables();
      messagesFailed.value = false;
    } catch (e) {
      messagesFailed.value = true;
      throw e;
    }
  }
  // Both start at once, so they load while the page opens the database; load() awaits them.
  // Failures are reported there; these only keep them from going unhandled.
  void builtIn().catch(log.catcher('preloading the curriculum', 'warn'));
  void loadMessages().catch(log.catcher('loading the UI strings'));

  function lockHere() {
    env.repo.forgetKey();
    vault.value = 'locked';
    // Nothing private stays in the page's memory.
    groups.value = [];
  }

  async function refreshVault() {
    const state = await env.repo.vaultState();
    if (state === 'locked' && vault.value !== 'locked') lockHere();
    else vault.value = state;
  }

  const unsubscribe = env.repo.bus.subscribe((notice) => {
    if (notice.stores.includes('meta')) {
      if (notice.ids?.includes(LOCK_NOTICE)) lockHere();
      else refreshVault().catch(report);
    }
    if (vault.value === 'locked' && !notice.stores.includes('settings') && !notice.stores.includes('sessions')) return;
    const jobs: Promise<void>[] = [];
    if (notice.stores.includes('settings')) jobs.push(refreshSettings());
    if (notice.stores.includes('groups') && vault.value !== 'locked') jobs.push(refreshGroups());
    if (notice.stores.includes('sessions')) jobs.push(refreshRunning());
    if (notice.stores.includes('adaptations')) jobs.push(refreshCurriculum());
    Promise.all(jobs).catch(report);
  });

  function report(e: unknown) {
    log.error('shown to the user', e);
    // A full disk is the one failure a practitioner can act on; typed text stays in the journal.
    if (e instanceof DOMException && e.name === 'QuotaExceededError') error.value = t.value('app.quota');
    else if (e instanceof LockedError) error.value = t.value('lock.lockedWrite');
    else if (e instanceof ClockLogFullError) error.value = t.value('app.clockLogFull');
    else error.value = e instanceof Error ? e.message : String(e);
  }

  return {
    env,
    repo: env.repo,
    settings,
    groups,
    recentDates,
    running,
    route,
    curriculum,
    /** Every UI string, once its chunk is in; pages render nothing before (no untranslated keys). */
    messages,
    /** The strings' chunk could not be loaded (an extension updated under an open page). */
    messagesFailed,
    ready,
    error,
    blocked,
    vault,
    locale,
    t,
    now: env.now ?? Date.now,
    report,
    dismissError() {
      error.value = null;
    },
    navigate(next: Route) {
      route.value = next;
    },
    async load() {
      try {
        vault.value = await env.repo.vaultState();
        await Promise.all([loadData(), loadMessages()]);
        // A running session takes the practitioner straight back to it after the panel reopens.
        const active = running.value[0];
        if (active) route.value = { name: 'run', sessionId: active.id };
        ready.value = true;
      } catch (e) {
        report(e);
      }
    },
    async updateSettings(patch: Partial<Settings>) {
      try {
        settings.value = await env.repo.updateSettings(patch);
      } catch (e) {
        report(e);
      }
    },
    /** Throws WrongPassphraseError (nothing changed) when the passphrase is wrong. */
    async unlock(passphrase: string) {
      await env.repo.unlock(passphrase);
      vault.value = 'unlocked';
      await loadData();
    },
    /** Locks this page and every other open page of the guide. */
    lock() {
      env.repo.lock();
      lockHere();
    },
    /** Idle time ran out on this page. */
    lockThisPage: lockHere,
    /** Re-reads the vault state after this page turned encryption on or off. */
    refreshVault,
    /** Tells the background a session's clock changed, so it reschedules cues. */
    sessionChanged() {
      // The background reschedules cues on its next wake-up anyway; a missed notice only delays a cue.
      env.sendToBackground?.({ type: 'page/session-changed' }).catch(log.catcher('telling the background a session changed', 'warn'));
    },
    dispose() {
      unsubscribe();
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;

export const AppContext = createContext<AppStore | null>(null);

export function useApp(): AppStore {
  const store = useContext(AppContext);
  if (!store) throw new Error('useApp outside AppContext');
  return store;
}

/** The translator for the current language; re-renders when the language changes. */
export function useT() {
  return useApp().t.value;
}
