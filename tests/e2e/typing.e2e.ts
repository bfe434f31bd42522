/**
 * Fast typing into a session note in a real Chromium keeps every character, on screen and as
 * stored (read back after the panel is reloaded). The keyboard here, without delay, is faster than
 * any person and keeps every character in a plain textarea, so anything missing is the panel's
 * doing. The Firefox counterpart is firefox-typing.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { runningNotes, storedSessions, TYPED_SENTENCE } from './stored';


/** Checks the field and the database now, and the field again after the panel is reloaded. */
async function expectKept(panel: PanelPage, text: string) {
  expect(await panel.notes().inputValue()).toBe(text);
  await expect.poll(() => panel.page.evaluate(storedSessions).then(runningNotes), { timeout: 10_000 }).toBe(text);
  expect(await panel.notes().inputValue()).toBe(text);
  await panel.page.reload();
  await panel.ready();
  await expect.poll(() => panel.notes().inputValue(), { timeout: 10_000 }).toBe(text);
}

async function clearNotes(page: Page, panel: PanelPage) {
  await panel.notes().fill('');
  await expect.poll(() => page.evaluate(storedSessions).then(runningNotes), { timeout: 10_000 }).toBe('');
}

describe('typing fast into a session note', () => {
  let launched: Launched;
  let panel: PanelPage;
  beforeAll(async () => {
    launched = await launch();
    panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.button(/^Start session/).click();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('keeps every character typed right after the session view opens, while its timer ticks', async () => {
    await panel.notes().waitFor();
    await panel.notes().focus();
    await panel.page.keyboard.type(TYPED_SENTENCE);
    await expectKept(panel, TYPED_SENTENCE);
  });

  it('keeps every character when the panel is not the page in front', async () => {
    await clearNotes(panel.page, panel);
    const other = await launched.context.newPage();
    await other.bringToFront();
    await panel.notes().focus();
    await panel.page.keyboard.type(TYPED_SENTENCE);
    await expectKept(panel, TYPED_SENTENCE);
    await other.close();
  });

  it('keeps every character when the practitioner tabs out of the note mid-sentence and straight back', async () => {
    await clearNotes(panel.page, panel);
    const half = TYPED_SENTENCE.length >> 1;
    await panel.notes().focus();
    await panel.page.keyboard.type(TYPED_SENTENCE.slice(0, half));
    await panel.page.keyboard.press('Tab');
    await panel.page.keyboard.press('Shift+Tab');
    await panel.page.keyboard.type(TYPED_SENTENCE.slice(half));
    await expectKept(panel, TYPED_SENTENCE);
  });
});
