/**
 * Fast typing into a session note in a real Firefox ESR keeps every character, on screen and as
 * stored (read back after the page is reloaded). Puppeteer's keyboard, without delay, keeps every
 * character in a plain textarea; the note field once lost some ("Pvato sp authespl") when its page
 * was not the tab in front, because Firefox sent it no focus event and the field took back the
 * stored text, which lags behind typing by the write in flight (tests/components/typing-race.test.tsx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, panelReady, reload, type LaunchedFirefox } from './firefox/harness';
import { runningNotes, storedSessions, TYPED_SENTENCE } from './stored';

const NOTES = '#field-notes';

const xpath = (expression: string) => `::-p-xpath(${expression})`;
const buttonStartingWith = (prefix: string) => xpath(`//button[starts-with(normalize-space(.), ${JSON.stringify(prefix)})]`);

const fieldValue = (page: Page) => page.$eval(NOTES, (el) => (el as HTMLTextAreaElement).value);

/** Empties the note and waits until the empty note is stored, so each case starts from nothing. */
async function clearNotes(page: Page) {
  await page.$eval(NOTES, (el) => {
    const field = el as HTMLTextAreaElement;
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  });
  await expect.poll(() => page.evaluate(storedSessions).then(runningNotes), { timeout: 10_000 }).toBe('');
}

/** Types without delay, then checks the field, the database and the field after a reload. */
async function typeAndCheck(page: Page) {
  await page.focus(NOTES);
  await page.keyboard.type(TYPED_SENTENCE);
  expect(await fieldValue(page)).toBe(TYPED_SENTENCE);
  await expect.poll(() => page.evaluate(storedSessions).then(runningNotes), { timeout: 10_000 }).toBe(TYPED_SENTENCE);
  // Still whole once every write has landed (nothing takes older text back afterwards).
  expect(await fieldValue(page)).toBe(TYPED_SENTENCE);
  await reload(page);
  await panelReady(page);
  await page.waitForSelector(NOTES, { timeout: 15_000 });
  await expect.poll(() => fieldValue(page), { timeout: 10_000 }).toBe(TYPED_SENTENCE);
}

describe('Firefox: typing fast into a session note', () => {
  let launched: LaunchedFirefox;
  let panel: Page;
  beforeAll(async () => {
    launched = await launchFirefox();
    panel = await openExtensionPage(launched, 'sidepanel.html');
    await panelReady(panel);
    await panel.locator(buttonStartingWith('Load demo data')).click();
    await panel.waitForSelector('::-p-text("Demo group loaded")');
    await panel.locator(buttonStartingWith('Start session')).click();
    await panel.waitForSelector('[role="timer"]');
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('keeps every character typed right after the session view opens, while its timer ticks', async () => {
    await typeAndCheck(panel);
  });

  it('keeps every character when the panel is not the tab in front (no focus event reaches the field)', async () => {
    await clearNotes(panel);
    const other = await launched.browser.newPage();
    await other.bringToFront();
    expect(await panel.evaluate(() => document.hasFocus())).toBe(false);
    await typeAndCheck(panel);
    await other.close();
  });

  it('keeps every character when the practitioner tabs out of the note mid-sentence and straight back', async () => {
    await clearNotes(panel);
    const half = TYPED_SENTENCE.length >> 1;
    await panel.focus(NOTES);
    await panel.keyboard.type(TYPED_SENTENCE.slice(0, half));
    await panel.keyboard.press('Tab');
    await panel.keyboard.down('Shift');
    await panel.keyboard.press('Tab');
    await panel.keyboard.up('Shift');
    await panel.keyboard.type(TYPED_SENTENCE.slice(half));
    expect(await fieldValue(panel)).toBe(TYPED_SENTENCE);
    await expect.poll(() => panel.evaluate(storedSessions).then(runningNotes), { timeout: 10_000 }).toBe(TYPED_SENTENCE);
  });

  it('printed no uncaught error from the extension', () => {
    expect(launched.extensionErrors()).toEqual([]);
  });
});
