/**
 * The review page's views in a real Chromium: a supervisor excludes a session from the estimates
 * with a reason and sees the estimate change at once; the exclusion survives a reload and can be
 * undone. axe finds nothing serious on the page with the views, a session's detail and the charts'
 * tables open, in light and in dark mode. Screenshots go to VIEWS_SHOTS when that is set, to look
 * at. The tests run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, launch, newProfileDir, reviewUrl, type Launched } from './harness';
import { PanelPage } from './pages/panel';

const NAME = 'A. Jansen';

/** The whole page and each part with a view, as pictures to look at (only when VIEWS_SHOTS names a folder). */
async function shot(page: Page, name: string) {
  const dir = process.env.VIEWS_SHOTS;
  if (!dir) return;
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const parts = { filters: page.locator('fieldset.review-filters'), trend: page.locator('section[aria-labelledby="review-trend-heading"]'), heat: page.locator('section[aria-labelledby="review-heat-heading"]'), sessions: page.locator('section[aria-labelledby="review-sessions-heading"]'), people: page.locator('section[aria-labelledby="review-practitioner-view-heading"]') };
  for (const [part, locator] of Object.entries(parts)) await locator.screenshot({ path: join(dir, `${name}-${part}.png`) });
}

describe('review views (in order)', () => {
  let launched: Launched;
  let review: Page;
  const sessions = () => review.getByRole('table', { name: /^Ended sessions/ });
  const estimate = () => review.getByRole('table', { name: /^IMR Fidelity Scale per / });
  const firstRow = () => sessions().locator(':scope > tbody > tr:not(.review-detail-row)').first();

  beforeAll(async () => {
    launched = await launch(newProfileDir());
    const panel = await PanelPage.open(launched);
    await panel.navigate('Settings');
    const name = panel.page.getByLabel('Your name or initials (stamped on sessions)');
    await name.fill(NAME);
    await name.blur();
    await panel.navigate('Sessions');
    await panel.loadDemoData();
    await panel.page.close();
    review = await launched.context.newPage();
    await review.setViewportSize({ width: 1400, height: 1000 });
    await review.goto(reviewUrl(launched));
    await sessions().waitFor();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('shows each session’s length and attendance, and the group and practitioner views', async () => {
    await review.getByText('Ended sessions selected: 2.').waitFor();
    const headers = await sessions().getByRole('columnheader').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Length (actual of planned)', 'Attendance', 'In the estimates']));
    expect(await firstRow().textContent()).toMatch(/\d+ of \d+ min/);
    await review.getByRole('heading', { level: 2, name: 'Group view' }).waitFor();
    await review.getByRole('table', { name: `Elements missed most, for ${NAME}` }).waitFor();
  });

  it('excludes a session with a reason in one click, and the estimate changes at once', async () => {
    const before = await estimate().textContent();
    expect(before).toContain('Ended sessions looked at: 2.');
    await review.getByLabel('Reason when excluding').selectOption({ label: 'Test session' });
    await firstRow().getByRole('button', { name: /^Exclude the session of / }).click();
    await firstRow().getByText('Excluded: Test session').waitFor();
    await review.getByText('Ended sessions selected: 1. 1 session in the list is left out of the estimates.').waitFor();
    const after = await estimate().textContent();
    expect(after).toContain('Ended sessions looked at: 1.');
    expect(after).not.toContain('Ended sessions looked at: 2.');
    await review.getByText(/is left out of the estimates \(Test session\)\.$/).waitFor();
  });

  it('keeps the exclusion and its reason on this profile', async () => {
    await review.reload();
    await sessions().waitFor();
    await firstRow().getByText('Excluded: Test session').waitFor();
    expect(await estimate().textContent()).toContain('Ended sessions looked at: 1.');
  });

  it('has no serious accessibility problems with the views open, in light and in dark mode', async () => {
    await sessions().getByRole('button', { name: /details/ }).first().click();
    await review.getByRole('table', { name: /^Time per step in the session of / }).waitFor();
    await review.getByRole('button', { name: 'Show as a table' }).click();
    await review.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(review)).toEqual([]);
    await shot(review, 'review-views-light');
    await review.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(review)).toEqual([]);
    await shot(review, 'review-views-dark');
    await review.emulateMedia({ colorScheme: 'light' });
  });

  it('includes the session again and the estimate follows', async () => {
    await firstRow().getByRole('button', { name: /^Include again the session of / }).click();
    await review.getByText('Ended sessions selected: 2.').waitFor();
    expect(await estimate().textContent()).toContain('Ended sessions looked at: 2.');
  });
});
