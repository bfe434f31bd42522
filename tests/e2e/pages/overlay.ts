/**
 * Page object for the floating timer on a call page. Its shadow root is closed, so neither the
 * page nor Playwright's locators can look inside. The test reads it the way assistive technology
 * does, through the browser's own DOM inspection (DevTools protocol, which sees closed roots), and
 * clicks the way a person does: real mouse input at the button's position (trusted events).
 */
import type { CDPSession, Page } from 'playwright-core';

export const OVERLAY_TAG = 'imr-guide-overlay';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** An iframe's document (with `pierce`). */
  contentDocument?: DomNode;
}

const attr = (node: DomNode, name: string): string | undefined => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
};

export class OverlayPage {
  private cdp: Promise<CDPSession>;

  constructor(readonly page: Page) {
    this.cdp = page.context().newCDPSession(page);
  }

  /** The overlay's shadow root, as the browser sees it; null while there is none. */
  private async root(): Promise<DomNode | null> {
    const cdp = await this.cdp;
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.nodeName.toLowerCase() === OVERLAY_TAG) return node.shadowRoots?.[0] ?? null;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    return find(root);
  }

  /** Visible text: what a hidden element holds is left out. */
  private static text(node: DomNode): string {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeName === 'STYLE' || attr(node, 'hidden') !== undefined) return '';
    return (node.children ?? []).map((child) => OverlayPage.text(child)).join(' ');
  }

  private static find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
    if (test(node)) return node;
    for (const child of node.children ?? []) {
      const found = OverlayPage.find(child, test);
      if (found) return found;
    }
    return null;
  }

  /** The time the card's timer shows, in seconds (negative when over time); null without a card. */
  async timerSeconds(): Promise<number | null> {
    const root = await this.root();
    const timer = root && OverlayPage.find(root, (n) => attr(n, 'role') === 'timer');
    if (!timer) return null;
    const text = OverlayPage.text(timer).trim();
    const match = /^(-?)(\d+):(\d\d)$/.exec(text);
    if (!match) return null;
    const value = Number(match[2]) * 60 + Number(match[3]);
    return match[1] ? -value : value;
  }

  /** The card's box on the page. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.boxOf((n) => (attr(n, 'class') ?? '').split(' ').includes('card'));
  }

  private async boxOf(test: (n: DomNode) => boolean) {
    const root = await this.root();
    const node = root && OverlayPage.find(root, test);
    if (!node) throw new Error('The overlay is not shown');
    const cdp = await this.cdp;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  }

  /** How many card hosts the page has, in every frame and shadow tree. */
  async hostCount(): Promise<number> {
    const cdp = await this.cdp;
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const count = (node: DomNode): number =>
      (node.nodeName.toLowerCase() === OVERLAY_TAG ? 1 : 0) +
      [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])].reduce((n, child) => n + count(child), 0);
    return count(root);
  }

  /** Computed style values of the card (or of its first button), by CSS property name. */
  async style(properties: string[], of: 'card' | 'button' = 'card'): Promise<Record<string, string>> {
    const root = await this.root();
    const node = root && OverlayPage.find(root, of === 'card' ? (n) => (attr(n, 'class') ?? '').split(' ').includes('card') : (n) => n.nodeName === 'BUTTON');
    if (!node) throw new Error('The overlay is not shown');
    const cdp = await this.cdp;
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (names) { const s = getComputedStyle(this); return Object.fromEntries(names.map((n) => [n, s.getPropertyValue(n)])); }',
      arguments: [{ value: properties }],
      returnByValue: true,
    })) as { result: { value: Record<string, string> } };
    return result.value;
  }

  /** Drags the card by its grip, with real mouse input, by (dx, dy). */
  async drag(dx: number, dy: number): Promise<void> {
    const grip = await this.boxOf((n) => n.nodeName === 'BUTTON' && (attr(n, 'class') ?? '').includes('grip'));
    const x = grip.x + grip.width / 2;
    const y = grip.y + grip.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** The overlay's visible text, or '' when it is not shown. */
  async text(): Promise<string> {
    const root = await this.root();
    return root ? OverlayPage.text(root).replace(/\s+/g, ' ').trim() : '';
  }

  /** The shadow root's mode as the browser reports it ('closed' expected). */
  async shadowMode(): Promise<string | undefined> {
    const cdp = await this.cdp;
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode & { shadowRootType?: string } };
    const find = (node: DomNode): (DomNode & { shadowRootType?: string }) | undefined => {
      if (node.nodeName.toLowerCase() === OVERLAY_TAG) return node.shadowRoots?.[0];
      for (const child of node.children ?? []) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    return find(root)?.shadowRootType;
  }

  /** Clicks a button of the overlay by its text, with real mouse input. */
  async click(name: string | RegExp): Promise<void> {
    const root = await this.root();
    if (!root) throw new Error('The overlay is not shown');
    const buttons: DomNode[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName === 'BUTTON') buttons.push(node);
      (node.children ?? []).forEach(walk);
    };
    walk(root);
    const button = buttons.find((b) => {
      if (attr(b, 'hidden') !== undefined) return false;
      const labels = [OverlayPage.text(b).trim(), attr(b, 'aria-label') ?? ''];
      return labels.some((label) => (typeof name === 'string' ? label === name : name.test(label)));
    });
    if (!button) throw new Error(`No overlay button named ${String(name)}`);
    const cdp = await this.cdp;
    const centre = async () => {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    };
    // The card glides to its new place (120 ms) when its height changes: aim once it stands still.
    const deadline = Date.now() + 2_000;
    let at = await centre();
    for (;;) {
      await this.page.waitForTimeout(50);
      const next = await centre();
      if ((next.x === at.x && next.y === at.y) || Date.now() > deadline) break;
      at = next;
    }
    await this.page.mouse.click(at.x, at.y);
  }
}
