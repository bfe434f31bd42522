/**
 * Reading and pressing what sits inside a CLOSED shadow root in Firefox, through WebDriver BiDi
 * itself rather than through anything the page (or the product) opens.
 *
 * - `script.evaluate` with `serializationOptions.includeShadowTree: 'all'` serializes closed roots
 *   too (the driver sees what the browser sees, as DevTools does in Chromium), and every node
 *   comes back with a `sharedId`.
 * - With a `sharedId`, `input.performActions` can aim a pointer at the node (`origin: element`):
 *   the browser makes real input from it, so the events are trusted, as a person's are.
 * - `script.callFunction` takes the node back by its `sharedId` to measure it; only the test
 *   holds that reference, the page's own scripts still cannot reach into the root.
 *
 * Usage:
 *   const host = await serializedElement(page, 'imr-guide-overlay', 25);
 *   const button = findNode(host, (n) => n.value?.localName === 'button');
 *   await clickNode(page, button);
 */
import type { Browser, Page } from 'puppeteer-core';

/** A DOM node as WebDriver BiDi serializes it (the fields these tests read). */
export interface SerializedNode {
  type: 'node';
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
    /** On a shadow root: 'open' or 'closed'. */
    mode?: 'open' | 'closed';
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown; sharedId?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** The BiDi connection under puppeteer-core's Firefox browser (an internal, typed here). */
export function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') throw new Error('This browser is not driven over WebDriver BiDi');
  return connection;
}

/** The page's top-level browsing context id (puppeteer-core's BiDi frame keeps it as `_id`). */
export function contextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('The page has no BiDi browsing context id');
  return id;
}

function check(result: EvaluateResult): Extract<EvaluateResult, { type: 'success' }>['result'] {
  if (result.type === 'exception') throw new Error(`The page threw: ${result.exceptionDetails.text}`);
  return result.result;
}

/**
 * The first element matching `selector` in the page's light DOM, serialized with every shadow
 * tree under it, closed ones included, down to `depth` levels. Null when there is none.
 */
export async function serializedElement(page: Page, selector: string, depth: number): Promise<SerializedNode | null> {
  const answer = await bidiConnection(page.browser()).send('script.callFunction', {
    functionDeclaration: '(selector) => document.querySelector(selector)',
    arguments: [{ type: 'string', value: selector }],
    target: { context: contextId(page) },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: depth },
  });
  const result = check(answer.result as EvaluateResult);
  return result.type === 'node' ? (result as SerializedNode) : null;
}

/** Depth-first: the node, its shadow root, then its children. */
export function* walk(node: SerializedNode): Generator<SerializedNode> {
  yield node;
  const shadow = node.value?.shadowRoot;
  if (shadow) yield* walk(shadow);
  for (const child of node.value?.children ?? []) yield* walk(child);
}

export function findNode(root: SerializedNode, test: (node: SerializedNode) => boolean): SerializedNode | null {
  for (const node of walk(root)) if (test(node)) return node;
  return null;
}

export const attribute = (node: SerializedNode, name: string): string | undefined => node.value?.attributes?.[name];
export const isElement = (node: SerializedNode, localName: string): boolean => node.value?.nodeType === 1 && node.value.localName === localName;
export const hasClass = (node: SerializedNode, name: string): boolean => (attribute(node, 'class') ?? '').split(/\s+/).includes(name);

/** The text a reader gets: hidden elements, styles and scripts left out. */
export function visibleText(node: SerializedNode): string {
  const value = node.value;
  if (!value) return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  if (value.localName === 'style' || value.localName === 'script' || attribute(node, 'hidden') !== undefined) return '';
  const inner = [value.shadowRoot, ...(value.children ?? [])].filter((n): n is SerializedNode => Boolean(n));
  return inner.map(visibleText).join(' ');
}

function reference(node: SerializedNode): { sharedId: string } {
  if (!node.sharedId) throw new Error('The node has no sharedId');
  return { sharedId: node.sharedId };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The node's box on the page, in CSS pixels from the viewport's top left. */
export async function boxOf(page: Page, node: SerializedNode): Promise<Box> {
  const answer = await bidiConnection(page.browser()).send('script.callFunction', {
    functionDeclaration: '(el) => { const r = el.getBoundingClientRect(); return JSON.stringify([r.x, r.y, r.width, r.height]); }',
    arguments: [reference(node)],
    target: { context: contextId(page) },
    awaitPromise: false,
  });
  const [x = 0, y = 0, width = 0, height = 0] = JSON.parse(String(check(answer.result as EvaluateResult).value)) as number[];
  return { x, y, width, height };
}

/** Computed style values of the node, by CSS property name. */
export async function computedStyle(page: Page, node: SerializedNode, properties: string[]): Promise<Record<string, string>> {
  const answer = await bidiConnection(page.browser()).send('script.callFunction', {
    functionDeclaration:
      '(el, names) => { const s = getComputedStyle(el); return JSON.stringify(Object.fromEntries(names.split(",").map((n) => [n, s.getPropertyValue(n)]))); }',
    arguments: [reference(node), { type: 'string', value: properties.join(',') }],
    target: { context: contextId(page) },
    awaitPromise: false,
  });
  return JSON.parse(String(check(answer.result as EvaluateResult).value)) as Record<string, string>;
}

type PointerAction =
  | { type: 'pointerMove'; x: number; y: number; duration?: number; origin?: 'viewport' | { type: 'element'; element: { sharedId: string } } }
  | { type: 'pointerDown'; button: number }
  | { type: 'pointerUp'; button: number }
  | { type: 'pause'; duration: number };

async function pointer(page: Page, actions: PointerAction[]): Promise<void> {
  const connection = bidiConnection(page.browser());
  const context = contextId(page);
  await connection.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'imr-mouse', parameters: { pointerType: 'mouse' }, actions }],
  });
  await connection.send('input.releaseActions', { context });
}

/** A real (trusted) left click at the centre of the node. */
export async function clickNode(page: Page, node: SerializedNode): Promise<void> {
  await pointer(page, [
    { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: reference(node) } },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ]);
}

/** A real press on the node, moved by (dx, dy) in small steps, then released. */
export async function dragNode(page: Page, node: SerializedNode, dx: number, dy: number): Promise<void> {
  const start = await boxOf(page, node);
  const x = Math.round(start.x + start.width / 2);
  const y = Math.round(start.y + start.height / 2);
  const steps: PointerAction[] = [];
  for (let i = 1; i <= 10; i++) {
    steps.push({ type: 'pointerMove', x: Math.round(x + (dx * i) / 10), y: Math.round(y + (dy * i) / 10), duration: 20, origin: 'viewport' });
  }
  await pointer(page, [
    { type: 'pointerMove', x, y, origin: 'viewport' },
    { type: 'pointerDown', button: 0 },
    ...steps,
    { type: 'pointerUp', button: 0 },
  ]);
}
