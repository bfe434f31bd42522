/**
 * Everything that differs between Chrome and Firefox, behind one small interface:
 * side panel vs sidebar, optional permissions, alarms, notifications, runtime content scripts.
 * The rest of the code never branches on the browser.
 *
 * Usage (background): const platform = createPlatform(browser); await platform.configurePanel();
 */
import type { browser as browserApi } from 'wxt/browser';
import { createLogger } from '../log';

type Browser = typeof browserApi;

const log = createLogger('platform');

type Api = Browser;

/** Firefox-only API, absent from Chrome's types. */
interface SidebarAction {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

export const OVERLAY_SCRIPT_ID = 'imr-overlay';
export const OVERLAY_SCRIPT_FILE = 'content-scripts/overlay.js';
/** Shows the card while the extension is there (public/content-scripts/overlay-live.css says why). */
export const OVERLAY_STYLE_FILE = 'content-scripts/overlay-live.css';
/**
 * The sites the user allowed the card on, kept beside the registration: a browser may drop
 * runtime-registered scripts when the extension is updated or reloaded (Firefox does for an add-on
 * loaded temporarily), and the card must come back on its own rather than silently stop appearing.
 */
export const OVERLAY_SITES_KEY = 'overlaySites';

function patternOf(origin: string): string {
  return `${origin.replace(/\/$/, '')}/*`;
}

export function createPlatform(api: Api) {
  const sidebar = (api as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const sidePanel = (api as unknown as { sidePanel?: Api['sidePanel'] }).sidePanel;

  // Firefox's match patterns take no port (a pattern with one is refused), so there a site is its
  // scheme and host: a typed http://127.0.0.1:8080 covers every port of that host. Real call and EHR
  // sites are https on the default port, where both browsers behave the same.
  const portless = !sidePanel?.setPanelBehavior;
  const originPattern = (origin: string) => patternOf(portless ? origin.replace(/:\d+$/, '') : origin);

  let overlayQueue: Promise<void> = Promise.resolve();
  const hasNotifications = (): Promise<boolean> => api.permissions.contains({ permissions: ['notifications'] });

  return {
    kind: sidePanel?.setPanelBehavior ? ('side-panel' as const) : ('sidebar' as const),

    /** Toolbar button opens the panel: Chrome does it natively, Firefox via onClicked. */
    async configurePanel(): Promise<void> {
      if (sidePanel?.setPanelBehavior) {
        await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
      } else if (sidebar) {
        api.action.onClicked.addListener(() => {
          // Must run inside the user gesture: no await before it.
          Promise.resolve(sidebar.toggle ? sidebar.toggle() : sidebar.open()).catch(log.catcher('opening the sidebar'));
        });
      }
    },

    /** The host match patterns the manifest lets the extension hold or ask for (see lib/platform/origins.ts). */
    hostPatterns(): string[] {
      const manifest = api.runtime.getManifest() as { host_permissions?: string[]; optional_host_permissions?: string[] };
      return [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    },

    /**
     * Opens the guide for the tab the card was clicked in. Chrome's side panel opens only inside a
     * user gesture, so this is called before any await; Firefox opens a sidebar only from its own
     * UI events, so there, or when Chrome refuses, the guide opens in a tab instead.
     */
    openPanelFor(tab: { id?: number; windowId?: number }): Promise<void> {
      const inTab = async () => {
        await api.tabs.create({ url: api.runtime.getURL('/sidepanel.html'), ...(tab.windowId === undefined ? {} : { windowId: tab.windowId }) });
      };
      if (sidePanel?.open && tab.id !== undefined) {
        return sidePanel.open({ tabId: tab.id }).catch((error: unknown) => {
          log.warn('opening the side panel from the card; opening the guide in a tab', error);
          return inTab();
        });
      }
      return inTab();
    },

    hasHost(origin: string): Promise<boolean> {
      return api.permissions.contains({ origins: [originPattern(origin)] });
    },
    /** Must be called from a user gesture. */
    requestHost(origin: string): Promise<boolean> {
      return api.permissions.request({ origins: [originPattern(origin)] });
    },
    /** Several origins in one prompt (a preset such as Teams has two). Must be called from a user gesture. */
    requestHosts(origins: readonly string[]): Promise<boolean> {
      return api.permissions.request({ origins: origins.map(originPattern) });
    },
    /**
     * The address of the web page the practitioner is on, for "Allow on this site": the active tab,
     * or, when the guide itself is open in a tab, the page used just before it. Readable only with
     * activeTab (granted by the toolbar button or its shortcut) or a host permission; null otherwise.
     */
    async activeTabUrl(): Promise<string | null> {
      const own = api.runtime.getURL('/');
      const tabs = (await api.tabs.query({ lastFocusedWindow: true })).filter((tab) => tab.url && !tab.url.startsWith(own));
      const active = tabs.find((tab) => tab.active);
      const recent = active ?? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      return recent?.url ?? null;
    },
    removeHost(origin: string): Promise<boolean> {
      return api.permissions.remove({ origins: [originPattern(origin)] });
    },
    /** Must be called from a user gesture. */
    requestNotifications(): Promise<boolean> {
      return api.permissions.request({ permissions: ['notifications'] });
    },
    hasNotifications,

    async notify(id: string, title: string, message: string): Promise<void> {
      if (!(await hasNotifications())) return;
      await api.notifications.create(id, {
        type: 'basic',
        iconUrl: api.runtime.getURL('/icons/128.png'),
        title,
        message,
        silent: true,
      });
    },

    /** Whether the panel is open (Chrome 116+ can tell); assume closed when the browser cannot say. */
    async panelOpen(): Promise<boolean> {
      const runtime = api.runtime as unknown as { getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]> };
      if (!runtime.getContexts) return false;
      const contexts = await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
      return contexts.length > 0;
    },

    scheduleAlarm(name: string, when: number): Promise<void> {
      return Promise.resolve(api.alarms.create(name, { when }));
    },
    async clearAlarm(name: string): Promise<void> {
      await api.alarms.clear(name);
    },

    /** Origins the overlay is registered on (only ones the user granted). */
    async overlayOrigins(): Promise<string[]> {
      const scripts = await api.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
      return (scripts[0]?.matches ?? []).map((m) => m.replace(/\/\*$/, ''));
    },
    registerOverlay(origins: string[]): Promise<void> {
      return queued(async () => {
        await replaceOverlay(origins);
        await api.storage.local
          .set({ [OVERLAY_SITES_KEY]: origins })
          .catch(log.catcher('keeping the list of allowed sites for after an update', 'warn'));
      });
    },
    /**
     * Registers the card again on the allowed sites when the browser has dropped the registration
     * (after an update or reload), for those sites whose access is still granted. Answers the sites
     * it restored; none when the registration was there or nothing was allowed.
     */
    restoreOverlay(): Promise<string[]> {
      return queued(async () => {
        const registered = await api.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
        if (registered.length > 0) return [];
        const stored = (await api.storage.local.get(OVERLAY_SITES_KEY))[OVERLAY_SITES_KEY];
        const sites = Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
        const granted: string[] = [];
        for (const site of sites) if (await api.permissions.contains({ origins: [originPattern(site)] })) granted.push(site);
        if (granted.length === 0) return [];
        await replaceOverlay(granted);
        log.warn(`the card was registered again on ${granted.length} allowed site(s) after the browser dropped it`);
        return granted;
      });
    },
  };

  /** Registration is read-modify-write of one script id: overlapping calls run one after another. */
  function queued<T>(task: () => Promise<T>): Promise<T> {
    const run = overlayQueue.then(task);
    // The caller gets the failure through `run`; the queue logs it and moves on to the next call.
    overlayQueue = run.then(() => undefined, log.catcher('registering the overlay content script', 'warn'));
    return run;
  }

  async function replaceOverlay(origins: string[]): Promise<void> {
    const existing = await api.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    if (origins.length === 0) return;
    await api.scripting.registerContentScripts([
      {
        id: OVERLAY_SCRIPT_ID,
        js: [OVERLAY_SCRIPT_FILE],
        css: [OVERLAY_STYLE_FILE],
        matches: [...new Set(origins.map(originPattern))],
        runAt: 'document_idle',
        // The card belongs on the call page itself, never in each embedded frame of it.
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
}

export type Platform = ReturnType<typeof createPlatform>;
