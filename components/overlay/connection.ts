/**
 * The overlay's only link to the extension: typed messages to the background. The overlay never
 * touches the database (enforced by lint) and receives only the step and clock, never notes or
 * participant data, because it runs inside a third-party page.
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { BackgroundToOverlay, parseMessage, type OverlaySnapshot, type OverlayToBackground } from '../../lib/messaging/contract';

export interface OverlayConnection {
  snapshot(): Promise<OverlaySnapshot>;
  command(command: 'next-step' | 'toggle-pause'): Promise<void>;
  onChange(listener: () => void): () => void;
}

export function createOverlayConnection(api: Browser): OverlayConnection {
  const send = (message: OverlayToBackground) => api.runtime.sendMessage(message);
  return {
    snapshot: () => send({ type: 'overlay/get-snapshot' }) as Promise<OverlaySnapshot>,
    async command(command) {
      await send({ type: 'overlay/command', command });
    },
    onChange(listener) {
      const handler = (message: unknown, sender: { id?: string }) => {
        if (sender.id !== api.runtime.id) return;
        if (parseMessage(BackgroundToOverlay, message).ok) listener();
      };
      api.runtime.onMessage.addListener(handler as unknown as Parameters<typeof api.runtime.onMessage.addListener>[0]);
      return () => api.runtime.onMessage.removeListener(handler as unknown as Parameters<typeof api.runtime.onMessage.removeListener>[0]);
    },
  };
}
