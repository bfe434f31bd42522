/**
 * lib/platform/adapter.ts against hand-made browser objects: only the API surface the adapter
 * touches, each method a vi.fn, so every call to the browser can be checked.
 */
import { describe, expect, it, vi } from 'vitest';
import { createPlatform, OVERLAY_SCRIPT_FILE, OVERLAY_SCRIPT_ID, OVERLAY_SITES_KEY, OVERLAY_STYLE_FILE } from '../../lib/platform/adapter';

type Api = Parameters<typeof createPlatform>[0];

interface FakeOptions {
  /** Chrome: `sidePanel`; Firefox: `sidebarAction` (with or without `toggle`). */
  panel: 'side-panel' | 'sidebar' | 'sidebar-without-toggle';
  /** What permissions.contains answers. */
  granted?: boolean;
  /** Whether runtime.getContexts exists (Chrome 116+), and what it answers. */
  contexts?: unknown[] | null;
  /** What scripting.getRegisteredContentScripts answers. */
  registered?: { id: string; matches?: string[] }[];
  /** What extension storage holds (the allowed sites kept for after an update). */
  stored?: Record<string, unknown>;
  /** Origins (match patterns) still granted; all when absent. */
  grantedOrigins?: string[];
}

function fakeBrowser({ panel, granted = true, contexts = null, registered = [], stored = {}, grantedOrigins }: FakeOptions) {
  const storage: Record<string, unknown> = { ...stored };
  const runtime: { getURL: (path: string) => string; getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]> } = {
    getURL: vi.fn((path: string) => `chrome-extension://ext-id${path}`),
  };
  if (contexts) runtime.getContexts = vi.fn(async () => contexts);
  const browser = {
    action: { onClicked: { addListener: vi.fn<(listener: () => void) => void>() } },
    permissions: {
      contains: vi.fn(async (query: { origins?: string[] }) =>
        query.origins && grantedOrigins ? query.origins.every((o) => grantedOrigins.includes(o)) : granted,
      ),
      request: vi.fn(async () => true),
      remove: vi.fn(async () => true),
    },
    notifications: { create: vi.fn(async (id: string) => id) },
    runtime,
    alarms: {
      // Typed loosely: the adapter copes with a promise or with nothing returned.
      create: vi.fn<(name: string, info: { when: number }) => Promise<void> | void>(async () => undefined),
      clear: vi.fn(async () => true),
    },
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in storage ? { [key]: storage[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(storage, items)),
      },
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
    },
    sidePanel: panel === 'side-panel' ? { setPanelBehavior: vi.fn(async () => undefined) } : undefined,
    sidebarAction:
      panel === 'side-panel'
        ? undefined
        : { open: vi.fn(async () => undefined), ...(panel === 'sidebar' ? { toggle: vi.fn(async () => undefined) } : {}) },
  };
  return { browser, storage, platform: createPlatform(browser as unknown as Api) };
}

describe('createPlatform: panel', () => {
  it('is a side panel in Chrome, which opens it on the toolbar button itself', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel' });
    expect(platform.kind).toBe('side-panel');
    await platform.configurePanel();
    expect(browser.sidePanel?.setPanelBehavior).toHaveBeenCalledExactlyOnceWith({ openPanelOnActionClick: true });
    expect(browser.action.onClicked.addListener).not.toHaveBeenCalled();
  });

  it('is a sidebar in Firefox, toggled from a toolbar click listener within the user gesture', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'sidebar' });
    expect(platform.kind).toBe('sidebar');
    await platform.configurePanel();
    expect(browser.action.onClicked.addListener).toHaveBeenCalledTimes(1);
    const listener = browser.action.onClicked.addListener.mock.calls[0]![0];
    expect(browser.sidebarAction?.toggle).not.toHaveBeenCalled();
    listener();
    // Synchronously: nothing awaited between the click and the call.
    expect(browser.sidebarAction?.toggle).toHaveBeenCalledTimes(1);
    expect(browser.sidebarAction?.open).not.toHaveBeenCalled();
  });

  it('opens the Firefox sidebar when toggle is missing', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'sidebar-without-toggle' });
    expect(platform.kind).toBe('sidebar');
    await platform.configurePanel();
    const listener = browser.action.onClicked.addListener.mock.calls[0]![0];
    listener();
    expect(browser.sidebarAction?.open).toHaveBeenCalledTimes(1);
  });

  it('asks the browser whether the side panel is open when it can tell', async () => {
    const open = fakeBrowser({ panel: 'side-panel', contexts: [{ contextType: 'SIDE_PANEL' }] });
    expect(await open.platform.panelOpen()).toBe(true);
    expect(open.browser.runtime.getContexts).toHaveBeenCalledExactlyOnceWith({ contextTypes: ['SIDE_PANEL'] });

    const closed = fakeBrowser({ panel: 'side-panel', contexts: [] });
    expect(await closed.platform.panelOpen()).toBe(false);
  });

  it('assumes the panel is closed when the browser cannot tell', async () => {
    const { platform } = fakeBrowser({ panel: 'sidebar' });
    expect(await platform.panelOpen()).toBe(false);
  });
});

