/**
 * The on-call card on local fixture pages (a video call with a full-window grid and a bottom
 * toolbar, and an EHR form that resets all CSS), allowed through Settings in the end-to-end build.
 * The tests run in order: each continues the session the one before it left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { externalRequests, launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { OVERLAY_TAG, OverlayPage } from './pages/overlay';

const NOTE = 'Private note: ZQ spoke about the hospital';

describe('on-call card on a granted call page', () => {
  let launched: Launched;
  let demo: { origin: string; close: () => Promise<void> };
  let other: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    demo = await startDemoServer();
    other = await startDemoServer();
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
    await demo?.close();
    await other?.close();
  });

  it('appears on an allowed page and not on another, and mirrors the panel both ways', async () => {
    const call = await launched.context.newPage();
    // A laptop-sized call window.
    await call.setViewportSize({ width: 1280, height: 800 });
    await call.goto(`${demo.origin}/e2e/call`);
    const elsewhere = await launched.context.newPage();
    await elsewhere.goto(`${other.origin}/e2e/ehr`);

    const panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.navigate('Settings');
    // Presets are offered; nothing is granted until one is clicked.
    for (const site of ['Google Meet', 'Zoom (web client)', 'Microsoft Teams', 'Doxy.me']) {
      expect(await panel.button(`Allow on ${site}`).count()).toBe(1);
    }
    await panel.page.getByLabel(/Site address/).fill(demo.origin);
    await panel.button('Allow on a site').click();
    await expect.poll(() => panel.page.getByText(demo.origin, { exact: true }).count()).toBe(1);
    await panel.navigate('Sessions');
    await panel.button(/Start session/).first().click();
    await panel.timer().waitFor();

    await call.reload();
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step 1 of 8/);
    await elsewhere.reload();
    await elsewhere.waitForTimeout(1000);
    expect(await elsewhere.locator(OVERLAY_TAG).count()).toBe(0);
    // Closed: no script of the page can open it.
    expect(await overlay.shadowMode()).toBe('closed');
    expect(await call.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, OVERLAY_TAG)).toBeNull();

    // The same time as the panel, within a second.
    const [cardTime, panelTime] = await Promise.all([overlay.timerSeconds(), panel.remainingSeconds()]);
    expect(Math.abs((cardTime ?? 1e9) - panelTime)).toBeLessThanOrEqual(1);
    // Clear of the call's bottom toolbar (72 px) would be up to the presets; here it sits in its corner.
    const box = await overlay.box();
    expect(box.width).toBeGreaterThan(150);

    // Panel -> card within a second.
    const before = Date.now();
    await panel.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect.poll(() => overlay.text(), { timeout: 5_000, interval: 100 }).toMatch(/Step 2 of 8/);
    expect(Date.now() - before).toBeLessThan(1500);
    // Card -> panel.
    await overlay.click('Next step');
    await expect.poll(() => panel.page.getByRole('heading', { name: /Step 3 of 8/ }).count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => overlay.text(), { timeout: 5_000 }).toMatch(/Step 3 of 8/);
    await elsewhere.close();
    await panel.page.close();
  });

  it("marks the card's key prompt done in the panel, and shows the step's outline", async () => {
    const panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const call = launched.context.pages().find((p) => p.url().includes('/e2e/call'))!;
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Key prompt/);
    const promptText = /Key prompt (.+?) Done Skip/.exec(await overlay.text())?.[1] ?? '';
    expect(promptText.length).toBeGreaterThan(5);
    await overlay.click('Show outline');
    await expect.poll(() => overlay.text()).toMatch(/Participant 1/);
    await overlay.click('Done');
    const item = panel.page.locator('li.prompt', { hasText: promptText.slice(0, 30) });
    await expect.poll(() => item.getByRole('button', { name: 'Done', exact: true }).getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    await expect.poll(() => overlay.text(), { timeout: 5_000 }).not.toContain(promptText);
    await panel.page.close();
  });

  it('is dragged to a new place, which it keeps after a reload; it folds to a pill that keeps the time', async () => {
    const call = launched.context.pages().find((p) => p.url().includes('/e2e/call'))!;
    const overlay = new OverlayPage(call);
    // The outline is closed again after a reload: close it now, so the card has the same height.
    await overlay.click('Hide outline');
    // The card glides to its new height's place (120 ms): wait until it stands still.
    let last = -1;
    await expect.poll(async () => {
      const y = Math.round((await overlay.box()).y);
      const still = y === last;
      last = y;
      return still;
    }, { interval: 100 }).toBe(true);
    const start = await overlay.box();
    await overlay.drag(-400, -300);
    const moved = await overlay.box();
    expect(moved.x).toBeLessThan(start.x - 300);
    expect(moved.y).toBeLessThan(start.y - 200);
    await call.reload();
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step \d of 8/);
    await expect.poll(async () => Math.round((await overlay.box()).x)).toBe(Math.round(moved.x));
    expect(Math.round((await overlay.box()).y)).toBe(Math.round(moved.y));
    await overlay.click('Make the card small');
    await expect.poll(() => overlay.text()).not.toMatch(/Step/);
    expect(await overlay.timerSeconds()).not.toBeNull();
    await overlay.click(/^Show the whole card/);
    await expect.poll(() => overlay.text()).toMatch(/Step \d of 8/);
  });

  it('gives a script of the host page no note text and no participant code', async () => {
    const panel = await PanelPage.open(launched);
    await panel.notes().fill(NOTE);
    const codes = await panel.page.evaluate(() => [...document.querySelectorAll('.participants > li')].map((li) => li.textContent ?? ''));
    const call = launched.context.pages().find((p) => p.url().includes('/e2e/call'))!;
    await call.reload();
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step \d of 8/);
    await overlay.click('Show outline').catch(() => undefined);
    // What a page script can reach: the whole document, every attribute, storage and globals.
    const visible = await call.evaluate(() => {
      const parts = [document.documentElement.outerHTML, JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie];
      for (const el of document.querySelectorAll('*')) parts.push(el.getAttributeNames().map((n) => el.getAttribute(n)).join(' '));
      parts.push(Object.keys(window).join(' '));
      return parts.join('\n');
    });
    expect(visible).not.toContain(NOTE.slice(0, 20));
    expect(visible).not.toContain('ZQ spoke');
    const participantCodes = codes.map((text) => /\b[A-Z]{1,3}\d{1,3}\b/.exec(text)?.[0] ?? '').filter((c) => c.length >= 2);
    expect(participantCodes.length).toBeGreaterThan(0);
    for (const code of participantCodes) expect(visible).not.toContain(code);
    // Nor does the card show any of it.
    const shown = await overlay.text();
    for (const code of participantCodes) expect(shown).not.toContain(code);
    expect(shown).not.toContain('ZQ spoke');
    await panel.page.close();
  });

  it('cannot be pressed by a script of the call page', async () => {
    const panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const heading = panel.page.getByRole('heading', { name: /Step \d of 8/ });
    const stepBefore = await heading.textContent();
    const call = await launched.context.newPage();
    await call.goto(`${demo.origin}/call`);
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Pause|Resume/);

    // Everything a page script can do to the card: the host element is all it can reach.
    const card = await overlay.box();
    const seen = await call.evaluate(([tag, box]) => {
      const host = document.querySelector(tag) as HTMLElement;
      const reached: string[] = [];
      if (host.shadowRoot) reached.push('shadowRoot');
      host.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
      }
      host.focus();
      for (const key of ['Enter', ' ', 'Tab']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      for (let x = box.x + 2; x < box.x + box.width; x += 6) {
        for (let y = box.y + 2; y < box.y + box.height; y += 6) {
          const el = document.elementFromPoint(x, y) as HTMLElement | null;
          if (el && el !== host && host.contains(el)) reached.push(el.localName);
          el?.click();
          el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
      }
      return { reached, width: box.width };
    }, [OVERLAY_TAG, card] as const);
    expect(seen.reached).toEqual([]);
    expect(seen.width).toBeGreaterThan(50);

    // A real click after the attempts: once the panel shows it, any command the page had managed
    // to send before it would show too. The step is unchanged and the clock paused exactly once.
    await overlay.click('Pause');
    await expect.poll(() => panel.page.getByRole('button', { name: 'Resume', exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await heading.textContent()).toBe(stepBefore);
    await overlay.click('Resume');
    await expect.poll(() => panel.page.getByRole('button', { name: 'Pause', exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await heading.textContent()).toBe(stepBefore);
    await call.close();
    await panel.page.close();
  });

  it('keeps its styles on a page whose policy forbids inline styles', async () => {
    const strict = `${demo.origin}/call-strict`;
    await launched.context.route(strict, async (route) => {
      const response = await route.fetch({ url: `${demo.origin}/call` });
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
      });
    });
    const call = await launched.context.newPage();
    const violations: string[] = [];
    call.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && /imr|overlay|chrome-extension/i.test(message.text())) violations.push(message.text());
    });
    await call.goto(strict);
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step \d of 8/);
    // Styled: the card has its own width and sits fixed inside the window (where it was put on this
    // site earlier); unstyled, it would collapse into the zero-size host at the top left.
    const box = await overlay.box();
    const viewport = call.viewportSize();
    expect(viewport).toBeTruthy();
    expect(Math.round(box.width)).toBe(300);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport?.height ?? 0);
    expect(violations).toEqual([]);
    await call.close();
  });

  it('keeps working after the browser stops the background worker (state is rebuilt from storage)', async () => {
    const panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const stepBefore = await panel.page.getByRole('heading', { name: /Step \d of 8/ }).textContent();
    // Stop the worker the way the browser does when it is idle, through its own internals page.
    const internals = await launched.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const status = () => internals.locator('body').innerText().then((text) => /Running Status: (\w+)/.exec(text)?.[1]);
    await expect.poll(status).toBe('RUNNING');
    await internals.getByRole('button', { name: 'Stop' }).first().click();
    await expect.poll(status).toBe('STOPPED');

    // The panel's clock does not depend on the worker.
    const before = await panel.remainingSeconds();
    await expect.poll(() => panel.remainingSeconds(), { timeout: 5000 }).toBeLessThan(before);

    // A command from the call page wakes the worker, which finds the running session in storage.
    const call = await launched.context.newPage();
    await call.goto(`${demo.origin}/call`);
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Next step/);
    await overlay.click('Next step');
    const n = Number(/Step (\d)/.exec(stepBefore ?? '')?.[1]);
    await expect
      .poll(() => panel.page.getByRole('heading', { name: new RegExp(`Step ${n + 1} of 8`) }).count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(status).toBe('RUNNING');
    await internals.close();
    await call.close();
    await panel.page.close();
  });

  it('goes from an open page when its site is revoked in Settings', async () => {
    const call = launched.context.pages().find((p) => p.url().includes('/e2e/call'))!;
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step \d of 8/);
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    await panel.button(`Remove ${demo.origin}`).click();
    await expect.poll(() => panel.page.getByText(demo.origin, { exact: true }).count()).toBe(0);
    await expect.poll(() => call.locator(OVERLAY_TAG).count(), { timeout: 5_000 }).toBe(0);
    await call.reload();
    await call.waitForTimeout(1000);
    expect(await call.locator(OVERLAY_TAG).count()).toBe(0);
    // Allowed again for the last journey.
    await panel.page.getByLabel(/Site address/).fill(demo.origin);
    await panel.button('Allow on a site').click();
    await expect.poll(() => panel.page.getByText(demo.origin, { exact: true }).count()).toBe(1);
    await panel.page.close();
  });

  it('is removed cleanly when the extension is reloaded, with no error on the page', async () => {
    const call = await launched.context.newPage();
    const errors: string[] = [];
    call.on('pageerror', (error) => errors.push(error.message));
    call.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await call.goto(`${demo.origin}/e2e/call`);
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step \d of 8/);
    const worker = launched.context.serviceWorkers()[0]!;
    // The worker goes with the reload, so the evaluation itself may not answer.
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => call.locator(OVERLAY_TAG).count(), { timeout: 10_000 }).toBe(0);
    await call.waitForTimeout(1500);
    expect(errors).toEqual([]);
    expect(externalRequests(launched)).toEqual([]);
    await closeAll(call);
  });
});

async function closeAll(...pages: Page[]) {
  for (const page of pages) await page.close();
}
