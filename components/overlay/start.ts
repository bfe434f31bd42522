/**
 * The card's life on a call page: nothing at all while no session runs (one snapshot request at
 * load and on each change notice from the background, no timer, no element on the page); the
 * card appears when a session runs and goes when it ends. Everything stops with the content
 * script's context (`ctx`), which WXT invalidates when the extension is updated or reloaded.
 *
 * Usage (content script): startOverlay(ctx, createOverlayConnection(browser));
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLogger } from '../../lib/log';
import type { RunningSnapshot } from '../../lib/messaging/contract';
import { bottomInsetFor } from '../../lib/platform/sites';
import type { OverlayConnection } from './connection';
import { createCard, type Card } from './card';
import { mountCard } from './mount';

const log = createLogger('overlay');

export function startOverlay(ctx: ContentScriptContext, connection: OverlayConnection): void {
  // Frames of the page (a call embedded in an EHR, an ad) get no card of their own.
  if (window.top !== window) return;
  const site = location.origin;
  const inset = bottomInsetFor(location.hostname);
  let card: Promise<{ card: Card; remove: () => void }> | null = null;
  let generation = 0;

  const schedule = (run: () => void, ms: number) => {
    const id = ctx.setTimeout(run, ms);
    return () => clearTimeout(id);
  };
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

  function show(snapshot: RunningSnapshot) {
    const skew = snapshot.now - Date.now();
    card ??= connection
      .loadPosition(site)
      .catch((error: unknown) => {
        log.warn('reading where the card was put on this site', error);
        return null;
      })
      .then(async (initial) => {
        let made: Card | null = null;
        const mounted = await mountCard(ctx, () => made?.destroy());
        made = createCard(mounted.container, { connection, site, inset, initial, schedule, viewport });
        const relayout = () => made?.relayout();
        // Resizing the window or zooming the page keeps the card inside and in its corner.
        window.addEventListener('resize', relayout);
        return {
          card: made,
          remove() {
            window.removeEventListener('resize', relayout);
            mounted.remove();
          },
        };
      });
    card.then(({ card: shown }) => shown.update(snapshot, skew)).catch(log.catcher('showing the card'));
  }

  function hide() {
    const removing = card;
    card = null;
    removing?.then((mounted) => mounted.remove()).catch(log.catcher('removing the card'));
  }

  async function refresh() {
    const mine = ++generation;
    if (ctx.isInvalid) return;
    try {
      const snapshot = await connection.snapshot();
      // A newer refresh started meanwhile: its answer wins.
      if (mine !== generation || ctx.isInvalid) return;
      if (snapshot.running) show(snapshot);
      else hide();
    } catch (error) {
      // The extension was reloaded (this context is then invalid and the card already gone) or the
      // worker is starting; the next change notice tries again.
      if (ctx.isValid) log.warn('reading the session snapshot', error);
    }
  }

  const off = connection.onChange(() => void refresh());
  ctx.onInvalidated(() => {
    off();
    card = null;
  });
  void refresh();
}
