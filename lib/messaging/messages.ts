/**
 * The messages between the background, the extension pages and the overlay, and the sender check:
 * the part of the contract (contract.ts) the background needs. The messages are flat, so each is
 * described by a table of field checks, from which its type follows; the background checks what it
 * receives with these and no schema library (issue 12, it wakes often and must load little).
 *
 * Usage:
 *   const parsed = parseIncoming(PageToBackground, raw);
 *   if (!parsed.ok) throw new Error(`Refused: ${parsed.error}`);
 */

/** A check of one field; its type is the field's type in the message. */
type Check<T> = (value: unknown) => value is T;
type Fields = Record<string, Check<unknown>>;
type Checked<F extends Fields> = { [K in keyof F]: F[K] extends Check<infer T> ? T : never };

/** A set of messages, each named by its `type` and described by the checks of its other fields. */
export interface MessageSet<M> {
  readonly kinds: Readonly<Record<string, Fields>>;
  /** Type only: the union of the messages. */
  readonly message?: M;
}
type MessagesOf<T extends Record<string, Fields>> = { [K in keyof T & string]: { type: K } & Checked<T[K]> }[keyof T & string];

function messages<const T extends Record<string, Fields>>(kinds: T): MessageSet<MessagesOf<T>> {
  return { kinds };
}

const isOrigin = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/[^/]+$/.test(value);
const oneOf =
  <const T extends readonly string[]>(...values: T) =>
  (value: unknown): value is T[number] =>
    (values as readonly unknown[]).includes(value);
const shortText =
  (max: number) =>
  (value: unknown): value is string =>
    typeof value === 'string' && value.length <= max;

/** Sent by extension pages (panel, review) to the background. */
export const PageToBackground = messages({
  /** A session's plan or events changed: reschedule cues. */
  'page/session-changed': {},
  /** Register the overlay on a site the user has just granted. */
  'page/overlay-enable': { origin: isOrigin },
  'page/overlay-disable': { origin: isOrigin },
  'page/overlay-list': {},
});
export type PageToBackground = NonNullable<(typeof PageToBackground)['message']>;

/** Sent by the overlay content script to the background. */
export const OverlayToBackground = messages({
  'overlay/get-snapshot': {},
  'overlay/command': { command: oneOf('next-step', 'toggle-pause') },
  /** Done or Skip on the key prompt the card shows; refused unless it is still the one to show. */
  'overlay/prompt': { promptId: shortText(100), status: oneOf('done', 'not-done') },
  /** The card's "Open the guide": must reach the background inside the click (a user gesture). */
  'overlay/open-panel': {},
});
export type OverlayToBackground = NonNullable<(typeof OverlayToBackground)['message']>;

/** Pushed by the background to overlay tabs. */
export const BackgroundToOverlay = messages({ 'background/session-changed': {} });
export type BackgroundToOverlay = NonNullable<(typeof BackgroundToOverlay)['message']>;

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

export interface SenderInfo {
  /** The extension id of the sender, if any. */
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number };
}

export type SenderKind = 'page' | 'overlay' | 'unknown';

/**
 * Classifies a sender: our own extension pages, our overlay in a tab, or something else (refused).
 * Pure so it is tested as a table (tests/unit/messaging.test.ts).
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'unknown';
  if (sender.tab && sender.url && !sender.url.startsWith(extensionOrigin)) return 'overlay';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  return 'unknown';
}

/** Checks a received message; only the fields its kind names are kept, so nothing unchecked is passed on. */
export function parseIncoming<M>({ kinds }: MessageSet<M>, raw: unknown): Parsed<M> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'A message must be an object' };
  const { type } = raw as { type?: unknown };
  const fields = typeof type === 'string' && Object.hasOwn(kinds, type) ? kinds[type] : undefined;
  if (!fields) return { ok: false, error: `Unknown message type '${String(type).slice(0, 60)}'` };
  const message: Record<string, unknown> = { type };
  for (const [name, check] of Object.entries(fields)) {
    const value = (raw as Record<string, unknown>)[name];
    if (!check(value)) return { ok: false, error: `Invalid ${name} in ${type}` };
    message[name] = value;
  }
  return { ok: true, message: message as M };
}
