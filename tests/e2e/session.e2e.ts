import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launch, newProfileDir, type Launched } from './harness';
import { PanelPage } from './pages/panel';

const NOTE = 'Audio trouble at the start; P03 joined by phone.';

// One profile for the whole story: the panel closes, reopens and the browser restarts on it.
describe('running a session (steps set to a few seconds)', () => {
  const profileDir = newProfileDir();
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch(profileDir);
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('starts the demo group’s next session with short steps', async () => {
    const panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.button(/Change module, length or steps/).click();
    await panel.page.getByText('Minutes per step').click();
    const inputs = panel.page.getByLabel(/^Minutes for /);
    expect(await inputs.count()).toBe(8);
    // The first step is long enough to measure closing and reopening; the rest take seconds.
    await inputs.nth(0).fill('2');
    for (let i = 1; i < 8; i++) await inputs.nth(i).fill('0.1');
    await expect.poll(() => panel.page.getByText(/Total: 2.7 min/).count()).toBe(1);
    await panel.button('Start session').click();
    await panel.timer().waitFor();
    await expect.poll(() => panel.page.getByRole('heading', { name: /Step 1 of 8/ }).count()).toBe(1);
    expect(await panel.remainingSeconds()).toBeGreaterThan(110);
    await panel.page.close();
  });

  it('keeps time while the panel is closed: reopened 5 s later, 5 s have passed', async () => {
    let panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const before = await panel.remainingSeconds();
    const closedAt = Date.now();
    await panel.page.close();
    await new Promise((r) => setTimeout(r, 5000));
    panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    const after = await panel.remainingSeconds();
    const passed = (Date.now() - closedAt) / 1000;
    expect(passed).toBeGreaterThanOrEqual(5);
    // Whole-second display: allow one second either way for rounding and page load.
    expect(before - after).toBeGreaterThanOrEqual(Math.floor(passed) - 1);
    expect(before - after).toBeLessThanOrEqual(Math.ceil(passed) + 1);
    await panel.page.close();
  });

  it('pause stops the clock and resume restarts it', async () => {
    const panel = await PanelPage.open(launched);
    await panel.button('Pause').click();
    await panel.button('Resume').waitFor();
    const paused = await panel.remainingSeconds();
    await new Promise((r) => setTimeout(r, 2200));
    expect(await panel.remainingSeconds()).toBe(paused);
    await panel.button('Resume').click();
    await expect.poll(() => panel.remainingSeconds(), { timeout: 5000 }).toBeLessThan(paused);
    await panel.page.close();
  });

  it('keeps a note typed just before the panel closes (closed within 100 ms)', async () => {
    let panel = await PanelPage.open(launched);
    await panel.notes().fill(NOTE);
    await panel.page.close();
    panel = await PanelPage.open(launched);
    await expect.poll(() => panel.notes().inputValue()).toBe(NOTE);
    await panel.page.close();
  });

  it('keeps the session and notes across a browser restart', async () => {
    await launched.close();
    launched = await launch(profileDir);
    const panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
    await expect.poll(() => panel.notes().inputValue()).toBe(NOTE);
    expect(await panel.page.getByRole('heading', { name: /Step \d of 8/ }).count()).toBe(1);
    await panel.page.close();
  });

  it('surfaces open key prompts, then lists the missed ones in the summary', async () => {
    const panel = await PanelPage.open(launched);
    // Move to action plan review (step 3), answer one prompt there, leave the key one open.
    for (const _ of [1, 2]) {
      await panel.button('Next step').click();
      const anyway = panel.button('Next step anyway');
      if (await anyway.isVisible().catch(() => false)) await anyway.click();
    }
    await expect.poll(() => panel.page.getByRole('heading', { name: /Step 3 of 8/ }).count()).toBe(1);
    const praise = panel.page.getByRole('group', { name: /Praise every attempt/ });
    await praise.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => praise.getByRole('button', { name: 'Done', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await panel.button('Next step').click();
    const alert = panel.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Review last week');
    await panel.button('Stay on this step').click();
    await panel.button('End session').click();
    await panel.button('End session anyway').click();
    await panel.page.getByRole('heading', { name: 'Session summary' }).waitFor();
    const missed = panel.page.getByRole('list', { name: 'Missed prompts' });
    await expect.poll(() => missed.textContent()).toContain('Review last week');
    expect(await missed.textContent()).not.toContain('Praise every attempt');

    // The draft group note goes to the clipboard for pasting into the EHR.
    await panel.button('Copy').first().click();
    await panel.page.getByText(/^Copied: /).waitFor();
    const note = await panel.page.locator('textarea.summary-note-text').first().inputValue();
    expect(note).toMatch(/^DRAFT/);
    expect(note).toContain(NOTE);
    await panel.page.close();
  });

  it('sent nothing outside the extension', () => {
    expect(externalRequests(launched)).toEqual([]);
  });
});
