/**
 * The Firefox production build in a real Firefox ESR: the sidebar page, opened in a tab, used as a
 * practitioner would: demo data, a session and its notes kept across closing the page, the review
 * page, then encryption, lock, a wrong and a right passphrase. No uncaught error and nothing blocked
 * by the extension pages' content security policy along the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { extensionUrl, launchFirefox, navigate, openExtensionPage, panelReady, reload, type LaunchedFirefox } from './firefox/harness';
import { storedSessions } from './stored';

const PASSPHRASE = 'blue kettle on the stove';
const NOTE = 'P02 spoke about the move and her sister';

// Puppeteer's aria selectors (`::-p-aria`) rely on a binding that a reload of an extension page
// loses, since Firefox reports no navigation of extension pages; elements are found by XPath on
// what a person reads instead, matched whole.
const xpath = (expression: string) => `::-p-xpath(${expression})`;
const quoted = (s: string) => JSON.stringify(s);
const text = (s: string) => `::-p-text(${quoted(s)})`;
const button = (name: string, within = '') => xpath(`${within}//button[normalize-space(.)=${quoted(name)}]`);
/** A button whose text starts with `prefix` (some carry a visually hidden addition, such as the group's name). */
const buttonStartingWith = (prefix: string) => xpath(`//button[starts-with(normalize-space(.), ${quoted(prefix)})]`);
const heading = (name: string) =>
  xpath(`//*[self::h1 or self::h2 or self::h3 or @role="heading"][normalize-space(.)=${quoted(name)}]`);

/** A form field by its label's text, wrapping or pointing at it with `for` (password fields have no textbox role). */
function fieldXpath(label: string): string {
  const l = quoted(label);
  return `//label[normalize-space(.)=${l}]//*[self::input or self::textarea or self::select] | //*[@id=//label[normalize-space(.)=${l}]/@for]`;
}
const field = (label: string) => xpath(fieldXpath(label));

async function fill(page: Page, label: string, value: string) {
  await page.locator(field(label)).fill(value);
}

/** The panel is ready when its navigation shows and nothing is still loading. */
/** Waits until the field labelled `label` holds `expected` (the page may render it before its data arrives). */
async function waitForValue(page: Page, label: string, expected: string) {
  await page
    .waitForFunction(
      (expression, value) => {
        const node = document.evaluate(expression, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
        return (node as HTMLTextAreaElement | null)?.value === value;
      },
      { polling: 100, timeout: 10_000 },
      fieldXpath(label),
      expected,
    )
    .catch(async (error: unknown) => {
      const actual = await page.$eval(field(label), (el) => (el as HTMLTextAreaElement).value).catch(() => '(no such field)');
      throw new Error(`"${label}" holds ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`, { cause: error });
    });
}

describe('Firefox: the sidebar page and the review page', () => {
  let launched: LaunchedFirefox;
  beforeAll(async () => {
    launched = await launchFirefox();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('runs a session whose note survives closing the page, and shows the demo group on the review page', async () => {
    const panel = await openExtensionPage(launched, 'sidepanel.html');
    await panelReady(panel);
    await panel.locator(button('Load demo data')).click();
    await panel.waitForSelector(text('Demo group loaded'));
    await panel.locator(buttonStartingWith('Start session')).click();
    await panel.waitForSelector('[role="timer"]');
    await fill(panel, 'Session notes', NOTE);
    // Closed only once IndexedDB holds the note, so reopening shows what the database kept.
    await expect.poll(async () => JSON.stringify(await panel.evaluate(storedSessions)).includes(NOTE), { interval: 200, timeout: 10_000 }).toBe(true);
    await panel.close();

    const again = await openExtensionPage(launched, 'sidepanel.html');
    await panelReady(again);
    await waitForValue(again, 'Session notes', NOTE);

    const review = await launched.browser.newPage();
    await navigate(review, extensionUrl('review.html'));
    await review.waitForSelector(heading('Supervisor review'));
    await review.waitForSelector(text('Wednesday recovery group (demo)'));
    await review.close();
    await again.close();
  });

  it('encrypts, locks, stays locked across a reload, refuses a wrong passphrase and unlocks with the right one', async () => {
    const panel = await openExtensionPage(launched, 'sidepanel.html');
    await panelReady(panel);
    await panel.locator(button('Settings', '//nav')).click();
    await panel.waitForSelector(text('Lock and encryption'));
    await fill(panel, 'New passphrase (at least 10 characters)', PASSPHRASE);
    await fill(panel, 'Type the new passphrase again', PASSPHRASE);
    await panel.locator(button('Turn on encryption')).click();
    await panel.waitForSelector(text('Encryption is on. Every record is now stored encrypted.'), { timeout: 20_000 });

    await panel.locator(button('Lock now', '//header')).click();
    await panel.waitForSelector(heading('The guide is locked'));
    await reload(panel);
    await panel.waitForSelector(heading('The guide is locked'));
    expect(await panel.$(text(NOTE))).toBeNull();

    await fill(panel, 'Passphrase', 'not my passphrase');
    await panel.locator(button('Unlock')).click();
    await panel.waitForSelector(text('That passphrase does not open the guide'), { timeout: 20_000 });

    await fill(panel, 'Passphrase', PASSPHRASE);
    await panel.locator(button('Unlock')).click();
    await panel.waitForSelector('nav', { timeout: 20_000 });
    await panel.locator(button('Sessions', '//nav')).click();
    await panel.locator(buttonStartingWith('Return to the session')).click();
    await waitForValue(panel, 'Session notes', NOTE);
    await panel.close();
  });

  it('printed no uncaught error from the extension and no content security policy block', () => {
    expect({ errors: launched.extensionErrors(), csp: launched.cspViolations() }).toEqual({ errors: [], csp: [] });
  });
});
