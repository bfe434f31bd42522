/**
 * Launches the built extension in a real Chromium with a persistent profile, and records every
 * network request so tests can assert that nothing leaves the device.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { findChrome } from '../../scripts/chrome-path.mjs';

export const E2E_BUILD = resolve('.output/e2e/chrome-mv3');
export const PROD_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');

// Service-worker requests are only reported to Playwright with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Every request URL seen in any page, frame or the service worker. */
  requests: string[];
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'imr-e2e-'));
}

export async function launch(profileDir = newProfileDir(), extensionDir = E2E_BUILD): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, profileDir, requests, close: () => context.close() };
}

export function panelUrl(launched: Launched): string {
  return `chrome-extension://${launched.extensionId}/sidepanel.html`;
}

export function reviewUrl(launched: Launched): string {
  return `chrome-extension://${launched.extensionId}/review.html`;
}

/** Requests that went anywhere other than the extension itself or a loopback test page. */
export function externalRequests(launched: Launched): string[] {
  return launched.requests.filter((url) => {
    const u = new URL(url);
    // chrome: pages are the browser's own UI (used by tests), not the extension reaching out.
    if (['chrome-extension:', 'chrome:', 'data:', 'blob:'].includes(u.protocol)) return false;
    return !(u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (injected through the debugger protocol, so the page's CSP is not involved). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/**
 * Stored or exported JSON with its base64 strings (ciphertexts, IVs, salts) emptied, so a search
 * for plaintext such as a participant code cannot match random letters inside a ciphertext ("P02"
 * turns up in about one in ten encrypted databases by chance).
 */
export function withoutCiphertext(json: string): string {
  return json.replace(/"[A-Za-z0-9+/=]{12,}"/g, '""');
}
