/**
 * The on-call card in a real Firefox ESR: the same journeys as in Chromium (overlay.e2e.ts), on
 * the Firefox end-to-end build, which may run on 127.0.0.1 fixture pages (and has localhost as a
 * second loopback host that is never allowed here).
 *
 * The card's shadow root stays closed. The driver reads it through WebDriver BiDi, which
 * serializes closed roots for the driver (never for the page), and presses its buttons with real
 * pointer input aimed at them, so the card gets trusted events as from a person
 * (pages/firefox-overlay.ts, firefox/bidi.ts).
 * The tests run in order: each continues the session the one before it left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchFirefox, openExtensionPage, type LaunchedFirefox } from './firefox/harness';
import { FirefoxOverlayPage, OVERLAY_TAG } from './pages/firefox-overlay';

const FIREFOX_E2E_BUILD = resolve('.output/e2e/firefox-mv3');
const NOTE = 'Private note: ZQ spoke about the hospital';
const xpath = (expression: string) => `::-p-xpath(${expression})`;
const quoted = (s: string) => JSON.stringify(s);
const button = (name: string, within = '') => xpath(`${within}//button[normalize-space(.)=${quoted(name)}]`);
const buttonStartingWith = (prefix: string) => xpath(`//button[starts-with(normalize-space(.), ${quoted(prefix)})]`);

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let failure: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      // The page is navigating or the card is being replaced: try again.
      failure = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: last saw ${JSON.stringify(last)}`, { cause: failure });
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The side panel, opened as an extension tab (Firefox's sidebar cannot be opened by a driver). */
class FirefoxPanel {
  constructor(readonly page: Page) {}

  /** Puppeteer's locators wait for animation frames, which Firefox holds back in a background tab. */
  async front() {
    await this.page.bringToFront();
  }

  async navigate(name: 'Sessions' | 'Settings') {
    await this.front();
    await this.page.locator(button(name, '//nav')).click();
  }

  /** The current step's heading, such as "Step 2 of 8: …". */
  stepHeading(): Promise<string> {
    return this.page.evaluate(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? '').find((t) => /Step \d of 8/.test(t)) ?? '');
  }

  async remainingSeconds(): Promise<number> {
    const text = await this.page.evaluate(() => document.querySelector('[role="timer"]')?.textContent?.trim() ?? '');
    const match = /^(-?)(\d+):(\d\d)$/.exec(text);
    if (!match) throw new Error(`The panel's timer reads "${text}"`);
    const value = Number(match[2]) * 60 + Number(match[3]);
    return match[1] ? -value : value;
  }

  /** Whether the panel shows the prompt starting with `text` as Done. */
  promptDone(text: string): Promise<boolean> {
    return this.page.evaluate((start) => {
      const item = [...document.querySelectorAll('li.prompt')].find((li) => li.querySelector('.prompt-text')?.textContent?.includes(start));
      const done = [...(item?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Done');
      return done?.getAttribute('aria-pressed') === 'true';
    }, text);
  }

  sitesListed(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('span')].map((s) => s.textContent?.trim() ?? '').filter((t) => /^https?:\/\//.test(t)));
  }

  async click(name: string) {
    await this.front();
    await this.page.locator(button(name)).click();
  }

  /** Types into a note field with real keys, at the driver's full speed. */
  async type(label: string, text: string) {
    await this.front();
    await this.page.evaluate((name) => {
      const field = [...document.querySelectorAll('textarea')].find((t) => t.labels?.[0]?.textContent?.trim().startsWith(name));
      if (!field) throw new Error(`No field labelled ${name}`);
      field.focus();
    }, label);
    await this.page.keyboard.type(text);
  }

  async allow(site: string, listedAs: string) {
    await this.navigate('Settings');
    await this.page.locator(xpath(`//label[contains(normalize-space(.), "Site address")]//input`)).fill(site);
    await this.page.locator(button('Allow on a site')).click();
    await waitFor(() => this.sitesListed(), (sites) => sites.includes(listedAs), `${listedAs} allowed`);
  }
}

const hasCard = (page: Page) => page.$(OVERLAY_TAG).then((host) => host !== null);

/** Everything a script of the page can reach: the document, every attribute, storage and globals. */
function whatThePageSees(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML, JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie];
    for (const el of document.querySelectorAll('*')) {
      parts.push(el.getAttributeNames().map((n) => el.getAttribute(n)).join(' '));
      // A closed root answers null; an open one would give all of it away.
      if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    }
    parts.push(Object.keys(window).join(' '));
    return parts.join('\n');
  });
}

