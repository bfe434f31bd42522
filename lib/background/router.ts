/**
 * The background's message handling: every message is checked for sender and shape before it
 * acts. Commands (keyboard shortcuts, overlay buttons) change the running session's clock here,
 * so they work while the video tab has focus and the panel is closed.
 */
import type { CoreRepo } from '../db/core-repo';
import type { Platform } from '../platform/adapter';
import type { OverlaySnapshot } from '../messaging/contract';
import { classifySender, OverlayToBackground, PageToBackground, parseIncoming, type SenderInfo } from '../messaging/messages';
import { applyClockAction } from '../session/actions';
import { deriveClock } from '../session/clock';
import { detectLocale } from '../i18n/locale';
import { buildOverlaySnapshot, promptToShow } from './overlay-snapshot';
import { originCoversHost } from '../platform/sites';
import { createLogger } from '../log';
import type { Session } from '../model';
import { pickRunning, scheduleCues } from './cues';
import type { RateLimiter } from './rate-limit';
import type { ContentSource } from './content';

const log = createLogger('background');

export interface BackgroundDeps {
  repo: CoreRepo;
  platform: Platform;
  /** The curriculum and words, read from the extension's package on demand (lib/background/content.ts). */
  content: ContentSource;
  extensionId: string;
  extensionOrigin: string;
  languages: readonly string[];
  now: () => number;
  /** Tells overlay tabs to refresh; `alsoOrigins` reaches tabs on sites just taken off the list. */
  broadcastToOverlays: (alsoOrigins?: string[]) => Promise<void>;
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

/** The session's module and prompts with the programme's adaptation, as the panel shows them. */
async function curriculum(deps: BackgroundDeps, session: Session) {
  const stored = await deps.repo.getAdaptation();
  return deps.content.curriculum(session.moduleId, stored?.adaptation);
}

export async function overlaySnapshot(deps: BackgroundDeps): Promise<OverlaySnapshot> {
  const session = pickRunning(await deps.repo.runningSessions());
  const now = deps.now();
  if (!session) return { running: false, now };
  const settings = await deps.repo.getSettings();
  const onActionPlanReview = deriveClock(session.plan, session.events, now).current?.stepId === 'action-plan-review';
  return buildOverlaySnapshot({
    session,
    curriculum: await curriculum(deps, session),
    // Earlier sessions and participants are read only for the step whose outline counts practice.
    participants: onActionPlanReview ? await deps.repo.listParticipants(session.groupId) : [],
    earlier: onActionPlanReview ? await deps.repo.listSessions(session.groupId) : [],
    labels: await deps.content.labels(settings.locale ?? detectLocale(deps.languages)),
    vault: await deps.repo.vaultState(),
    now,
  });
}

/**
 * Done or Skip on the card's prompt. Only the prompt the card should be showing right now is
 * accepted (a page can never write an arbitrary key into the session record), and never while
 * encryption seals the prompt records from the background.
 */
export async function markPrompt(deps: BackgroundDeps, promptId: string, status: 'done' | 'not-done'): Promise<boolean> {
  if ((await deps.repo.vaultState()) !== 'off') throw new Error('Prompts are sealed while encryption is on');
  const session = pickRunning(await deps.repo.runningSessions());
  if (!session) return false;
  const content = await curriculum(deps, session);
  const now = deps.now();
  let marked = false;
  await deps.repo.updateSession(session.id, (s) => {
    const index = deriveClock(s.plan, s.events, now).current?.index;
    if (index === undefined || promptToShow(content.prompts, s, index)?.id !== promptId) return s;
    marked = true;
    const record = s.prompts[promptId] ?? { status: null, note: '', at: now };
    return { ...s, prompts: { ...s.prompts, [promptId]: { ...record, status, at: now } } };
  });
  if (!marked) throw new Error('Refused message from overlay: that prompt is no longer the one to show');
  // The panel re-reads on the change notice; the other call tabs get theirs here.
  await deps.broadcastToOverlays().catch(log.catcher('telling overlay tabs a prompt was marked', 'warn'));
  return true;
}

/** Whether the card's page is on a site the card is registered for (a revoked one no longer is). */
async function onAllowedSite(deps: BackgroundDeps, sender: SenderInfo): Promise<boolean> {
  const url = sender.tab?.url ?? sender.url;
  if (!url) return false;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  return (await deps.platform.overlayOrigins()).some((origin) => {
    const [scheme, rest = ''] = origin.split('://');
    const [host = '', port] = rest.split(/:(?=\d+$)/);
    if (`${scheme}:` !== page.protocol || (port !== undefined && port !== page.port)) return false;
    return originCoversHost(`${scheme}://${host}`, page.hostname);
  });
}

/** Handles one runtime message; returns the response, or throws for a refused message. */
export async function handleMessage(deps: BackgroundDeps, raw: unknown, sender: SenderInfo): Promise<unknown> {
  const kind = classifySender(sender, deps.extensionId, deps.extensionOrigin);
  if (kind === 'page') {
    const parsed = parseIncoming(PageToBackground, raw);
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
        // Cards already on that site ask again, are told no session runs there, and go.
        await deps.broadcastToOverlays([message.origin]).catch(log.catcher(`telling tabs on ${message.origin} the card is off`, 'warn'));
        return { ok: true };
      }
      case 'page/overlay-list':
        return { origins: await deps.platform.overlayOrigins() };
    }
  }
  if (kind === 'overlay') {
    const parsed = parseIncoming(OverlayToBackground, raw);
    if (!parsed.ok) throw new Error(`Refused message from overlay: ${parsed.error}`);
    const message = parsed.message;
    switch (message.type) {
      case 'overlay/get-snapshot':
        // A card left on a site the user has since taken off the list learns nothing, and goes.
        if (!(await onAllowedSite(deps, sender))) return { running: false, now: deps.now() };
        return overlaySnapshot(deps);
      case 'overlay/open-panel': {
        // Called before any await: the side panel opens only inside the click's user gesture.
        return deps.platform.openPanelFor(sender.tab ?? {}).then(() => ({ ok: true }));
      }
      case 'overlay/command':
      case 'overlay/prompt': {
        const tab = sender.tab?.id ?? sender.url ?? 'unknown';
        if (!deps.overlayCommands.allow(`tab:${tab}`, deps.now())) {
          log.warn(`Refused an overlay command from tab ${tab}: too many in a short time`);
          throw new Error('Refused message from overlay: too many commands in a short time');
        }
        if (message.type === 'overlay/prompt') return { ok: await markPrompt(deps, message.promptId, message.status) };
        return { ok: await runCommand(deps, message.command) };
      }
    }
  }
  throw new Error('Refused message from an unknown sender');
}
