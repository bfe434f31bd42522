/**
 * Builds what the end-to-end tests load: the production Chrome and Firefox builds (checked for
 * their permissions) and the end-to-end Chrome build, which may also run on 127.0.0.1 pages.
 * Fails at once, with instructions, when no browser is installed: the suite never skips.
 */
import { execFileSync } from 'node:child_process';
import { findChrome } from '../../scripts/chrome-path.mjs';

export const E2E_HOSTS = 'http://127.0.0.1/*';

function build(args: string[], env: Record<string, string> = {}) {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

export default function setup() {
  findChrome();
  if (process.env.E2E_SKIP_BUILD) return;
  // Production builds must never carry test hosts, whatever the caller's environment says.
  build([], { E2E_HOST_PERMISSIONS: '' });
  build(['-b', 'firefox'], { E2E_HOST_PERMISSIONS: '' });
  build([], { E2E_HOST_PERMISSIONS: E2E_HOSTS });
}
