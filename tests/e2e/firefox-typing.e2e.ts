/**
 * Fast typing into a session note in a real Firefox ESR keeps every character, on screen and as
 * stored (read back after the page is reloaded). Puppeteer's keyboard, without delay, keeps every
 * character in a plain textarea; the note field once lost some ("Pvato sp authespl") when its page
 * was not the tab in front, because Firefox sent it no focus event and the field took back the
 * stored text, which lags behind typing by the write in flight (tests/components/typing-race.test.tsx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, reload, type LaunchedFirefox } from './firefox/harness';

const SENTENCE =
  'P02 spoke about the move and her sister, agreed to try the breathing exercise twice a day before work, and asked for the handout in large print.';
const NOTES = '#field-notes';

const xpath = (expression: string) => `::-p-xpath(${expression})`;
const buttonStartingWith = (prefix: string) => xpath(`//button[starts-with(normalize-space(.), ${JSON.stringify(prefix)})]`);

async function panelReady(page: Page) {
  await page.waitForSelector('nav', { timeout: 15_000 });
  await page.waitForFunction(() => !/^(Loading…|Laden…)$/m.test(document.body.innerText), { polling: 100 });
}

/** Runs in the page: the running session's notes as stored in IndexedDB. */
function storedNotes(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('imr-guide');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('sessions', 'readonly').objectStore('sessions').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        const running = (all.result as { status: string; notes: string }[]).find((s) => s.status === 'running');
        resolve(running?.notes ?? null);
      };
    };
  });
}

const fieldValue = (page: Page) => page.$eval(NOTES, (el) => (el as HTMLTextAreaElement).value);

/** Empties the note and waits until the empty note is stored, so each case starts from nothing. */
async function clearNotes(page: Page) {
  await page.$eval(NOTES, (el) => {
    const field = el as HTMLTextAreaElement;
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  });
  await expect.poll(() => page.evaluate(storedNotes), { timeout: 10_000 }).toBe('');
}

/** Types without delay, then checks the field, the database and the field after a reload. */
async function typeAndCheck(page: Page) {
  await page.focus(NOTES);
  await page.keyboard.type(SENTENCE);
  expect(await fieldValue(page)).toBe(SENTENCE);
  await expect.poll(() => page.evaluate(storedNotes), { timeout: 10_000 }).toBe(SENTENCE);
  // Still whole once every write has landed (nothing takes older text back afterwards).
  expect(await fieldValue(page)).toBe(SENTENCE);
  await reload(page);
  await panelReady(page);
  await page.waitForSelector(NOTES, { timeout: 15_000 });
  await expect.poll(() => fieldValue(page), { timeout: 10_000 }).toBe(SENTENCE);
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
    const half = SENTENCE.length >> 1;
    await panel.focus(NOTES);
    await panel.keyboard.type(SENTENCE.slice(0, half));
    await panel.keyboard.press('Tab');
    await panel.keyboard.down('Shift');
    await panel.keyboard.press('Tab');
    await panel.keyboard.up('Shift');
    await panel.keyboard.type(SENTENCE.slice(half));
    expect(await fieldValue(panel)).toBe(SENTENCE);
    await expect.poll(() => panel.evaluate(storedNotes), { timeout: 10_000 }).toBe(SENTENCE);
  });

  it('printed no uncaught error from the extension', () => {
    expect(launched.extensionErrors()).toEqual([]);
  });
});
