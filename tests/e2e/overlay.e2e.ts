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
});