describe('createPlatform: permissions', () => {
  it('checks, requests and removes host access as an origin/* pattern', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel', granted: false });
    expect(await platform.hasHost('https://meet.google.com')).toBe(false);
    expect(browser.permissions.contains).toHaveBeenCalledExactlyOnceWith({ origins: ['https://meet.google.com/*'] });
    expect(await platform.requestHost('https://teams.microsoft.com/')).toBe(true);
    expect(browser.permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://teams.microsoft.com/*'] });
    expect(await platform.removeHost('https://meet.google.com')).toBe(true);
    expect(browser.permissions.remove).toHaveBeenCalledExactlyOnceWith({ origins: ['https://meet.google.com/*'] });
  });

  it('requests and checks the notifications permission', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel' });
    expect(await platform.requestNotifications()).toBe(true);
    expect(browser.permissions.request).toHaveBeenCalledExactlyOnceWith({ permissions: ['notifications'] });
    expect(await platform.hasNotifications()).toBe(true);
    expect(browser.permissions.contains).toHaveBeenCalledExactlyOnceWith({ permissions: ['notifications'] });
  });
});

describe('createPlatform: notifications', () => {
  it('shows nothing without the notifications permission', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel', granted: false });
    await platform.notify('cue', 'IMR Session Guide', '1:00 left in Check-in.');
    expect(browser.permissions.contains).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(browser.notifications.create).not.toHaveBeenCalled();
  });

  it('creates a silent basic notification with the extension icon when permitted', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel', granted: true });
    await platform.notify('cue', 'IMR Session Guide', '1:00 left in Check-in.');
    expect(browser.runtime.getURL).toHaveBeenCalledWith('/icons/128.png');
    expect(browser.notifications.create).toHaveBeenCalledExactlyOnceWith('cue', {
      type: 'basic',
      iconUrl: 'chrome-extension://ext-id/icons/128.png',
      title: 'IMR Session Guide',
      message: '1:00 left in Check-in.',
      silent: true,
    });
  });
});

