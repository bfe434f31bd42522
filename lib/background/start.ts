/**
 * Wires the background to the browser. Listeners are registered synchronously at start-up (MV3
 * service workers are woken by events and must have listeners ready), and every piece of state is
 * read from storage on demand: the worker can be stopped at any moment.
 *
 * The worker wakes often, so it loads little (issue 12, at most 12 KB gzip, tests/unit/background-budget.test.ts):
 * the browser's own promise API rather than webextension-polyfill (wxt.config.ts), the repository
 * without the pages' cipher and file code (lib/db/core-repo.ts), and the curriculum and words as
 * packaged files read on demand (lib/background/content.ts).
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { createChangeBus } from '../db/changes';
import { createConnection } from '../db/open';
import { createCoreRepo } from '../db/core-repo';
import { createPlatform } from '../platform/adapter';
import { reply } from '../platform/reply';
import type { BackgroundToOverlay, SenderInfo } from '../messaging/messages';
import { CUE_ALARM, onCueAlarm, scheduleCues } from './cues';
import { handleMessage, runCommand, type BackgroundDeps, type Command } from './router';
import { createRateLimiter, OVERLAY_COMMAND_LIMIT } from './rate-limit';
import { createLogger } from '../log';
import { createContentSource, packagedReader } from './content';

const log = createLogger('background');

export function startBackground(api: Browser): BackgroundDeps {
  const platform = createPlatform(api);
  const repo = createCoreRepo(createConnection(), createChangeBus());
  const deps: BackgroundDeps = {
    repo,
    platform,
    content: createContentSource(packagedReader(api)),
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL('/'),
    languages: navigator.languages,
    now: Date.now,
    overlayCommands: createRateLimiter(OVERLAY_COMMAND_LIMIT),
    async broadcastToOverlays(alsoOrigins = []) {
      const origins = [...(await platform.overlayOrigins()), ...alsoOrigins];
      if (origins.length === 0) return;
      const tabs = await api.tabs.query({ url: origins.map((o) => `${o}/*`) });
      const message: BackgroundToOverlay = { type: 'background/session-changed' };
      // A tab whose overlay is gone (closed, navigated, not yet loaded) must not stop the others.
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined ? null : api.tabs.sendMessage(tab.id, message).catch(log.catcher(`telling tab ${tab.id} the session changed`, 'warn')),
        ),
      );
    },
  };

  // On every worker start: Firefox needs its action listener registered each time, and setting
  // Chrome's panel behaviour again is cheap and repairs a profile where it was lost.
  platform.configurePanel().catch(log.catcher('configuring the toolbar button to open the panel'));
  // A browser may drop the card's registration on an update or reload of the extension; the sites
  // the user allowed get it back here (one lookup when nothing was lost).
  platform.restoreOverlay().catch(log.catcher('registering the card again on the allowed sites'));
  api.runtime.onStartup.addListener(() => {
    scheduleCues(repo, platform, Date.now()).catch(log.catcher('scheduling cues at browser start'));
  });

  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CUE_ALARM) onCueAlarm(repo, platform, deps.content, Date.now(), deps.languages).catch(log.catcher('showing a cue'));
  });

  // A shortcut has no page to answer to: a refusal (a full clock log) or a failed write is logged.
  api.commands.onCommand.addListener((command) => {
    if (command === 'next-step' || command === 'toggle-pause') runCommand(deps, command as Command).catch(log.catcher(`running the ${command} shortcut`));
  });

  // A site access revoked from the browser's own settings takes the card off that site as well.
  api.permissions.onRemoved.addListener((removed) => {
    const gone = new Set((removed.origins ?? []).map((pattern) => pattern.replace(/\/\*$/, '')));
    if (gone.size === 0) return;
    platform
      .overlayOrigins()
      .then((origins) => (origins.some((o) => gone.has(o)) ? platform.registerOverlay(origins.filter((o) => !gone.has(o))) : undefined))
      .catch(log.catcher('taking the card off a site whose access was revoked'));
  });

  // A rejection reaches the sender as an error (lib/platform/reply.ts), so a refused message is
  // never silently ignored.
  const onMessage = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) =>
    reply(handleMessage(deps, message, sender), sendResponse);
  api.runtime.onMessage.addListener(onMessage as unknown as Parameters<typeof api.runtime.onMessage.addListener>[0]);

  return deps;
}
