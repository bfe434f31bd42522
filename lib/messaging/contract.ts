/**
 * The one message contract between the background, the extension pages (panel, review) and the
 * overlay content script. Messages are named by direction; every message is checked on receipt
 * for shape and sender (see `classifySender`) before anything acts on it.
 *
 * The messages themselves are flat and live in messages.ts as tables of field checks, so the
 * background, which wakes often, checks what it receives without carrying a schema library
 * (issue 12). The snapshot the card receives is deep and is a valibot schema, here.
 */
import * as v from 'valibot';
import { STEP_IDS } from '../curriculum/types';
import { parseIncoming, type MessageSet, type Parsed } from './messages';

export {
  BackgroundToOverlay,
  classifySender,
  OverlayToBackground,
  PageToBackground,
  type MessageSet,
  type Parsed,
  type SenderInfo,
  type SenderKind,
} from './messages';

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

/**
 * Checks a received message. A message set keeps only the fields it names, so nothing unchecked is
 * passed on; a schema (the snapshot) is parsed by valibot.
 */
export function parseMessage<M>(schema: MessageSet<M>, raw: unknown): Parsed<M>;
export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown): Parsed<v.InferOutput<S>>;
export function parseMessage(schema: MessageSet<unknown> | v.GenericSchema, raw: unknown): Parsed<unknown> {
  if ('kinds' in schema) return parseIncoming(schema, raw);
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: result.issues.map((i) => i.message).join('; ') };
}

