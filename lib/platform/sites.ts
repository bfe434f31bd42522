/**
 * The video-call sites offered as one-click presets for the on-call card, and how much room each
 * keeps for its own controls at the bottom of the window, so the card starts (and stays) clear of
 * them. Shared by the panel (the presets in Settings) and the card (where it may sit); pure data,
 * no browser.
 *
 * Each preset's origins are optional host permissions in the manifest (VIDEO_CALL_HOSTS), asked
 * for on a click; `*.` covers the bare domain and every subdomain, as in a match pattern
 * (Zoom's web client runs on app.zoom.us and regional hosts such as us02web.zoom.us).
 *
 * Usage:
 *   platform.requestHosts(SITE_PRESETS[0].origins)
 *   bottomInsetFor(location.hostname)   // 96 on meet.google.com, 0 on an EHR
 */
export interface SitePreset {
  id: 'meet' | 'zoom' | 'teams' | 'doxy';
  /** A product name, the same in every language. */
  name: string;
  /** Origins as granted and registered: `https://host` or `https://*.domain`. */
  origins: readonly string[];
  /** CSS pixels the site's bottom toolbar takes; the card keeps above it. */
  bottomInset: number;
}

export const SITE_PRESETS: readonly SitePreset[] = [
  { id: 'meet', name: 'Google Meet', origins: ['https://meet.google.com'], bottomInset: 96 },
  { id: 'zoom', name: 'Zoom (web client)', origins: ['https://*.zoom.us'], bottomInset: 88 },
  { id: 'teams', name: 'Microsoft Teams', origins: ['https://teams.microsoft.com', 'https://teams.live.com'], bottomInset: 88 },
  { id: 'doxy', name: 'Doxy.me', origins: ['https://*.doxy.me'], bottomInset: 96 },
];

/** Whether `hostname` is covered by `origin` (an `https://host` or `https://*.domain` origin). */
export function originCoversHost(origin: string, hostname: string): boolean {
  const host = origin.replace(/^https?:\/\//, '').replace(/:\d+$/, '').toLowerCase();
  const name = hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return name === base || name.endsWith(`.${base}`);
  }
  return name === host;
}

/** The preset a granted origin belongs to, if any (to show its name in Settings). */
export function presetOfOrigin(origin: string): SitePreset | undefined {
  return SITE_PRESETS.find((preset) => preset.origins.includes(origin));
}

/** Room to keep free at the bottom of the window on this host: the preset's toolbar, else none. */
export function bottomInsetFor(hostname: string): number {
  return SITE_PRESETS.find((preset) => preset.origins.some((origin) => originCoversHost(origin, hostname)))?.bottomInset ?? 0;
}
