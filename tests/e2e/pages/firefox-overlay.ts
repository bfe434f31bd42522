/**
 * Page object for the on-call card in Firefox (the counterpart of ./overlay.ts for Chromium).
 * The card's shadow root is closed and stays closed: the test reads it through WebDriver BiDi,
 * which serializes closed roots for the driver only, and presses its buttons with real pointer
 * input aimed at them, so the card gets the trusted events a person's clicks make
 * (../firefox/bidi.ts).
 */
import type { Page } from 'puppeteer-core';
import {
  attribute,
  boxOf,
  clickNode,
  computedStyle,
  dragNode,
  findNode,
  hasClass,
  isElement,
  serializedElement,
  visibleText,
  walk,
  type Box,
  type SerializedNode,
} from '../firefox/bidi';

export const OVERLAY_TAG = 'imr-guide-overlay';
/** Deep enough for host > root > html > body > container > card > body > row > button > text. */
const DEPTH = 25;

export class FirefoxOverlayPage {
  constructor(readonly page: Page) {}

  /** The card's host with its whole (closed) tree, as the driver sees it; null while there is none. */
  async tree(): Promise<SerializedNode | null> {
    return serializedElement(this.page, OVERLAY_TAG, DEPTH);
  }

  private async node(test: (node: SerializedNode) => boolean, what: string): Promise<SerializedNode> {
    const tree = await this.tree();
    const found = tree && findNode(tree, test);
    if (!found) throw new Error(`The card shows no ${what}`);
    return found;
  }

  /** The mode of the card's shadow root as the browser reports it ('closed' expected). */
  async shadowMode(): Promise<string | undefined> {
    return (await this.tree())?.value?.shadowRoot?.value?.mode;
  }

  /** The card's visible text, or '' when it is not shown. */
  async text(): Promise<string> {
    const tree = await this.tree();
    return tree ? visibleText(tree).replace(/\s+/g, ' ').trim() : '';
  }

  /** Every text and attribute value in the card's tree, shown or hidden. */
  async everything(): Promise<string> {
    const tree = await this.tree();
    if (!tree) return '';
    const parts: string[] = [];
    for (const node of walk(tree)) {
      if (node.value?.nodeValue) parts.push(node.value.nodeValue);
      parts.push(...Object.values(node.value?.attributes ?? {}));
    }
    return parts.join('\n');
  }

  /** The time the card's timer shows, in seconds (negative when over time); null without a card. */
  async timerSeconds(): Promise<number | null> {
    const tree = await this.tree();
    const timer = tree && findNode(tree, (n) => attribute(n, 'role') === 'timer');
    const match = timer && /^(-?)(\d+):(\d\d)$/.exec(visibleText(timer).trim());
    if (!match) return null;
    const value = Number(match[2]) * 60 + Number(match[3]);
    return match[1] ? -value : value;
  }

  private card() {
    return this.node((n) => isElement(n, 'div') && hasClass(n, 'card'), 'card');
  }

  /** The card's box on the page. */
  async box(): Promise<Box> {
    return boxOf(this.page, await this.card());
  }

  /** Computed styles of the card itself. */
  async cardStyle(properties: string[]): Promise<Record<string, string>> {
    return computedStyle(this.page, await this.card(), properties);
  }

  /** Clicks the shown button whose text or accessible name matches, with a real pointer. */
  async click(name: string | RegExp): Promise<void> {
    const tree = await this.tree();
    const matches = (label: string) => (typeof name === 'string' ? label === name : name.test(label));
    const hiddenIds = new Set<string>();
    if (tree) {
      for (const node of walk(tree)) {
        if (attribute(node, 'hidden') === undefined) continue;
        for (const inner of walk(node)) if (inner.sharedId) hiddenIds.add(inner.sharedId);
      }
    }
    const button =
      tree &&
      findNode(
        tree,
        (n) =>
          isElement(n, 'button') &&
          !hiddenIds.has(n.sharedId ?? '') &&
          [visibleText(n).trim(), attribute(n, 'aria-label') ?? ''].some(matches),
      );
    if (!button) throw new Error(`The card shows no button named ${String(name)}`);
    await this.page.bringToFront();
    await this.settled(button);
    await clickNode(this.page, button);
  }

  /**
   * Waits until the node stands still: the card glides to its new place (120 ms) when its height
   * changes, and a click aimed at a button mid-glide could land beside it.
   */
  private async settled(node: SerializedNode): Promise<void> {
    const deadline = Date.now() + 2_000;
    let last = JSON.stringify(await boxOf(this.page, node));
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const now = JSON.stringify(await boxOf(this.page, node));
      if (now === last || Date.now() > deadline) return;
      last = now;
    }
  }

  /** Drags the card by its grip, with a real pointer, by (dx, dy). */
  async drag(dx: number, dy: number): Promise<void> {
    const grip = await this.node((n) => isElement(n, 'button') && hasClass(n, 'grip'), 'grip');
    await this.page.bringToFront();
    await dragNode(this.page, grip, dx, dy);
  }
}
