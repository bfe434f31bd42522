/**
 * The extension manifest, as a pure function of the target browser.
 *
 * Kept out of wxt.config.ts so the permission invariant (README, "Permissions") is tested
 * directly: tests/unit/manifest.test.ts compares it with the approved list.
 */

/** Video-call sites a practitioner may grant the overlay on, one click at a time. */
export const VIDEO_CALL_HOSTS = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://*.doxy.me/*',
] as const;

/**
 * Any https site, so a practitioner can grant the overlay on their own web EHR. Optional:
 * nothing is granted at install, and each site is asked for on a click (runtime permissions).
 */
export const ANY_HTTPS_HOST = 'https://*/*';

/** Required permissions, and why. Anything added here must be justified in README.md. */
export const APPROVED_PERMISSIONS = {
  // unlimitedStorage: no quota on the records, and Chrome does not evict unlimited-storage extensions under pressure.
  // activeTab: "Allow on this site" reads the address of the tab the guide was opened on (no install warning,
  // nothing granted until the toolbar button or its shortcut is used, and only for that tab).
  // storage: the on-call card remembers where it was put on each site (extension storage, which pages cannot read).
  chrome: ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'],
  firefox: ['activeTab', 'alarms', 'scripting', 'storage', 'unlimitedStorage'],
} as const;

/** Asked for only when the user turns a feature on. */
export const OPTIONAL_PERMISSIONS = ['notifications'] as const;

const ICONS = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

/**
 * The extension pages' content security policy (panel, review page, background), the same in
 * Chrome and Firefox. Everything is bundled, so nothing may load from elsewhere: no remote or
 * inline script, no plugins, no requests off the device, no <base> rewriting. Styles come from the
 * bundled CSS files; Preact sets style properties through the CSSOM, which style-src does not
 * govern. The overlay runs under the host page's policy instead (see components/overlay).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const GECKO_ID = 'imr-session-guide@imr-guide.org';

export type TargetBrowser = 'chrome' | 'firefox' | string;

/** Parses E2E_HOST_PERMISSIONS: comma-separated match patterns, only loopback hosts allowed. */
export function parseTestHosts(value: string | undefined): string[] {
  if (!value) return [];
  const hosts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const host of hosts) {
    if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+|:\*)?\/\*$/.test(host)) {
      throw new Error(
        `E2E_HOST_PERMISSIONS accepts only loopback match patterns such as http://127.0.0.1/*; got "${host}"`,
      );
    }
  }
  return hosts;
}

export function buildManifest(browser: TargetBrowser, e2eHosts?: string) {
  const testHosts = parseTestHosts(e2eHosts);
  const isFirefox = browser === 'firefox';
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // WXT adds no action key without a popup; the toolbar button opens the side panel.
    action: { default_title: '__MSG_extActionTitle__', default_icon: ICONS },
    icons: ICONS,
    permissions: [...(isFirefox ? APPROVED_PERMISSIONS.firefox : APPROVED_PERMISSIONS.chrome)],
    optional_permissions: [...OPTIONAL_PERMISSIONS],
    optional_host_permissions: [...VIDEO_CALL_HOSTS, ANY_HTTPS_HOST],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      // Opens the panel (Chrome: the action opens the side panel; Firefox: the sidebar).
      [isFirefox ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+I' },
      },
      'next-step': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextStep__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTogglePause__',
      },
    },
  };
  if (testHosts.length > 0) manifest.host_permissions = testHosts;
  if (isFirefox) {
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}
