/**
 * The browser half of `npm run bench`: builds the production Chrome build (whose sizes are
 * reported) and the end-to-end Chrome build (which the benches drive; the same code, plus access
 * to 127.0.0.1 pages for the call fixture), starts bench/results.json afresh, and prints the whole
 * table once every bench file has run. Only Chromium is needed (found as the end-to-end tests find
 * it: CHROME_PATH, then the usual places). E2E_SKIP_BUILD=1 measures the builds already there.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findChrome } from '../../../scripts/chrome-path.mjs';
import { E2E_HOSTS } from '../../e2e/global-setup';
import { RESULTS_FILE, resultTable } from './results';

function build(env: Record<string, string>) {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

export default function setup() {
  findChrome();
  rmSync(RESULTS_FILE, { force: true });
  if (!process.env.E2E_SKIP_BUILD) {
    build({ E2E_HOST_PERMISSIONS: '' });
    build({ E2E_HOST_PERMISSIONS: E2E_HOSTS });
  }
  return () => {
    console.log(`\nFigures of this run (also in ${RESULTS_FILE}):`);
    console.table(resultTable());
  };
}
