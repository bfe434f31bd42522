import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';

/** Presses Tab until the focused control's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      if (!el) return '';
      return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`No control matching ${name} reached with Tab`);
}

async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

describe('keyboard only, and dark mode', () => {
  let launched: Launched;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('loads demo data, starts, pauses and moves a session on with the keyboard alone, with visible focus', async () => {
    const panel = await PanelPage.open(launched);
    const page = panel.page;
    await tabTo(page, /^Load demo data$/);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Demo group loaded' }).waitFor();
    await tabTo(page, /^Start session/);
    await page.keyboard.press('Enter');
    await panel.timer().waitFor();
    await tabTo(page, /^Pause$/);
    await page.keyboard.press('Enter');
    await panel.button('Resume').waitFor();
    await page.keyboard.press('Enter');
    await panel.button('Pause').waitFor();
    await tabTo(page, /^Next step$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: /Step 2 of 8/ }).count()).toBe(1);
    await tabTo(page, /^Session notes$/, 150);
    await page.keyboard.type('Typed with the keyboard only.');
    await expect.poll(() => page.getByLabel('Session notes').inputValue()).toBe('Typed with the keyboard only.');
    await page.close();
  });

  it('has no serious or critical accessibility violations in dark mode', async () => {
    const panel = await PanelPage.open(launched);
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    const run = await axeViolations(panel.page);
    await panel.navigate('Settings');
    const settings = await axeViolations(panel.page);
    expect({ run, settings }).toEqual({ run: [], settings: [] });
    await panel.page.close();
  });
});
