/**
 * Launches the Firefox production build in a real Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive Firefox ESR here).
 *
 * Firefox sends no load, console or error events from extension pages over BiDi, so:
 * - navigation to a moz-extension:// page is started without waiting for it and then polled;
 * - errors are read from the browser process's output: uncaught errors print as
 *   `JavaScript error: moz-extension://…`, and a console listener installed in the browser's own
 *   window prints every content security policy message (`Content-Security-Policy: …`), which
 *   Firefox would otherwise show only in its console.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFirefox } from '../../../scripts/firefox-path.mjs';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
/** The gecko id in the manifest (lib/platform/manifest.ts). */
export const GECKO_ID = 'imr-session-guide@imr-guide.org';
/** Fixed through `extensions.webextensions.uuids`, so page addresses are known before install. */
export const EXTENSION_UUID = '5d0c7a3e-2b61-4f0e-9a8c-1e4b6d2f7a90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function extensionUrl(path: string): string {
  return `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
}

const CSP_MARK = 'IMR-CSP';

/** Runs in the browser's own window: echoes content security policy messages to stdout. */
const CSP_LISTENER = `(() => {
  Services.console.registerListener({
    observe(message) {
      let text = message.message ?? '';
      let source = '';
      try {
        const error = message.QueryInterface(Ci.nsIScriptError);
        text = error.errorMessage;
        source = error.sourceName;
      } catch {}
      if (text.includes('Content-Security-Policy')) dump('${CSP_MARK} ' + source + ' ' + text.replace(/\\s+/g, ' ') + '\\n');
    },
  });
  return 'listening';
})()`;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Every line the browser process printed, stdout and stderr. */
  output: string[];
  /** Uncaught JavaScript errors from the extension's pages and background script. */
  extensionErrors(): string[];
  /** Content security policy messages about the extension's pages (blocked loads, inline code, eval). */
  cspViolations(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<LaunchedFirefox> {
  const profileDir = mkdtempSync(join(tmpdir(), 'imr-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    // Without it Firefox refuses navigation to moz-extension:// pages and access to its own window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      // Allowing a site again after it was removed would otherwise wait on a prompt no driver answers.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const output: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const record = (stream: 'stdout' | 'stderr') => (chunk: Buffer | string) => {
    const lines = (partial[stream] + String(chunk)).split('\n');
    partial[stream] = lines.pop() ?? '';
    output.push(...lines);
  };
  const child = browser.process();
  child?.stdout?.on('data', record('stdout'));
  child?.stderr?.on('data', record('stderr'));

  try {
    await listenForCsp(browser);
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const lines = () => [...output, partial.stdout, partial.stderr];
  return {
    browser,
    output,
    extensionErrors: () => lines().filter((line) => line.includes('JavaScript error: moz-extension://')),
    cspViolations: () => lines().filter((line) => line.startsWith(CSP_MARK) && line.includes('moz-extension://')),
    async close() {
      // Pages first, then the browser: avoids a shutdown warning.
      for (const page of await browser.pages()) await page.close().catch(() => undefined);
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Registers the console listener in the browser window (a BiDi chrome-scope evaluation). */
async function listenForCsp(browser: Browser): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const browserWindow = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? contexts[0];
  if (!browserWindow) throw new Error('Firefox showed no browser window to listen for CSP messages in');
  const evaluated = await connection.send('script.evaluate', {
    expression: CSP_LISTENER,
    target: { context: browserWindow.context },
    awaitPromise: false,
  });
  const value = (evaluated.result as { type: string; result?: { value?: unknown } });
  if (value.type !== 'success' || value.result?.value !== 'listening') {
    throw new Error(`Could not listen for CSP messages in Firefox: ${JSON.stringify(evaluated.result)}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Navigates to an extension page and waits until it has loaded. `page.goto()` never resolves for
 * moz-extension:// pages, so it is started and the page polled; a marker left on the old document
 * tells a reload of the same address from the page before it.
 */
export async function navigate(page: Page, url: string, timeout = 15_000): Promise<void> {
  await page
    .evaluate(() => {
      (window as unknown as { __imrLeaving?: boolean }).__imrLeaving = true;
    })
    .catch(() => undefined);
  page.goto(url).catch(() => undefined);
  await waitForLoad(page, url, timeout);
}

export async function reload(page: Page, timeout = 15_000): Promise<void> {
  // page.url() stays about:blank: Firefox reports no navigation of extension pages.
  const url = await page.evaluate(() => {
    (window as unknown as { __imrLeaving?: boolean }).__imrLeaving = true;
    setTimeout(() => location.reload(), 0);
    return location.href;
  });
  await waitForLoad(page, url, timeout);
}

async function waitForLoad(page: Page, url: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const loaded = await page.evaluate(
        (u) => location.href === u && document.readyState === 'complete' && !(window as unknown as { __imrLeaving?: boolean }).__imrLeaving,
        url,
      );
      if (loaded) return;
    } catch {
      // The document is being replaced: try again.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`);
    await sleep(100);
  }
}

export async function openExtensionPage(launched: LaunchedFirefox, path: string): Promise<Page> {
  const page = await launched.browser.newPage();
  await navigate(page, extensionUrl(path));
  return page;
}

/** Waits until an extension page has its navigation and has finished loading what it shows. */
export async function panelReady(page: Page) {
  await page.waitForSelector('nav', { timeout: 15_000 });
  await page.waitForFunction(() => !/^(Loading…|Laden…)$/m.test(document.body.innerText), { polling: 100 });
}
