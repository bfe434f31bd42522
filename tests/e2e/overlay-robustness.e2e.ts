/**
 * The on-call card on the pages a practitioner really meets (issue 11): a single-page call app
 * that changes its address and rebuilds its document, pages that reset every style, a call
 * embedded in a frame, two call tabs at once, a second site allowed while a card is open, and the
 * reader's settings for less motion and forced colours. One session runs for the whole file;
 * each test opens its own pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launch, type Launched } from './harness';
import { PanelPage } from './pages/panel';
import { OVERLAY_TAG, OverlayPage } from './pages/overlay';

const STEP = /Step (\d) of 8/;
const stepOf = (text: string) => Number(STEP.exec(text)?.[1] ?? NaN);

describe('on-call card: robustness on real-world pages', () => {
  let launched: Launched;
  let demo: { origin: string; close: () => Promise<void> };
  let other: { origin: string; close: () => Promise<void> };
  let panel: PanelPage;

  beforeAll(async () => {
    demo = await startDemoServer();
    other = await startDemoServer();
    launched = await launch();
    panel = await PanelPage.open(launched);
    await panel.loadDemoData();
    await panel.navigate('Settings');
    await panel.page.getByLabel(/Site address/).fill(demo.origin);
    await panel.button('Allow on a site').click();
    await panel.page.getByText(demo.origin, { exact: true }).waitFor();
    await panel.navigate('Sessions');
    await panel.button(/Start session/).first().click();
    await panel.timer().waitFor();
  });
  afterAll(async () => {
    await launched?.close();
    await demo?.close();
    await other?.close();
  });

  async function open(path: string, size = { width: 1280, height: 800 }): Promise<OverlayPage> {
    const page = await launched.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${demo.origin}${path}`);
    const card = new OverlayPage(page);
    await expect.poll(() => card.text(), { timeout: 10_000 }).toMatch(STEP);
    return card;
  }

  /** Moves the session on from the panel and returns the step the panel shows. */
  async function nextFromPanel(): Promise<number> {
    const heading = panel.page.getByRole('heading', { name: STEP });
    const before = stepOf((await heading.textContent()) ?? '');
    await panel.page.getByRole('button', { name: 'Next step', exact: true }).click();
    // A step with an open key prompt asks first.
    const anyway = panel.page.getByRole('button', { name: 'Next step anyway', exact: true });
    await anyway.or(heading.filter({ hasText: `Step ${before + 1} of 8` })).first().waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await expect.poll(async () => stepOf((await heading.textContent()) ?? '')).toBe(before + 1);
    return before + 1;
  }

  /** The card is drawn with its own styles: its own width, inside the window, visible and lettered. */
  async function expectLaidOut(card: OverlayPage, viewport = { width: 1280, height: 800 }) {
    const box = await card.box();
    expect(Math.round(box.width)).toBe(300);
    expect(box.height).toBeGreaterThan(80);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const style = await card.style(['position', 'visibility', 'display', 'font-size', 'background-color', 'border-top-width']);
    expect(style).toMatchObject({ position: 'fixed', visibility: 'visible', display: 'block', 'font-size': '14px' });
    expect(style['border-top-width']).toBe('2px');
    expect(style['background-color']).toBe('rgb(255, 255, 255)');
    // On top of the page: the middle of the card is the card, not the page beneath it.
    const top = await card.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [box.x + box.width / 2, box.y + box.height / 2] as const);
    expect(top).toBe(OVERLAY_TAG);
  }

  it('survives single-page-app navigation (pushState, body swapped, whole document rebuilt) once, and keeps following the session', async () => {
    const card = await open('/e2e/spa');
    const page = card.page;
    expect(await card.hostCount()).toBe(1);

    // Into the room: the address changes and every child of <html> is replaced.
    await page.getByRole('link', { name: 'Room' }).click();
    await page.getByRole('heading', { name: 'Room' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/e2e/spa/room');
    await expect.poll(() => card.text()).toMatch(STEP);
    expect(await card.hostCount()).toBe(1);
    // Back to the lobby: only <body> is swapped.
    await page.getByRole('link', { name: 'Lobby' }).click();
    await page.getByRole('heading', { name: 'Lobby' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/e2e/spa/lobby');
    // The browser's Back button: popstate, the room drawn again.
    await page.goBack();
    await page.getByRole('heading', { name: 'Room' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/e2e/spa/room');

    // Still one card, still live: it follows the panel to the next step and keeps counting.
    expect(await card.hostCount()).toBe(1);
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_TAG)).toBe(1);
    const step = await nextFromPanel();
    await expect.poll(() => card.text(), { timeout: 5_000 }).toContain(`Step ${step} of 8`);
    const time = await card.timerSeconds();
    await expect.poll(() => card.timerSeconds(), { timeout: 5_000 }).not.toBe(time);
    await expectLaidOut(card);
    expect(await card.hostCount()).toBe(1);
    await page.close();
  });

  it('is laid out on pages that reset every style (all: initial and all: unset, !important)', async () => {
    // The EHR fixture is on another site in overlay.e2e.ts; here it is on the allowed one.
    for (const path of ['/e2e/reset', '/e2e/ehr']) {
      const card = await open(path);
      await expectLaidOut(card);
      // Its buttons keep their look, and work.
      const button = await card.style(['border-top-style', 'min-height', 'cursor'], 'button');
      expect(button).toMatchObject({ 'border-top-style': 'dashed', 'min-height': '28px', cursor: 'grab' });
      await card.click('Make the card small');
      await expect.poll(() => card.text()).not.toMatch(STEP);
      await card.click(/^Show the whole card/);
      await expect.poll(() => card.text()).toMatch(STEP);
      await card.page.close();
    }
  });

  it('appears once, in the top page only, when the call page embeds a frame of the same site', async () => {
    const card = await open('/e2e/frames');
    const page = card.page;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeTruthy();
    await frame!.waitForLoadState('load');
    await frame!.locator('footer').waitFor();
    // A change of step reaches every card there is: after it, a card in the frame would be there too.
    const step = await nextFromPanel();
    await expect.poll(() => card.text(), { timeout: 5_000 }).toContain(`Step ${step} of 8`);
    expect(await card.hostCount()).toBe(1);
    expect(await frame!.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_TAG)).toBe(0);
    expect(await page.evaluate((tag) => document.documentElement.querySelectorAll(`:scope > ${tag}`).length, OVERLAY_TAG)).toBe(1);
    await page.close();
  });

  it('shows in two call tabs at once, and both follow the timer and the step', async () => {
    const first = await open('/e2e/call?still=1');
    const second = await open('/call');
    const step = await nextFromPanel();
    for (const card of [first, second]) await expect.poll(() => card.text(), { timeout: 5_000 }).toContain(`Step ${step} of 8`);
    const [a, b, p] = await Promise.all([first.timerSeconds(), second.timerSeconds(), panel.remainingSeconds()]);
    expect(Math.abs((a ?? 1e9) - p)).toBeLessThanOrEqual(1);
    expect(Math.abs((b ?? 1e9) - p)).toBeLessThanOrEqual(1);
    // Both keep counting down.
    for (const [card, start] of [[first, a], [second, b]] as const) {
      await expect.poll(async () => (await card.timerSeconds()) ?? 1e9, { timeout: 5_000 }).toBeLessThan(start ?? 0);
    }
    // A click on one card moves the session, and the other card follows.
    await second.click('Next step');
    await expect.poll(() => first.text(), { timeout: 5_000 }).toContain(`Step ${step + 1} of 8`);
    await expect.poll(() => panel.page.getByRole('heading', { name: new RegExp(`Step ${step + 1} of 8`) }).count()).toBe(1);
    await first.page.close();
    await second.page.close();
  });

  it('stays shown on an open page when another site is allowed (its script is registered again)', async () => {
    const card = await open('/e2e/call?still=1');
    await panel.navigate('Settings');
    await panel.page.getByLabel(/Site address/).fill(other.origin);
    await panel.button('Allow on a site').click();
    await expect.poll(() => panel.page.getByText(other.origin, { exact: true }).count()).toBe(1);
    // The new site gets its card...
    const elsewhere = new OverlayPage(await launched.context.newPage());
    await elsewhere.page.goto(`${other.origin}/e2e/call?still=1`);
    await expect.poll(() => elsewhere.text(), { timeout: 10_000 }).toMatch(STEP);
    // ...and the one already open keeps its own, shown and live.
    expect((await card.style(['visibility'])).visibility).toBe('visible');
    expect(await card.hostCount()).toBe(1);
    await panel.button(`Remove ${other.origin}`).click();
    await expect.poll(() => elsewhere.page.locator(OVERLAY_TAG).count(), { timeout: 5_000 }).toBe(0);
    expect((await card.style(['visibility'])).visibility).toBe('visible');
    await elsewhere.page.close();
    await card.page.close();
    // Back to the running session for the tests after this one.
    await panel.page.close();
    panel = await PanelPage.open(launched);
    await panel.timer().waitFor();
  });

  it('never takes the keyboard from the page: a note being typed in an EHR keeps every key while the card follows the session', async () => {
    const card = await open('/e2e/ehr');
    const note = card.page.getByRole('textbox', { name: 'Progress note' });
    await note.click();
    await card.page.keyboard.type('Reviewed the action plan; ');
    // The step moves on and the card redraws with a new step, time and prompt.
    const step = await nextFromPanel();
    await expect.poll(async () => stepOf(await card.text())).toBe(step);
    await card.page.keyboard.type('agreed practice for next week.');
    expect(await note.inputValue()).toBe('Reviewed the action plan; agreed practice for next week.');
    expect(await card.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    // Pressing the card's own buttons with the pointer does not move focus off the page's field either.
    await card.click('Pause');
    await expect.poll(() => card.text()).toContain('Resume');
    await card.click('Resume');
    await card.page.keyboard.type(' Done.');
    expect(await note.inputValue()).toBe('Reviewed the action plan; agreed practice for next week. Done.');
    await card.page.close();
  });

  it('stays whole and inside the window when the call page is zoomed to 200 % and back', async () => {
    const card = await open('/e2e/call?still=1');
    await card.page.bringToFront();
    const zoom = (factor: number) =>
      panel.page.evaluate(
        async ([origin, f]) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; setZoom(id: number, f: number): Promise<void> } } }).chrome;
          const [tab] = await api.tabs.query({ url: `${origin}/e2e/call*` });
          await api.tabs.setZoom(tab!.id!, f);
        },
        [demo.origin, factor] as const,
      );
    await zoom(2);
    await expect.poll(() => card.page.evaluate(() => window.innerWidth)).toBe(640);
    await expect
      .poll(async () => {
        const box = await card.box();
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 400;
      })
      .toBe(true);
    // Still the card's own size in CSS pixels (twice as large on screen), still on top, still lettered.
    expect(Math.round((await card.box()).width)).toBe(300);
    await zoom(1);
    await expect.poll(() => card.page.evaluate(() => window.innerWidth)).toBe(1280);
    // It glides back to its place (120 ms): look once it stands still.
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await card.box());
        const still = now === last;
        last = now;
        return still;
      }, { interval: 150 })
      .toBe(true);
    await expectLaidOut(card);
    await card.page.close();
  });

  it('does not glide when the reader asks for less motion', async () => {
    const card = await open('/e2e/call?still=1');
    // By default, snapping to a corner glides (120 ms).
    await card.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await card.style(['transition-property', 'transition-duration'])).toEqual({ 'transition-property': 'left, top', 'transition-duration': '0.12s, 0.12s' });
    await card.page.emulateMedia({ reducedMotion: 'reduce' });
    const style = await card.style(['transition-duration', 'animation-name']);
    expect(style['transition-duration']!.split(',').map((d) => d.trim())).toEqual(['0s']);
    expect(style['animation-name']).toBe('none');
    // A drag lands at once: the first frame after the release is already where it stays.
    const start = await card.box();
    await card.drag(-300, -200);
    const landed = await card.box();
    expect(landed.x).toBeLessThan(start.x - 200);
    await card.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await card.box()).toEqual(landed);
    await card.page.close();
  });

  it('keeps its outline and contrast in forced colours', async () => {
    const card = await open('/e2e/call?still=1');
    await card.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await expectVisibleInForcedColours(card);
    await card.page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
    await expectVisibleInForcedColours(card);
    await card.page.close();
  });
});

