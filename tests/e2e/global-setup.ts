/**
 * Builds what the end-to-end tests load: the production Chrome and Firefox builds (checked for
 * their permissions; the Firefox one also runs in Firefox ESR) and the end-to-end Chrome build,
 * which may also run on 127.0.0.1 pages.
 * Fails at once, with instructions, when Chromium or Firefox ESR is missing: the suite never skips.
 */
import { execFileSync } from 'node:child_process';
import { findChrome } from '../../scripts/chrome-path.mjs';
import { findFirefox } from '../../scripts/firefox-path.mjs';

export const E2E_HOSTS = 'http://127.0.0.1/*';
/**
 * Firefox match patterns take no port, so every 127.0.0.1 page is the one allowed site there; a
 * second loopback host, never allowed, is the page where the card must not appear.
 */
export const FIREFOX_E2E_HOSTS = `${E2E_HOSTS},http://localhost/*`;

function build(args: string[], env: Record<string, string> = {}) {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

export default function setup() {
  findChrome();
  findFirefox();
  if (process.env.E2E_SKIP_BUILD) return;
  // Production builds must never carry test hosts, whatever the caller's environment says.
  build([], { E2E_HOST_PERMISSIONS: '' });
  build(['-b', 'firefox'], { E2E_HOST_PERMISSIONS: '' });
  build([], { E2E_HOST_PERMISSIONS: E2E_HOSTS });
  // The on-call card in Firefox ESR runs on 127.0.0.1 fixture pages too.
  build(['-b', 'firefox'], { E2E_HOST_PERMISSIONS: FIREFOX_E2E_HOSTS });
}
