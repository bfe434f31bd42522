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
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

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

  private static text(node: DomNode): string {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeName === 'STYLE') return '';
    return (node.children ?? []).map((child) => OverlayPage.text(child)).join(' ');
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
      const label = OverlayPage.text(b).trim();
      return typeof name === 'string' ? label === name : name.test(label);
    });
    if (!button) throw new Error(`No overlay button named ${String(name)}`);
    const cdp = await this.cdp;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}