/** Forced colours: the card and its buttons have a border in the text colour, on the page's canvas. */
async function expectVisibleInForcedColours(card: OverlayPage) {
  const system = await card.page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'forced-color-adjust: none; color: CanvasText; background-color: Canvas; border: 1px solid ButtonText';
    document.body.append(probe);
    const s = getComputedStyle(probe);
    const colours = { text: s.color, canvas: s.backgroundColor, buttonText: s.borderTopColor };
    probe.remove();
    return colours;
  });
  const style = await card.style(['visibility', 'border-top-width', 'border-top-style', 'border-top-color', 'border-left-color', 'background-color', 'color']);
  expect(style.visibility).toBe('visible');
  expect(style['border-top-style']).toBe('solid');
  expect(parseFloat(style['border-top-width'] ?? '0')).toBeGreaterThanOrEqual(2);
  expect(style['border-top-color']).toBe(system.text);
  expect(style['background-color']).toBe(system.canvas);
  expect(style.color).toBe(system.text);
  expect(style['border-top-color']).not.toBe(style['background-color']);
  const button = await card.style(['border-top-style', 'border-top-color', 'background-color'], 'button');
  expect(button['border-top-color']).toBe(system.buttonText);
  expect(button['border-top-color']).not.toBe(button['background-color']);
  expect((await card.box()).width).toBeGreaterThan(150);
}
