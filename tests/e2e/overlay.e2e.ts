import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { externalRequests, launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';

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
    expect(await call.locator('imr-guide-overlay').count()).toBe(0);

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
    const overlay = call.locator('imr-guide-overlay');
    await expect.poll(() => overlay.getByText(/Step 1 of 8/).count(), { timeout: 10_000 }).toBe(1);
    await overlay.getByRole('button', { name: 'Next step' }).click();
    // The panel follows the command the overlay sent through the background.
    await expect.poll(() => panel.page.getByRole('heading', { name: /Step 2 of 8/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => overlay.getByText(/Step 2 of 8/).count(), { timeout: 10_000 }).toBe(1);
    // Nothing of the session's content reaches the page: no notes, no participant codes.
    const pageText = await overlay.textContent();
    expect(pageText).not.toMatch(/P0\d/);
    await call.close();
    await panel.page.close();
    expect(externalRequests(launched)).toEqual([]);
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
    const overlay = call.locator('imr-guide-overlay');
    await overlay.getByRole('button', { name: 'Next step' }).click();
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
