import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { externalRequests, launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { OVERLAY_TAG, OverlayPage } from './pages/overlay';

describe('floating timer on a granted call page', () => {
  let launched: Launched;
  let demo: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    demo = await startDemoServer();
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
    await demo?.close();
  });

  it('is absent until the user allows the site, then shows the step and timer and drives the session', async () => {
    const call = await launched.context.newPage();
    await call.goto(`${demo.origin}/call`);
    await call.waitForTimeout(500);
    expect(await call.locator(OVERLAY_TAG).count()).toBe(0);

    const panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.navigate('Settings');
    await panel.page.getByLabel(/Site address/).fill(demo.origin);
    await panel.button('Allow on a site').click();
    await expect.poll(() => panel.page.getByText(demo.origin, { exact: true }).count()).toBe(1);
    await panel.navigate('Sessions');
    await panel.button(/Start session/).first().click();
    await panel.timer().waitFor();

    await call.reload();
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step 1 of 8/);
    // Closed: no script of the page can open it.
    expect(await overlay.shadowMode()).toBe('closed');
    expect(await call.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, OVERLAY_TAG)).toBeNull();
    await overlay.click('Next step');
    // The panel follows the command the overlay sent through the background.
    await expect.poll(() => panel.page.getByRole('heading', { name: /Step 2 of 8/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Step 2 of 8/);
    // Nothing of the session's content reaches the page: no notes, no participant codes.
    expect(await overlay.text()).not.toMatch(/P0\d/);
    await call.close();
    await panel.page.close();
    expect(externalRequests(launched)).toEqual([]);
  });

  it('cannot be pressed by a script of the call page', async () => {
    const panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const heading = panel.page.getByRole('heading', { name: /Step \d of 8/ });
    const stepBefore = await heading.textContent();
    const call = await launched.context.newPage();
    await call.goto(`${demo.origin}/call`);
    const overlay = new OverlayPage(call);
    await expect.poll(() => overlay.text(), { timeout: 10_000 }).toMatch(/Pause/);

    // Everything a page script can do to the card: the host element is all it can reach.
    const seen = await call.evaluate((tag) => {
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
      const box = host.getBoundingClientRect();
      for (let x = box.left + 2; x < box.right; x += 6) {
        for (let y = box.top + 2; y < box.bottom; y += 6) {
          const el = document.elementFromPoint(x, y) as HTMLElement | null;
          if (el && el !== host && host.contains(el)) reached.push(el.localName);
          el?.click();
          el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
      }
      return { reached, width: box.width };
    }, OVERLAY_TAG);
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
    // Styled: the card is fixed in the bottom right corner, 16 px from the edges.
    const box = await call.locator(OVERLAY_TAG).boundingBox();
    const viewport = call.viewportSize();
    expect(box && viewport).toBeTruthy();
    if (box && viewport) {
      expect(Math.round(viewport.width - (box.x + box.width))).toBe(16);
      expect(Math.round(viewport.height - (box.y + box.height))).toBe(16);
    }
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
});
