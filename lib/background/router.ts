/**
 * The background's message handling: every message is checked for sender and shape before it
 * acts. Commands (keyboard shortcuts, overlay buttons) change the running session's clock here,
 * so they work while the video tab has focus and the panel is closed.
 */
import type { Repo } from '../db/repo';
import type { Platform } from '../platform/adapter';
import {
  classifySender,
  OverlayToBackground,
  PageToBackground,
  parseMessage,
  type OverlaySnapshot,
  type SenderInfo,
} from '../messaging/contract';
import { applyClockAction } from '../session/actions';
import { deriveClock } from '../session/clock';
import { stepTitle } from '../curriculum/step-title';
import { detectLocale } from '../i18n/partial';
import { createLogger } from '../log';
import { pickRunning, scheduleCues } from './cues';
import type { RateLimiter } from './rate-limit';

const log = createLogger('background');

export interface BackgroundDeps {
  repo: Repo;
  platform: Platform;
  extensionId: string;
  extensionOrigin: string;
  languages: readonly string[];
  now: () => number;
  /** Tells overlay tabs to refresh. */
  broadcastToOverlays: () => Promise<void>;
  /** Overlay commands allowed per tab (see OVERLAY_COMMAND_LIMIT). */
  overlayCommands: RateLimiter;
}

export type Command = 'next-step' | 'toggle-pause';

export async function runCommand(deps: BackgroundDeps, command: Command): Promise<boolean> {
  const session = pickRunning(await deps.repo.runningSessions());
  if (!session) return false;
  const now = deps.now();
  await deps.repo.updateSession(session.id, (s) => applyClockAction(s, command === 'next-step' ? 'next' : 'toggle-pause', now));
  await afterSessionChange(deps);
  return true;
}

async function afterSessionChange(deps: BackgroundDeps) {
  await scheduleCues(deps.repo, deps.platform, deps.now());
  // The session is already saved and the cue scheduled; an overlay tab that misses the notice
  // catches up on its next refresh, so this is logged rather than failing the command.
  await deps.broadcastToOverlays().catch(log.catcher('telling overlay tabs the session changed', 'warn'));
}

export async function overlaySnapshot(deps: BackgroundDeps): Promise<OverlaySnapshot> {
  const session = pickRunning(await deps.repo.runningSessions());
  const settings = await deps.repo.getSettings();
  const locale = settings.locale ?? detectLocale(deps.languages);
  const now = deps.now();
  if (!session) return { running: false, locale, stepTitle: '', stepNumber: 0, stepCount: 0, plan: [], events: [], warnSeconds: 0, now };
  const clock = deriveClock(session.plan, session.events, now);
  const current = clock.current;
  return {
    running: clock.status === 'running' || clock.status === 'paused',
    locale,
    stepTitle: current ? stepTitle(current.stepId, locale) : '',
    stepNumber: (current?.index ?? 0) + 1,
    stepCount: session.plan.length,
    plan: session.plan,
    events: session.events,
    warnSeconds: session.warnSeconds,
    now,
  };
}

/** Handles one runtime message; returns the response, or throws for a refused message. */
export async function handleMessage(deps: BackgroundDeps, raw: unknown, sender: SenderInfo): Promise<unknown> {
  const kind = classifySender(sender, deps.extensionId, deps.extensionOrigin);
  if (kind === 'page') {
    const parsed = parseMessage(PageToBackground, raw);
    if (!parsed.ok) throw new Error(`Refused message from page: ${parsed.error}`);
    const message = parsed.message;
    switch (message.type) {
      case 'page/session-changed':
        await afterSessionChange(deps);
        return { ok: true };
      case 'page/overlay-enable': {
        if (!(await deps.platform.hasHost(message.origin))) throw new Error(`No permission for ${message.origin}`);
        const origins = new Set(await deps.platform.overlayOrigins());
        origins.add(message.origin);
        await deps.platform.registerOverlay([...origins]);
        return { ok: true };
      }
      case 'page/overlay-disable': {
        const origins = (await deps.platform.overlayOrigins()).filter((o) => o !== message.origin);
        await deps.platform.registerOverlay(origins);
        return { ok: true };
      }
      case 'page/overlay-list':
        return { origins: await deps.platform.overlayOrigins() };
    }
  }
  if (kind === 'overlay') {
    const parsed = parseMessage(OverlayToBackground, raw);
    if (!parsed.ok) throw new Error(`Refused message from overlay: ${parsed.error}`);
    const message = parsed.message;
    switch (message.type) {
      case 'overlay/get-snapshot':
        return overlaySnapshot(deps);
      case 'overlay/command': {
        const tab = sender.tab?.id ?? sender.url ?? 'unknown';
        if (!deps.overlayCommands.allow(`tab:${tab}`, deps.now())) {
          log.warn(`Refused an overlay command from tab ${tab}: too many in a short time`);
          throw new Error('Refused message from overlay: too many commands in a short time');
        }
        return { ok: await runCommand(deps, message.command) };
      }
    }
  }
  throw new Error('Refused message from an unknown sender');
}
