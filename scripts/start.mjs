// `npm start`: build the extension, serve the demo call page on 127.0.0.1, and open Chromium
// (or Chrome) with the extension loaded and the demo page open. Headed on a desktop; headless
// when CI=true or there is no display. Ctrl+C (or closing the browser) stops everything.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './chrome-path.mjs';
import { startDemoServer } from './demo-server.mjs';

const executablePath = findChrome();
const headless = process.env.CI === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

console.log('Building the extension…');
// The demo page is on 127.0.0.1, so this build may also show the overlay there.
execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, E2E_HOST_PERMISSIONS: 'http://127.0.0.1/*' },
});
const extensionDir = resolve('.output/e2e/chrome-mv3');

const demo = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
const profileDir = resolve('.start-profile');
mkdirSync(profileDir, { recursive: true });

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless,
  viewport: null,
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

// For the demo only: show the floating timer on the local call page at once, as if the user had
// allowed the site in Settings (the build may run on 127.0.0.1; real sites are asked for per click).
await worker.evaluate(async (origin) => {
  const scripting = globalThis.chrome.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: ['imr-overlay'] });
  const matches = [...new Set([...(existing[0]?.matches ?? []).filter((m) => !m.startsWith('http://127.0.0.1')), `${origin}/*`])];
  if (existing.length) await scripting.unregisterContentScripts({ ids: ['imr-overlay'] });
  await scripting.registerContentScripts([
    { id: 'imr-overlay', js: ['content-scripts/overlay.js'], matches, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}, demo.origin);

const call = context.pages()[0] ?? (await context.newPage());
await call.goto(`${demo.origin}/call`);
// The real side panel opens from the toolbar button; the panel page is also opened in a tab so
// the product is visible at once (and in headless mode).
const panel = await context.newPage();
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

console.log(`
IMR Session Guide is running.
  Demo call page:  ${demo.origin}/call
  Side panel:      click the extension's toolbar button (or use the tab that was opened)
  Try it:          "Load demo data", then "Start session".
${headless ? '  (headless: no display found; set DISPLAY for a visible browser)\n' : ''}Press Ctrl+C to stop.`);

const stop = async () => {
  await context.close().catch(() => undefined);
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
context.on('close', () => void demo.close().then(() => process.exit(0)));
if (process.env.START_EXIT_AFTER_MS) setTimeout(stop, Number(process.env.START_EXIT_AFTER_MS));
