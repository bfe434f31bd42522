/**
 * The on-call card in a real Firefox ESR (the Firefox end-to-end build, which may run on 127.0.0.1
 * fixture pages): allowed through Settings, it appears styled on that site and not on other pages,
 * a drag is kept after a reload, and revoking the site removes it from the open page.
 * Its root is closed and nothing here can look inside it in Firefox (puppeteer's aria queries do
 * not reach closed roots over WebDriver BiDi), so the card is found the way a page sees it: by
 * where its host answers `elementFromPoint`. Its words and buttons are checked in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchFirefox, navigate, openExtensionPage, type LaunchedFirefox } from './firefox/harness';

const FIREFOX_E2E_BUILD = resolve('.output/e2e/firefox-mv3');
const TAG = 'imr-guide-overlay';
const xpath = (expression: string) => `::-p-xpath(${expression})`;
const quoted = (s: string) => JSON.stringify(s);
const button = (name: string, within = '') => xpath(`${within}//button[normalize-space(.)=${quoted(name)}]`);
const buttonStartingWith = (prefix: string) => xpath(`//button[starts-with(normalize-space(.), ${quoted(prefix)})]`);

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // The page is navigating: try again.
    }
    if (Date.now() > deadline) throw new Error(`${what}: last saw ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * The card's box as the page sees it: points over the card hit its host (the closed root hides the
 * rest), so a grid of `elementFromPoint` probes outlines it. Null when no point hits it.
 */
async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((tag) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let x = 0; x < innerWidth; x += 4) {
      for (let y = 0; y < innerHeight; y += 4) {
        if (document.elementFromPoint(x, y)?.localName !== tag) continue;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  }, TAG);
}

describe('Firefox: the on-call card', () => {
  let launched: LaunchedFirefox;
  let demo: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    demo = await startDemoServer();
    launched = await launchFirefox(FIREFOX_E2E_BUILD);
  });
  afterAll(async () => {
    await launched?.close();
    await demo?.close();
  });

  it('appears styled on the allowed site only, keeps a drag after a reload and goes when the site is revoked', async () => {
    const panel = await openExtensionPage(launched, 'sidepanel.html');
    await panel.waitForSelector('nav', { timeout: 15_000 });
    await panel.locator(button('Load demo data')).click();
    await panel.waitForSelector(`::-p-text("Demo group loaded")`);
    await panel.locator(button('Settings', '//nav')).click();
    await panel.locator(xpath(`//label[contains(normalize-space(.), "Site address")]//input`)).fill(demo.origin);
    await panel.locator(button('Allow on a site')).click();
    // Firefox's match patterns take no port: the site is listed as scheme and host.
    const site = demo.origin.replace(/:\d+$/, '');
    await panel.waitForSelector(xpath(`//span[normalize-space(.)=${quoted(site)}]`), { timeout: 10_000 }).catch(async (error: unknown) => {
      const seen = await panel.evaluate(() => document.querySelector('fieldset')?.closest('form, section, main')?.textContent ?? document.body.innerText);
      throw new Error(`The site was not allowed; the panel says: ${seen.slice(0, 1500)}`, { cause: error });
    });
    await panel.locator(button('Sessions', '//nav')).click();
    await panel.locator(buttonStartingWith('Start session')).click();
    await panel.waitForSelector('[role="timer"]');

    const call = await launched.browser.newPage();
    await call.setViewport({ width: 1280, height: 800 });
    await call.goto(`${demo.origin}/e2e/call`);
    await waitFor(() => call.$(TAG), (h) => h !== null, 'the card on the allowed page');
    const first = await waitFor(() => cardBox(call), (b) => b !== null && b.width >= 150, 'the card drawn with its styles');
    // Bottom-right, in its corner.
    expect(first!.x + first!.width).toBeGreaterThan(1280 - 40);
    // Not on a page outside the allowed sites (an extension page is the one such page this build
    // can open without a network; Chromium also checks a second fixture site).
    const elsewhere = await openExtensionPage(launched, 'review.html');
    expect(await elsewhere.$(TAG)).toBeNull();
    await elsewhere.close();

    // A drag by the grip (the card's first control, at its top left), kept after a reload.
    const grip = { x: first!.x + 20, y: first!.y + 18 };
    await call.mouse.move(grip.x, grip.y);
    await call.mouse.down();
    await call.mouse.move(grip.x - 200, grip.y - 200, { steps: 8 });
    await call.mouse.up();
    const moved = await waitFor(() => cardBox(call), (b) => b !== null && b.x < first!.x - 150, 'the card moved');
    await call.reload();
    const after = await waitFor(() => cardBox(call), (b) => b !== null && Math.abs(b.x - moved!.x) <= 4 && Math.abs(b.y - moved!.y) <= 4, 'the card where it was put');
    expect(after).not.toBeNull();

    // Revoked in Settings: the open page loses its card.
    await panel.bringToFront();
    await panel.locator(button('Settings', '//nav')).click();
    await panel.locator(button(`Remove ${site}`)).click();
    await waitFor(async () => call.$(TAG), (h) => h === null, 'the card gone after revoking');
    await call.close();
    await navigate(panel, 'about:blank').catch(() => undefined);
  });

  it('printed no uncaught error from the extension', () => {
    expect(launched.extensionErrors()).toEqual([]);
  });
});
