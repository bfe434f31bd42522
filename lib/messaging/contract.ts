/**
 * The one message contract between the background, the extension pages (panel, review) and the
 * overlay content script. Messages are named by direction; every message is checked on receipt
 * for shape (valibot) and sender (see `checkSender`) before anything acts on it.
 */
import * as v from 'valibot';
import { STEP_IDS } from '../curriculum/types';

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
  /** Done or Skip on the key prompt the card shows; refused unless it is still the one to show. */
  v.object({ type: v.literal('overlay/prompt'), promptId: v.pipe(v.string(), v.maxLength(100)), status: v.picklist(['done', 'not-done']) }),
  /** The card's "Open the guide": must reach the background inside the click (a user gesture). */
  v.object({ type: v.literal('overlay/open-panel') }),
]);
export type OverlayToBackground = v.InferOutput<typeof OverlayToBackground>;

/** Pushed by the background to overlay tabs. */
export const BackgroundToOverlay = v.variant('type', [v.object({ type: v.literal('background/session-changed') })]);
export type BackgroundToOverlay = v.InferOutput<typeof BackgroundToOverlay>;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The session clock as stored (lib/model.ts `PlannedStep` and `ClockEvent`), checked on receipt. */
const PlannedStepSchema = v.object({ stepId: v.picklist(STEP_IDS), seconds: count });
const at = v.number();
const ClockEventSchema = v.variant('type', [
  v.object({ type: v.literal('start'), at }),
  v.object({ type: v.literal('pause'), at }),
  v.object({ type: v.literal('resume'), at }),
  v.object({ type: v.literal('next'), at }),
  v.object({ type: v.literal('back'), at }),
  v.object({ type: v.literal('extend'), at, seconds: v.number() }),
  v.object({ type: v.literal('end'), at }),
]);

/** Every word the card shows, already in the reader's language (lib/i18n/messages/overlay.ts). */
const label = text(300);
const OverlayLabels = v.object({
  region: label,
  timeLeft: label,
  overTime: label,
  onTime: label,
  behind: label,
  ahead: label,
  paused: label,
  pause: label,
  resume: label,
  next: label,
  keyPrompt: label,
  done: label,
  skip: label,
  skipHint: label,
  promptsLocked: label,
  showOutline: label,
  hideOutline: label,
  openPanel: label,
  collapse: label,
  expand: label,
  move: label,
  commandFailed: label,
});
export type OverlayLabels = v.InferOutput<typeof OverlayLabels>;
export type OverlayLabelKey = keyof OverlayLabels;

const OutlineSection = v.object({ title: text(200), items: v.pipe(v.array(text(500)), v.maxLength(40)) });

/**
 * What the card may know: the step, the clock, its words, the one key prompt to show and the
 * step's outline. Never a participant code, a goal or any typed text (the card runs inside a
 * third-party page): participants appear only as "Participant 1, 2…" with counts.
 */
export const OverlaySnapshot = v.variant('running', [
  v.object({ running: v.literal(false), now: v.number() }),
  v.object({
    running: v.literal(true),
    locale: v.picklist(['en', 'nl']),
    /** "Step 2 of 8: Review of last session". */
    stepLabel: text(300),
    plan: v.pipe(v.array(PlannedStepSchema), v.maxLength(50)),
    events: v.pipe(v.array(ClockEventSchema), v.maxLength(5000)),
    warnSeconds: count,
    labels: OverlayLabels,
    /** The most important open key prompt, or null when none is open (or they cannot be read). */
    prompt: v.nullable(v.object({ id: text(100), text: text(500) })),
    /** Encryption is on: the background cannot read which prompts are done, so it shows none. */
    promptsHidden: v.boolean(),
    /** The current step's outline (teaching points, agreed home practice), or null. */
    outline: v.nullable(OutlineSection),
    /** Background's clock when the snapshot was taken, to correct for page clock skew. */
    now: v.number(),
  }),
]);
export type OverlaySnapshot = v.InferOutput<typeof OverlaySnapshot>;
export type RunningSnapshot = Extract<OverlaySnapshot, { running: true }>;

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

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: result.issues.map((i) => i.message).join('; ') };
}
