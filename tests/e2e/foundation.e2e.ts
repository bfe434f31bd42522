import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, externalRequests, launch, reviewUrl, type Launched } from './harness';
import { PanelPage } from './pages/panel';

describe('foundation: the extension in Chromium', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('sets the toolbar button to open the side panel', async () => {
    const worker = launched.context.serviceWorkers()[0]!;
    const behavior = () =>
      worker.evaluate(() => (globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<unknown> } } }).chrome.sidePanel.getPanelBehavior());
    // Set by the worker as it starts; allow it a moment.
    await expect.poll(behavior).toEqual({ openPanelOnActionClick: true });
  });

  it('creates demo data through the UI and still has it after a reload', async () => {
    const panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await expect.poll(() => panel.page.getByRole('heading', { name: /Wednesday recovery group/ }).count()).toBe(1);
    await panel.page.reload();
    await panel.ready();
    await expect.poll(() => panel.page.getByRole('heading', { name: /Wednesday recovery group/ }).count()).toBe(1);
    await panel.navigate('Groups');
    await panel.page.getByRole('button', { name: /Wednesday recovery group/ }).first().click();
    for (const code of ['P01', 'P06']) await expect.poll(() => panel.page.getByText(code, { exact: true }).count()).toBeGreaterThan(0);
    await panel.page.close();
  });

  it('the accessibility check does catch violations (so a clean result means something)', async () => {
    const page = await launched.context.newPage();
    await page.setContent('<html><body><input type="text"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await page.close();
  });

  it('has no serious or critical accessibility violations on any page', async () => {
    const panel = await PanelPage.open(launched);
    const report: Record<string, unknown[]> = {};
    report.home = await axeViolations(panel.page);
    for (const view of ['Groups', 'Modules', 'Settings'] as const) {
      await panel.navigate(view);
      report[view] = await axeViolations(panel.page);
    }
    await panel.navigate('Modules');
    await panel.page.getByRole('button', { name: /Module 7/ }).click();
    report.module = await axeViolations(panel.page);
    await panel.navigate('Groups');
    await panel.page.getByRole('button', { name: /Wednesday recovery group/ }).first().click();
    await panel.page.getByText('P01', { exact: true }).first().waitFor();
    report.group = await axeViolations(panel.page);
    await panel.navigate('Sessions');
    await panel.button(/Change module, length or steps/).click();
    await panel.page.getByText('Minutes per step').click();
    report.plan = await axeViolations(panel.page);
    await panel.navigate('Sessions');
    await panel.button(/Start session/).first().click();
    await panel.timer().waitFor();
    report.run = await axeViolations(panel.page);
    await panel.setLanguage('nl');
    report.runDutch = await axeViolations(panel.page);
    await panel.setLanguage('en');
    const review = await launched.context.newPage();
    await review.goto(reviewUrl(launched));
    await review.getByRole('heading', { level: 1 }).waitFor();
    report.review = await axeViolations(review);
    for (const [page, violations] of Object.entries(report)) expect({ page, violations }).toEqual({ page, violations: [] });
    await review.close();
    await panel.page.close();
  });

  it('reaches the supervisor review page from the panel', async () => {
    const panel = await PanelPage.open(launched);
    const [review] = await Promise.all([launched.context.waitForEvent('page'), panel.page.getByRole('button', { name: /Supervisor review/ }).click()]);
    await review!.waitForLoadState();
    expect(review!.url()).toBe(reviewUrl(launched));
    await review!.getByRole('heading', { name: 'Supervisor review' }).waitFor();
    await review!.close();
    await panel.page.close();
  });

  it('keeps an open review page in step with the panel, without a reload', async () => {
    const review = await launched.context.newPage();
    await review.goto(reviewUrl(launched));
    await review.getByRole('heading', { level: 1 }).waitFor();
    const rowsBefore = await review.getByRole('row').count();
    const panel = await PanelPage.open(launched);
    // A session is running from the accessibility test; end it here and watch the review page.
    await panel.button('End session').click();
    const anyway = panel.button('End session anyway');
    if (await anyway.isVisible().catch(() => false)) await anyway.click();
    await panel.page.getByRole('heading', { name: 'Session summary' }).waitFor();
    await expect.poll(() => review.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(rowsBefore);
    expect(await axeViolations(panel.page)).toEqual([]);
    await review.close();
    await panel.page.close();
  });

  it('sends no request outside the extension', () => {
    expect(launched.requests.length).toBeGreaterThan(0);
    expect(externalRequests(launched)).toEqual([]);
  });
});