describe('createPlatform: overlay content script', () => {
  const registration = (origins: string[]) => [
    {
      id: OVERLAY_SCRIPT_ID,
      js: [OVERLAY_SCRIPT_FILE],
      css: [OVERLAY_STYLE_FILE],
      matches: origins.map((o) => `${o}/*`),
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ];

  it('registers on the granted origins, idle and persistent', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'side-panel' });
    await platform.registerOverlay(['https://meet.google.com', 'https://teams.microsoft.com/']);
    expect(browser.scripting.getRegisteredContentScripts).toHaveBeenCalledWith({ ids: [OVERLAY_SCRIPT_ID] });
    expect(browser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledExactlyOnceWith(
      registration(['https://meet.google.com', 'https://teams.microsoft.com']),
    );
  });

  it('unregisters an existing registration before registering again', async () => {
    const { browser, platform } = fakeBrowser({
      panel: 'side-panel',
      registered: [{ id: OVERLAY_SCRIPT_ID, matches: ['https://meet.google.com/*'] }],
    });
    await platform.registerOverlay(['https://whereby.com']);
    const { unregisterContentScripts: unregister, registerContentScripts: register } = browser.scripting;
    expect(unregister).toHaveBeenCalledExactlyOnceWith({ ids: [OVERLAY_SCRIPT_ID] });
    expect(register).toHaveBeenCalledExactlyOnceWith(registration(['https://whereby.com']));
    expect(unregister.mock.invocationCallOrder[0]).toBeLessThan(register.mock.invocationCallOrder[0]!);
  });

  it('registers nothing for an empty list, removing what was there', async () => {
    const { browser, platform } = fakeBrowser({
      panel: 'side-panel',
      registered: [{ id: OVERLAY_SCRIPT_ID, matches: ['https://meet.google.com/*'] }],
    });
    await platform.registerOverlay([]);
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledExactlyOnceWith({ ids: [OVERLAY_SCRIPT_ID] });
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();

    const empty = fakeBrowser({ panel: 'side-panel' });
    await empty.platform.registerOverlay([]);
    expect(empty.browser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(empty.browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('reads the registered origins back from the match patterns', async () => {
    const { browser, platform } = fakeBrowser({
      panel: 'side-panel',
      registered: [{ id: OVERLAY_SCRIPT_ID, matches: ['https://meet.google.com/*', 'https://teams.microsoft.com/*'] }],
    });
    expect(await platform.overlayOrigins()).toEqual(['https://meet.google.com', 'https://teams.microsoft.com']);
    expect(browser.scripting.getRegisteredContentScripts).toHaveBeenCalledExactlyOnceWith({ ids: [OVERLAY_SCRIPT_ID] });
  });

  it('keeps the allowed sites beside the registration, and an empty list when all are removed', async () => {
    const { storage, platform } = fakeBrowser({ panel: 'side-panel' });
    await platform.registerOverlay(['https://meet.google.com']);
    expect(storage[OVERLAY_SITES_KEY]).toEqual(['https://meet.google.com']);
    await platform.registerOverlay([]);
    expect(storage[OVERLAY_SITES_KEY]).toEqual([]);
  });

  it('registers the card again after the browser dropped it, on the sites still granted', async () => {
    const { browser, platform } = fakeBrowser({
      panel: 'side-panel',
      stored: { [OVERLAY_SITES_KEY]: ['https://meet.google.com', 'https://ehr.example.org', 42] },
      grantedOrigins: ['https://meet.google.com/*'],
    });
    expect(await platform.restoreOverlay()).toEqual(['https://meet.google.com']);
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledExactlyOnceWith(registration(['https://meet.google.com']));
  });

  it('leaves a registration that is still there, and registers nothing when no site was allowed', async () => {
    const kept = fakeBrowser({
      panel: 'side-panel',
      registered: [{ id: OVERLAY_SCRIPT_ID, matches: ['https://meet.google.com/*'] }],
      stored: { [OVERLAY_SITES_KEY]: ['https://meet.google.com'] },
    });
    expect(await kept.platform.restoreOverlay()).toEqual([]);
    expect(kept.browser.scripting.registerContentScripts).not.toHaveBeenCalled();

    const none = fakeBrowser({ panel: 'side-panel' });
    expect(await none.platform.restoreOverlay()).toEqual([]);
    const revoked = fakeBrowser({ panel: 'side-panel', stored: { [OVERLAY_SITES_KEY]: ['https://meet.google.com'] }, grantedOrigins: [] });
    expect(await revoked.platform.restoreOverlay()).toEqual([]);
    expect(none.browser.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(revoked.browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('reads no origins when the overlay is not registered or has no matches', async () => {
    expect(await fakeBrowser({ panel: 'side-panel' }).platform.overlayOrigins()).toEqual([]);
    expect(await fakeBrowser({ panel: 'side-panel', registered: [{ id: OVERLAY_SCRIPT_ID }] }).platform.overlayOrigins()).toEqual([]);
  });
});

describe('createPlatform: alarms', () => {
  it('schedules an alarm at a time and clears it by name', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'sidebar' });
    await platform.scheduleAlarm('imr-cue', 1_700_000_060_000);
    expect(browser.alarms.create).toHaveBeenCalledExactlyOnceWith('imr-cue', { when: 1_700_000_060_000 });
    await platform.clearAlarm('imr-cue');
    expect(browser.alarms.clear).toHaveBeenCalledExactlyOnceWith('imr-cue');
  });

  it('resolves when alarms.create returns nothing rather than a promise', async () => {
    const { browser, platform } = fakeBrowser({ panel: 'sidebar' });
    browser.alarms.create.mockReturnValue(undefined);
    await expect(platform.scheduleAlarm('imr-cue', 1)).resolves.toBeUndefined();
  });
});