describe('Firefox: the on-call card', () => {
  let launched: LaunchedFirefox;
  let demo: { origin: string; close: () => Promise<void> };
  let panel: FirefoxPanel;
  let call: Page;
  let card: FirefoxOverlayPage;
  /** Firefox's match patterns take no port: the site is listed as scheme and host. */
  let site: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    site = demo.origin.replace(/:\d+$/, '');
    launched = await launchFirefox(FIREFOX_E2E_BUILD);
  });
  afterAll(async () => {
    await launched?.close();
    await demo?.close();
  });

  it('appears on the allowed site and not on another, in a closed root', async () => {
    panel = new FirefoxPanel(await openExtensionPage(launched, 'sidepanel.html'));
    await panel.page.waitForSelector('nav', { timeout: 15_000 });
    await panel.page.locator(button('Load demo data')).click();
    await panel.page.waitForSelector(`::-p-text("Demo group loaded")`);
    await panel.allow(demo.origin, site);
    await panel.navigate('Sessions');
    await panel.page.locator(buttonStartingWith('Start session')).click();
    await panel.page.waitForSelector('[role="timer"]');

    // A page on a site that is not allowed (localhost: in the build's host permissions, never granted).
    const elsewhere = await launched.browser.newPage();
    await elsewhere.goto(`${demo.origin.replace('127.0.0.1', 'localhost')}/e2e/ehr`);
    call = await launched.browser.newPage();
    await call.setViewport({ width: 1280, height: 800 });
    await call.goto(`${demo.origin}/e2e/call`);
    card = new FirefoxOverlayPage(call);
    await waitFor(() => card.text(), (t) => /Step 1 of 8/.test(t), 'the card on the allowed page');
    // Opened before the call page and loaded by now: it would have its card too.
    expect(await elsewhere.$(OVERLAY_TAG)).toBeNull();
    await elsewhere.close();

    // Closed: the browser says so, and no script of the page can open it.
    expect(await card.shadowMode()).toBe('closed');
    expect(await call.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, OVERLAY_TAG)).toBeNull();
    // Styled and in its corner (bottom right), clear of the call's 72 px toolbar.
    const box = await card.box();
    expect(Math.round(box.width)).toBe(300);
    expect(box.x + box.width).toBeGreaterThan(1280 - 40);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  });

  it("mirrors the panel's timer and step, both ways", async () => {
    const [cardTime, panelTime] = await Promise.all([card.timerSeconds(), panel.remainingSeconds()]);
    expect(Math.abs((cardTime ?? 1e9) - panelTime)).toBeLessThanOrEqual(1);
    // The card keeps counting down on its own.
    await waitFor(() => card.timerSeconds(), (s) => s !== null && s < (cardTime ?? 0), 'the card counting down');

    // Panel -> card.
    await panel.click('Next step');
    await waitFor(() => card.text(), (t) => /Step 2 of 8/.test(t), 'the card following the panel to step 2', 10_000);
    // Card -> panel.
    await card.click('Next step');
    await waitFor(() => panel.stepHeading(), (h) => /Step 3 of 8/.test(h), 'the panel following the card to step 3', 10_000);
    await waitFor(() => card.text(), (t) => /Step 3 of 8/.test(t), 'the card at step 3', 10_000);
    const [cardAfter, panelAfter] = await Promise.all([card.timerSeconds(), panel.remainingSeconds()]);
    expect(Math.abs((cardAfter ?? 1e9) - panelAfter)).toBeLessThanOrEqual(1);
  });

  it("marks the card's key prompt done in the panel, and shows the step's outline", async () => {
    const shown = await waitFor(() => card.text(), (t) => /Key prompt .+ Done Skip/.test(t), 'the key prompt on the card');
    const promptText = /Key prompt (.+?) Done Skip/.exec(shown)?.[1] ?? '';
    expect(promptText.length).toBeGreaterThan(5);
    await card.click('Show outline');
    await waitFor(() => card.text(), (t) => /Participant 1/.test(t), 'the outline');
    expect(await panel.promptDone(promptText.slice(0, 30))).toBe(false);
    await card.click('Done');
    await waitFor(() => panel.promptDone(promptText.slice(0, 30)), (done) => done, 'the prompt done in the panel', 10_000);
    await waitFor(() => card.text(), (t) => !t.includes(promptText), 'the answered prompt gone from the card', 10_000);
  });

  it('is dragged to a new place, which it keeps after a reload', async () => {
    // The outline is closed again after a reload: close it now, so the card has the same height.
    await card.click('Hide outline');
    // The card glides to its new height's place (120 ms): wait until it stands still.
    let last = -1;
    await waitFor(
      async () => {
        const y = Math.round((await card.box()).y);
        const still = y === last;
        last = y;
        return still;
      },
      (still) => still,
      'the card standing still',
    );
    const start = await card.box();
    await card.drag(-400, -300);
    const moved = await waitFor(() => card.box(), (b) => b.x < start.x - 300 && b.y < start.y - 200, 'the card moved');
    await call.reload();
    await waitFor(() => card.text(), (t) => /Step \d of 8/.test(t), 'the card after the reload');
    const after = await waitFor(
      () => card.box(),
      (b) => Math.abs(b.x - moved.x) <= 1 && Math.abs(b.y - moved.y) <= 1,
      'the card where it was put',
    );
    expect(after.width).toBe(moved.width);
  });

  it('gives a script of the host page no note text and no participant code', async () => {
    await panel.type('Session notes', NOTE);
    const codes = await panel.page.evaluate(() => [...document.querySelectorAll('.participants > li')].map((li) => li.textContent ?? ''));
    const participantCodes = codes.map((text) => /\b[A-Z]{1,3}\d{1,3}\b/.exec(text)?.[0] ?? '').filter((c) => c.length >= 2);
    expect(participantCodes.length).toBeGreaterThan(0);
    // Saved: a new panel page reads it back from the database.
    const check = await openExtensionPage(launched, 'sidepanel.html');
    await waitFor(
      () => check.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.value)),
      (values) => values.includes(NOTE),
      'the note saved',
      15_000,
    );
    await check.close();

    await call.reload();
    await waitFor(() => card.text(), (t) => /Step \d of 8/.test(t), 'the card after the reload');
    await card.click('Show outline').catch(() => undefined);
    const visible = await whatThePageSees(call);
    expect(visible).toContain(OVERLAY_TAG);
    expect(visible).not.toContain(NOTE.slice(0, 20));
    expect(visible).not.toContain('ZQ spoke');
    for (const code of participantCodes) expect(visible).not.toContain(code);
    // Nor does the card hold any of it, shown or hidden.
    const inCard = await card.everything();
    expect(inCard).toMatch(/Step \d of 8/);
    expect(inCard).not.toContain('ZQ spoke');
    for (const code of participantCodes) expect(inCard).not.toContain(code);
  });

  it('goes from an open page when its site is revoked in Settings', async () => {
    await waitFor(() => card.text(), (t) => /Step \d of 8/.test(t), 'the card before revoking');
    // Allowing one more site re-registers the card's script; the card on the open page stays shown.
    await panel.allow(demo.origin.replace('127.0.0.1', 'localhost'), 'http://localhost');
    await waitFor(() => card.cardStyle(['visibility']), (s) => s.visibility === 'visible', 'the card still shown');
    expect(await card.text()).toMatch(/Step \d of 8/);
    await panel.navigate('Settings');
    await panel.click(`Remove ${site}`);
    await waitFor(() => panel.sitesListed(), (sites) => !sites.includes(site), 'the site gone from Settings');
    await waitFor(() => hasCard(call), (shown) => !shown, 'the card gone after revoking');
    // Nor does it come back with the page, while a page of the site still allowed, loaded after it,
    // has its card.
    await call.reload();
    const second = new FirefoxOverlayPage(await launched.browser.newPage());
    await second.page.goto(`${demo.origin.replace('127.0.0.1', 'localhost')}/e2e/call?still=1`);
    await waitFor(() => second.text(), (t) => /Step \d of 8/.test(t), 'the card on the site still allowed');
    expect(await hasCard(call)).toBe(false);
    await second.page.close();
    // Allowed again for the last journey.
    await panel.allow(demo.origin, site);
  });

  it('is taken out of sight and reach when the extension is reloaded, with no error on the page', async () => {
    await call.reload();
    await waitFor(() => card.text(), (t) => /Step \d of 8/.test(t), 'the card on the page');
    await waitFor(() => card.cardStyle(['visibility']), (s) => s.visibility === 'visible', 'the card visible');
    const box = await card.box();
    const pageErrors: string[] = [];
    call.on('pageerror', (error) => pageErrors.push(String(error)));
    call.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const outputBefore = launched.output.length;
    // The extension reloads itself the way an update does; its own pages go with it.
    await panel.page
      .evaluate(() => {
        (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload();
      })
      .catch(() => undefined);

    // Firefox ends the old content script without a word (so WXT's context, which removes the card
    // in Chromium, never hears of it) and leaves the nodes it made, but it takes the extension's
    // stylesheets out of the page, and the card is shown only under one of them
    // (public/content-scripts/overlay-live.css). So the closest honest check here: the old card is
    // hidden, nothing of it answers at any point where it was, and a click there reaches the call.
    await waitFor(() => card.cardStyle(['visibility']), (s) => s.visibility === 'hidden', 'the old card hidden after the extension reloaded');
    const hits = await call.evaluate(
      (b, tag) => {
        const hit: string[] = [];
        for (let x = b.x + 2; x < b.x + b.width; x += 6) {
          for (let y = b.y + 2; y < b.y + b.height; y += 6) {
            const el = document.elementFromPoint(x, y);
            if (el?.closest(tag)) hit.push(`${x},${y}`);
          }
        }
        return hit;
      },
      box,
      OVERLAY_TAG,
    );
    expect(hits).toEqual([]);
    await call.bringToFront();
    const clicked = call.evaluate(() => new Promise<string>((resolve) => document.addEventListener('click', (e) => resolve((e.target as Element).localName), { once: true })));
    await call.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await clicked).toBe('canvas');
    // The page keeps working.
    expect(await call.evaluate(() => document.querySelectorAll('canvas').length)).toBe(16);
    expect(pageErrors).toEqual([]);
    // What Firefox prints for the page and the extension (the driver's own notices are not the page's).
    const printed = launched.output.slice(outputBefore).filter((line) => /JavaScript error.*(127\.0\.0\.1|moz-extension)|dead object/.test(line));
    expect(printed).toEqual([]);

    // Firefox drops the card's registration with the old extension; the restarted background
    // registers it again on the site the user allowed, so the call's next load has a live card.
    await call.reload();
    await waitFor(() => card.text(), (t) => /Step \d of 8/.test(t), 'the card back on the call after the extension restarted');
    await waitFor(() => card.cardStyle(['visibility']), (s) => s.visibility === 'visible', 'the new card visible');
  });

  it('printed no uncaught error from the extension', () => {
    expect(launched.extensionErrors()).toEqual([]);
  });
});
