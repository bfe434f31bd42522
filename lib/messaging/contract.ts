/**
 * The one message contract between the background, the extension pages (panel, review) and the
 * overlay content script. Messages are named by direction; every message is checked on receipt
 * for shape (valibot) and sender (see `checkSender`) before anything acts on it.
 */
import * as v from 'valibot';

const origin = v.pipe(v.string(), v.regex(/^https?:\/\/[^/]+$/));

/** Sent by extension pages (panel, review) to the background. */
export const PageToBackground = v.variant('type', [
  /** A session's plan or events changed: reschedule cues. */
  v.object({ type: v.literal('page/session-changed') }),
  /** Register the overlay on a site the user has just granted. */
  v.object({ type: v.literal('page/overlay-enable'), origin }),
  v.object({ type: v.literal('page/overlay-disable'), origin }),
  v.object({ type: v.literal('page/overlay-list') }),
]);
export type PageToBackground = v.InferOutput<typeof PageToBackground>;

/** Sent by the overlay content script to the background. */
export const OverlayToBackground = v.variant('type', [
  v.object({ type: v.literal('overlay/get-snapshot') }),
  v.object({ type: v.literal('overlay/command'), command: v.picklist(['next-step', 'toggle-pause']) }),
]);
export type OverlayToBackground = v.InferOutput<typeof OverlayToBackground>;

/** Pushed by the background to overlay tabs. */
export const BackgroundToOverlay = v.variant('type', [v.object({ type: v.literal('background/session-changed') })]);
export type BackgroundToOverlay = v.InferOutput<typeof BackgroundToOverlay>;

/**
 * What the overlay may know: enough to show the step and its timer, nothing from notes or
 * participants (the overlay runs inside a third-party page).
 */
export interface OverlaySnapshot {
  running: boolean;
  locale: 'en' | 'nl';
  stepTitle: string;
  stepNumber: number;
  stepCount: number;
  plan: { stepId: string; seconds: number }[];
  events: { type: string; at: number; seconds?: number }[];
  warnSeconds: number;
  /** Background's clock when the snapshot was taken, to correct for page clock skew. */
  now: number;
}

export interface SenderInfo {
  /** The extension id of the sender, if any. */
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
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

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: result.issues.map((i) => i.message).join('; ') };
}
