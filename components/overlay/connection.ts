/**
 * The card's only links to the extension: typed messages to the background, and the card's own
 * position per site in the extension's storage (which no page script can read). The card never
 * touches the database (enforced by lint) and receives only what the snapshot carries
 * (lib/background/overlay-snapshot.ts), checked on receipt like every other message.
 */
import type { browser as browserApi } from 'wxt/browser';
import {
  BackgroundToOverlay,
  OverlaySnapshot,
  parseMessage,
  type OverlayToBackground,
} from '../../lib/messaging/contract';
import { parsePosition, type CardPosition } from './position';

type Browser = typeof browserApi;

export type StoredPosition = CardPosition & { collapsed: boolean };

export interface OverlayConnection {
  snapshot(): Promise<OverlaySnapshot>;
  command(command: 'next-step' | 'toggle-pause'): Promise<void>;
  prompt(promptId: string, status: 'done' | 'not-done'): Promise<void>;
  /** Sent synchronously from the click, so the side panel may open inside its user gesture. */
  openPanel(): Promise<void>;
  onChange(listener: () => void): () => void;
  loadPosition(site: string): Promise<StoredPosition | null>;
  savePosition(site: string, position: StoredPosition): Promise<void>;
}

const positionKey = (site: string) => `overlay-position:${site}`;

/**
 * The card uses the browser's own API, not webextension-polyfill (wxt.config.ts says why). The
 * background does use it, and in Chrome it answers a refused message with this marker rather than
 * an error; here it becomes the rejection the polyfill would have made.
 */
function unwrap(response: unknown): unknown {
  if (typeof response === 'object' && response !== null && '__mozWebExtensionPolyfillReject__' in response) {
    throw new Error('message' in response && typeof response.message === 'string' ? response.message : 'Refused by the background');
  }
  return response;
}

export function createOverlayConnection(api: Browser): OverlayConnection {
  const send = async (message: OverlayToBackground): Promise<unknown> => unwrap(await api.runtime.sendMessage(message));
  return {
    async snapshot() {
      const parsed = parseMessage(OverlaySnapshot, await send({ type: 'overlay/get-snapshot' }));
      if (!parsed.ok) throw new Error(`The background sent a snapshot the card cannot read: ${parsed.error}`);
      return parsed.message;
    },
    async command(command) {
      await send({ type: 'overlay/command', command });
    },
    async prompt(promptId, status) {
      await send({ type: 'overlay/prompt', promptId, status });
    },
    async openPanel() {
      await send({ type: 'overlay/open-panel' });
    },
    onChange(listener) {
      const handler = (message: unknown, sender: { id?: string }) => {
        if (sender.id !== api.runtime.id) return;
        if (parseMessage(BackgroundToOverlay, message).ok) listener();
      };
      api.runtime.onMessage.addListener(handler);
      return () => api.runtime.onMessage.removeListener(handler);
    },
    async loadPosition(site) {
      const key = positionKey(site);
      const stored: Record<string, unknown> = await api.storage.local.get(key);
      return parsePosition(stored[key]);
    },
    async savePosition(site, position) {
      await api.storage.local.set({ [positionKey(site)]: position });
    },
  };
}
